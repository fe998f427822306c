import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { AdministrativeUnit } from '../hierarchy/administrative-unit.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { GOVERNANCE_INDICES, IndexScore } from './index-score.entity.js';

const place = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, {
  error: 'must be 1 or more',
});

const recordIndexScoreInput = z
  .object({
    index: enumField(GOVERNANCE_INDICES),
    year: inputFields.year,
    unitId: inputFields.id,
    score: z
      .number({ error: 'must be a number' })
      .finite({ error: 'must be a finite number' })
      .min(0, { error: 'must not be negative' })
      .max(99_999, { error: 'is too large' })
      .optional(),
    rank: place.max(32_767, { error: 'is too large' }).optional(),
    outOf: place.max(32_767, { error: 'is too large' }).optional(),
    ...correctionFields,
  })
  .check((ctx) => {
    const { score, rank, outOf } = ctx.value;
    const issue = (path: string, message: string) =>
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [path], message });
    if (score === undefined && rank === undefined) issue('score', 'give the score, the rank, or both');
    else if (rank !== undefined && outOf !== undefined && rank > outOf) issue('rank', 'must not be above outOf');
  });

export type RecordIndexScoreInput = z.input<typeof recordIndexScoreInput>;

/**
 * A governance index (PAR INDEX, SIPAS, PAPI) scores a unit once a year: a second score for the same
 * index, unit and year is ALREADY_RECORDED rather than a silent replacement, since a published
 * score changes only by a correction (the voids and corrections of the record tables). Index scores
 * are reference data every caller reads, so only callers of the whole forest write them.
 */
export const indexScoreRules = {
  input: recordIndexScoreInput,

  async check(w: WriteUnit, input: z.output<typeof recordIndexScoreInput>): Promise<AdministrativeUnit> {
    if (w.caller.scope.organisationId !== null) {
      throw new DomainError(
        'FORBIDDEN',
        `Index scores are read by every caller; only a credential of the whole forest records them (yours: ${w.caller.scope.code}).`,
        fieldPath('unitId'),
      );
    }
    const year = Number(w.today.slice(0, 4));
    if (input.year > year) {
      throw new DomainError('DATE_IN_FUTURE', `${input.year} is after this year (${year}).`, fieldPath('year'));
    }
    const unit = await w.find(AdministrativeUnit, input.unitId, fieldPath('unitId'));
    const existing = await w.em.findOne(IndexScore, { index: input.index, year: input.year, unit, voidedAt: null });
    if (existing) {
      throw new DomainError(
        'ALREADY_RECORDED',
        `${unit.name} has a ${input.index} score for ${input.year} already (index score ${existing.id}).`,
        fieldPath('year'),
      );
    }
    return unit;
  },
};
