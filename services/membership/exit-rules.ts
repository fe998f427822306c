import { z } from 'zod';
import { correctionFields } from '../corrections/correction-fields.js';
import { DomainError } from '../errors.js';
import { DisciplinaryAction, type DisciplineForm } from '../oversight/disciplinary-action.entity.js';
import { ACTING_BODIES } from '../oversight/oversight-record.entity.js';
import { type OversightParties, oversightSubject } from '../oversight/oversight-subject.service.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { type FieldPath, fieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import { type LiveMember, liveMemberOn, noLaterOversight } from './member-timeline.js';
import { EXIT_REASONS } from './membership-event.entity.js';

const recordExitInput = z
  .object({
    memberId: inputFields.id,
    reason: enumField(EXIT_REASONS),
    leftOn: inputFields.day,
    disciplinaryActionId: inputFields.id.optional(),
    actingCommitteeId: inputFields.id.optional(),
    actingBody: enumField(ACTING_BODIES).optional(),
    ...correctionFields,
  })
  .check((ctx) => {
    const { reason, disciplinaryActionId, actingCommitteeId, actingBody } = ctx.value;
    const issue = (path: string, message: string) =>
      ctx.issues.push({ code: 'custom', input: ctx.value, path: [path], message });
    if (reason !== 'expulsion') {
      if (disciplinaryActionId !== undefined) issue('disciplinaryActionId', 'only an expulsion rests on a decision');
      else if (actingCommitteeId !== undefined) issue('actingCommitteeId', 'only an expulsion rests on a decision');
    } else if (disciplinaryActionId !== undefined && actingCommitteeId !== undefined) {
      issue('actingCommitteeId', 'give the decision on record (disciplinaryActionId) or a new one, not both');
    }
    if (actingBody !== undefined && actingCommitteeId === undefined) {
      issue('actingBody', 'the acting body goes with actingCommitteeId');
    }
  });

export type RecordExitInput = z.input<typeof recordExitInput>;

/** An exit, checked: the member and their cell on the day, and for an expulsion the decision behind it. */
export interface CheckedExit extends LiveMember {
  /** The expulsion decision on record. */
  decision?: DisciplinaryAction;
  /** The parties of an expulsion decision made in the same call (written with the exit). */
  newDecision?: OversightParties;
}

/**
 * Ra khỏi Đảng: death, expulsion (khai trừ), removal (xóa tên) or resignation. An expulsion only
 * follows the disciplinary decision that orders it: one on record against this member, of form
 * expulsion, dated on or before the exit; or one made in the same call by an acting committee over
 * the member (the oversight rules), dated the day of the exit. Checks read, never write.
 */
export const exitRules = {
  input: recordExitInput,

  async check(w: WriteUnit, input: z.output<typeof recordExitInput>): Promise<CheckedExit> {
    const day = fieldPath('leftOn');
    const live = await liveMemberOn(w, input.memberId, input.leftOn, fieldPath('memberId'), day);
    const checked = await withDecision(w, input, live);
    await noLaterOversight(w, live.member, input.leftOn, day);
    return checked;
  },
};

/** An expulsion's decision, on record or to be made now (its parties checked); nothing for other reasons. */
async function withDecision(
  w: WriteUnit,
  input: z.output<typeof recordExitInput>,
  live: LiveMember,
): Promise<CheckedExit> {
  const day = fieldPath('leftOn');
  if (input.reason !== 'expulsion') return live;
  if (input.actingCommitteeId !== undefined) {
    const subject = {
      subjectMemberId: input.memberId,
      actingCommitteeId: input.actingCommitteeId,
      actingBody: input.actingBody ?? 'committee',
    };
    const newDecision = await oversightSubject.resolve(w, subject, input.leftOn, day).catch(onMemberField);
    return { ...live, newDecision };
  }
  const field = fieldPath('disciplinaryActionId');
  if (input.disciplinaryActionId === undefined) {
    throw new DomainError(
      'NO_EXPULSION_DECISION',
      'An expulsion needs the disciplinary decision that orders it: give disciplinaryActionId, or actingCommitteeId to record it now.',
      field,
    );
  }
  const decision = await w.find(DisciplinaryAction, input.disciplinaryActionId, field);
  expulsionDecision(
    w,
    {
      id: decision.id,
      form: decision.form,
      subjectMemberId: decision.subjectMember?.id,
      decidedOn: decision.decidedOn,
    },
    live.member.id,
    input.leftOn,
    field,
  );
  return { ...live, decision };
}

/** A disciplinary decision as the expulsion rule reads it. */
export interface DecisionOnRecord {
  id: number;
  form: DisciplineForm;
  subjectMemberId?: number;
  decidedOn: string;
}

/**
 * NO_EXPULSION_DECISION unless the decision expels this member; DATE_BEFORE_SUBJECT for an exit
 * dated before it. The mutation's rule and the intake's.
 */
export function expulsionDecision(
  w: WriteUnit,
  decision: DecisionOnRecord,
  memberId: number,
  leftOn: string,
  field: FieldPath,
): void {
  if (decision.form !== 'expulsion' || decision.subjectMemberId !== memberId) {
    throw new DomainError(
      'NO_EXPULSION_DECISION',
      `Disciplinary action ${decision.id} is not an expulsion of this member (form ${decision.form}).`,
      field,
    );
  }
  w.notBefore(leftOn, decision.decidedOn, fieldPath('leftOn'), 'the expulsion decision');
}

/** The oversight rules name the member `subjectMemberId`; this input calls it `memberId`. */
function onMemberField(error: unknown): never {
  if (error instanceof DomainError && error.field?.[1] === 'subjectMemberId') {
    throw new DomainError(error.code, error.message, fieldPath('memberId'));
  }
  throw error;
}
