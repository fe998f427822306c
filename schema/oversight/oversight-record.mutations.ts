import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { DisciplinaryAction } from '../../services/oversight/disciplinary-action.entity.js';
import { DisciplinaryActionService } from '../../services/oversight/disciplinary-action.service.js';
import type { Inspection } from '../../services/oversight/inspection.entity.js';
import { InspectionService } from '../../services/oversight/inspection.service.js';
import type { Supervision } from '../../services/oversight/supervision.entity.js';
import { SupervisionService } from '../../services/oversight/supervision.service.js';
import type { GraphQLContext } from '../context.js';
import { RecordDisciplinaryActionInput } from './disciplinary-action.inputs.js';
import { DisciplinaryActionType } from './disciplinary-action.type.js';
import { RecordInspectionInput } from './inspection.inputs.js';
import { InspectionType } from './inspection.type.js';
import { RecordSupervisionInput } from './supervision.inputs.js';
import { SupervisionType } from './supervision.type.js';

/** Refusals every oversight record shares, listed once for the mutation descriptions. */
const SUBJECT_REFUSALS =
  'NOT_A_COMMITTEE, NO_INSPECTION_COMMISSION, OUTSIDE_JURISDICTION, ORGANISATION_DISSOLVED, MEMBER_LEFT, ' +
  'DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, BAD_USER_INPUT';

@Resolver()
export class OversightRecordMutations {
  @Mutation(() => InspectionType, {
    description: `Records an inspection, placed in the subject organisation or the member's cell on that day. Refusals: ${SUBJECT_REFUSALS}.`,
  })
  recordInspection(
    @Arg('input', () => RecordInspectionInput, {
      description: 'The subject, the acting committee and body, the type, the team if any, and the day.',
    })
    input: RecordInspectionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Inspection> {
    return new InspectionService(ctx).record(input.toService());
  }

  @Mutation(() => SupervisionType, {
    description: `Records a supervision, placed like an inspection. Refusals: ${SUBJECT_REFUSALS}.`,
  })
  recordSupervision(
    @Arg('input', () => RecordSupervisionInput, {
      description: 'The subject, the acting committee and body, the type and the day.',
    })
    input: RecordSupervisionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Supervision> {
    return new SupervisionService(ctx).record(input.toService());
  }

  @Mutation(() => DisciplinaryActionType, {
    description:
      'Records a disciplinary decision, the decision only: an expelled member leaves the roll by recordExit ' +
      '(which can also record the decision in the same call), a dissolved organisation by dissolveOrganisation. ' +
      `Refusals: FORM_DOES_NOT_FIT_SUBJECT, ${SUBJECT_REFUSALS}.`,
  })
  recordDisciplinaryAction(
    @Arg('input', () => RecordDisciplinaryActionInput, {
      description: 'The subject, the acting committee and body, the form and the day of the decision.',
    })
    input: RecordDisciplinaryActionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DisciplinaryAction> {
    return new DisciplinaryActionService(ctx).record(input.toService());
  }
}
