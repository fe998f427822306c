import { ApiKeyService } from '../../../services/access/api-key.service.js';
import { CorrectionService } from '../../../services/corrections/correction.service.js';
import { OrganisationService } from '../../../services/hierarchy/organisation.service.js';
import { PersonService } from '../../../services/hierarchy/person.service.js';
import { PositionService } from '../../../services/hierarchy/position.service.js';
import { AdmissionService } from '../../../services/membership/admission.service.js';
import { ExitService } from '../../../services/membership/exit.service.js';
import { FullMembershipService } from '../../../services/membership/full-membership.service.js';
import { TransferService } from '../../../services/membership/transfer.service.js';
import { ConsolidationService } from '../../../services/oversight/consolidation.service.js';
import { DesignationService } from '../../../services/oversight/designation.service.js';
import { DisciplinaryActionService } from '../../../services/oversight/disciplinary-action.service.js';
import { InspectionService } from '../../../services/oversight/inspection.service.js';
import { InspectionTeamService } from '../../../services/oversight/inspection-team.service.js';
import { SupervisionService } from '../../../services/oversight/supervision.service.js';
import { IndexScoreService } from '../../../services/programmes/index-score.service.js';
import { MeetingService } from '../../../services/programmes/meeting.service.js';
import { ProgrammeItemStatusService } from '../../../services/programmes/programme-item-status.service.js';
import { type TargetScope, TargetService } from '../../../services/programmes/target.service.js';

// Inputs are checked by the services themselves, so the tests may hand them anything; the scope is
// the richest any service asks for.
type Call = (scope: TargetScope, input: never) => Promise<{ id: number }>;

/**
 * Each GraphQL mutation as the write-service call behind it: the services level of the mutation
 * suite runs the same cases through these. test/mutations/coverage.test.ts fails when a mutation
 * of the schema is missing here.
 */
export const serviceCalls = {
  admitMember: (s, i) => new AdmissionService(s).admitMember(i),
  transferMember: (s, i) => new TransferService(s).transferMember(i),
  transferOut: (s, i) => new TransferService(s).transferOut(i),
  transferIn: (s, i) => new TransferService(s).transferIn(i),
  recordExit: (s, i) => new ExitService(s).recordExit(i),
  confirmFullMembership: (s, i) => new FullMembershipService(s).confirmFullMembership(i),
  recordInspection: (s, i) => new InspectionService(s).record(i),
  recordSupervision: (s, i) => new SupervisionService(s).record(i),
  recordDisciplinaryAction: (s, i) => new DisciplinaryActionService(s).record(i),
  designateOrganisation: (s, i) => new DesignationService(s).designate(i),
  recordConsolidation: (s, i) => new ConsolidationService(s).record(i),
  foundOrganisation: (s, i) => new OrganisationService(s).found(i),
  dissolveOrganisation: (s, i) => new OrganisationService(s).dissolve(i),
  appointPosition: (s, i) => new PositionService(s).appoint(i),
  endPosition: (s, i) => new PositionService(s).end(i),
  setProgrammeItemStatus: (s, i) => new ProgrammeItemStatusService(s).set(i),
  setTarget: (s, i) => new TargetService(s).set(i),
  updatePerson: (s, i) => new PersonService(s).update(i),
  recordIndexScore: (s, i) => new IndexScoreService(s).record(i),
  formInspectionTeam: (s, i) => new InspectionTeamService(s).form(i),
  recordMeeting: (s, i) => new MeetingService(s).record(i),
  createApiKey: async (s, i) => (await new ApiKeyService(s).create(i)).apiKey,
  revokeApiKey: (s, i) => new ApiKeyService(s).revoke(i),
  voidRecord: (s, i) => new CorrectionService(s).voidRecord(i),
} satisfies Record<string, Call>;

export type MutationName = keyof typeof serviceCalls;
