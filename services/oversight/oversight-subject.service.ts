import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Member } from '../membership/member.entity.js';
import { memberCellOn } from '../membership/member-cell.service.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { ACTING_BODIES, type ActingBody } from './oversight-record.entity.js';
import { oversightRules } from './oversight-rules.js';

const subjectFields = {
  ...correctionFields,
  subjectOrganisationId: inputFields.id.optional(),
  subjectMemberId: inputFields.id.optional(),
  actingCommitteeId: inputFields.id,
  actingBody: enumField(ACTING_BODIES).default('committee'),
};

type SubjectInput = z.output<z.ZodObject<typeof subjectFields>>;

export const EXACTLY_ONE = 'give exactly one subject: subjectOrganisationId or subjectMemberId';

/** Who an oversight record is about, who acted, and where in the tree it counts. */
export interface OversightParties {
  subjectOrganisation?: Organisation;
  subjectMember?: Member;
  placedIn: Organisation;
  actingCommittee: Organisation;
  actingBody: ActingBody;
}

/**
 * Inspections, supervisions and disciplinary actions share their subject rules: exactly one
 * subject (an organisation or a member), an acting committee above it, and the placement rule
 * (the organisation itself, or the member's cell on the day).
 */
export const oversightSubject = {
  /** The input schema of a record: its own fields plus the subject and the acting committee. */
  input<S extends z.ZodRawShape>(fields: S) {
    return z.object({ ...subjectFields, ...fields }).check((ctx) => {
      const { subjectOrganisationId, subjectMemberId } = ctx.value as SubjectInput;
      const field = oversightSubject.notExactlyOne(subjectOrganisationId !== undefined, subjectMemberId !== undefined);
      if (field) ctx.issues.push({ code: 'custom', input: ctx.value, path: [field], message: EXACTLY_ONE });
    });
  },

  /** The subject field to blame unless exactly one subject is given (the input schema's rule and the intake's). */
  notExactlyOne(organisation: boolean, member: boolean): 'subjectOrganisationId' | 'subjectMemberId' | undefined {
    if (organisation !== member) return undefined;
    return member ? 'subjectMemberId' : 'subjectOrganisationId';
  },

  async resolve(w: WriteUnit, input: SubjectInput, day: string, dayField: FieldPath): Promise<OversightParties> {
    w.notInFuture(day, dayField);
    const actingCommittee = await actingCommitteeOn(w, input, day);
    if (input.subjectOrganisationId !== undefined) {
      const field = fieldPath('subjectOrganisationId');
      // A shared lock keeps the subject from being dissolved while the record is written.
      const org = await w.find(Organisation, input.subjectOrganisationId, field, LockMode.PESSIMISTIC_READ);
      oversightRules.organisationSubject(w, org, actingCommittee, day, field);
      return { subjectOrganisation: org, placedIn: org, actingCommittee, actingBody: input.actingBody };
    }
    const field = fieldPath('subjectMemberId');
    const member = await w.find(Member, input.subjectMemberId ?? 0, field, LockMode.PESSIMISTIC_READ);
    const cell = await memberCellOn(w, member, day, field);
    oversightRules.memberSubject(cell, actingCommittee, field);
    return { subjectMember: member, placedIn: cell, actingCommittee, actingBody: input.actingBody };
  },
};

async function actingCommitteeOn(w: WriteUnit, input: SubjectInput, day: string): Promise<Organisation> {
  const field = fieldPath('actingCommitteeId');
  const committee = await w.find(Organisation, input.actingCommitteeId, field);
  oversightRules.actingCommittee(w, committee, input.actingBody, day, field);
  return committee;
}
