import type { ClassType, NonEmptyArray } from 'type-graphql';
import { Member } from '../services/membership/member.entity.js';
import { MembershipEvent } from '../services/membership/membership-event.entity.js';
import { DisciplinaryAction } from '../services/oversight/disciplinary-action.entity.js';
import { Inspection } from '../services/oversight/inspection.entity.js';
import { InspectionTeam } from '../services/oversight/inspection-team.entity.js';
import { Supervision } from '../services/oversight/supervision.entity.js';
import { IndexScore } from '../services/programmes/index-score.entity.js';
import { Meeting } from '../services/programmes/meeting.entity.js';
import { ApiKeyResolver } from './access/api-key.resolver.js';
import { AuditLogResolver } from './access/audit-log.resolver.js';
import { VoidFieldsResolver } from './corrections/void-fields.resolver.js';
import { ExportRunResolver } from './exports/export-run.resolver.js';
import { ExportScheduleResolver } from './exports/export-schedule.resolver.js';
import { AdministrativeUnitResolver } from './hierarchy/administrative-unit.resolver.js';
import { OrganisationResolver } from './hierarchy/organisation.resolver.js';
import { OrganisationType } from './hierarchy/organisation.type.js';
import { PersonResolver } from './hierarchy/person.resolver.js';
import { PositionResolver } from './hierarchy/position.resolver.js';
import { MemberResolver } from './membership/member.resolver.js';
import { MemberType } from './membership/member.type.js';
import { MembershipEventResolver } from './membership/membership-event.resolver.js';
import { MembershipEventType } from './membership/membership-event.type.js';
import { OrganisationMembershipResolver } from './membership/organisation-membership.resolver.js';
import { PersonMembershipResolver } from './membership/person-membership.resolver.js';
import { ConsolidationResolver } from './oversight/consolidation.resolver.js';
import { DesignationResolver } from './oversight/designation.resolver.js';
import { DisciplinaryActionResolver } from './oversight/disciplinary-action.resolver.js';
import { DisciplinaryActionType } from './oversight/disciplinary-action.type.js';
import { InspectionResolver } from './oversight/inspection.resolver.js';
import { InspectionType } from './oversight/inspection.type.js';
import { InspectionTeamResolver } from './oversight/inspection-team.resolver.js';
import { InspectionTeamType } from './oversight/inspection-team.type.js';
import { InspectionTeamMemberResolver } from './oversight/inspection-team-member.resolver.js';
import { OrganisationDesignationsResolver } from './oversight/organisation-designations.resolver.js';
import { OversightRecordResolver } from './oversight/oversight-record.resolver.js';
import { SubjectOversightResolver } from './oversight/subject-oversight.resolver.js';
import { SupervisionResolver } from './oversight/supervision.resolver.js';
import { SupervisionType } from './oversight/supervision.type.js';
import { DocumentResolver } from './programmes/document.resolver.js';
import { IndexScoreResolver } from './programmes/index-score.resolver.js';
import { IndexScoreType } from './programmes/index-score.type.js';
import { MeetingResolver } from './programmes/meeting.resolver.js';
import { MeetingType } from './programmes/meeting.type.js';
import { MeetingParticipantResolver } from './programmes/meeting-participant.resolver.js';
import { OrganisationTargetsResolver } from './programmes/organisation-targets.resolver.js';
import { ProgrammeResolver } from './programmes/programme.resolver.js';
import { ProgrammeItemResolver } from './programmes/programme-item.resolver.js';
import { ProgrammeItemEdgeResolver } from './programmes/programme-item-edge.resolver.js';
import { ProgrammeItemStatusResolver } from './programmes/programme-item-status.resolver.js';
import { TargetResolver } from './programmes/target.resolver.js';
import { NodeResolver } from './relay/node.resolver.js';
import { ReviewResolver } from './review/review.resolver.js';

/** The read side of the API: queries and the field resolvers of every type. */
export const queryResolvers: NonEmptyArray<ClassType> = [
  NodeResolver,
  AdministrativeUnitResolver,
  OrganisationResolver,
  PersonResolver,
  PositionResolver,
  MemberResolver,
  MembershipEventResolver,
  OrganisationMembershipResolver,
  PersonMembershipResolver,
  OversightRecordResolver,
  InspectionResolver,
  SupervisionResolver,
  DisciplinaryActionResolver,
  SubjectOversightResolver(OrganisationType, 'subjectOrganisation'),
  SubjectOversightResolver(MemberType, 'subjectMember'),
  DesignationResolver,
  OrganisationDesignationsResolver,
  ConsolidationResolver,
  InspectionTeamResolver,
  InspectionTeamMemberResolver,
  ProgrammeResolver,
  ProgrammeItemResolver,
  ProgrammeItemEdgeResolver,
  ProgrammeItemStatusResolver,
  TargetResolver,
  OrganisationTargetsResolver,
  MeetingResolver,
  MeetingParticipantResolver,
  DocumentResolver,
  IndexScoreResolver,
  ExportRunResolver,
  ExportScheduleResolver,
  ReviewResolver,
  ApiKeyResolver,
  AuditLogResolver,
  VoidFieldsResolver(MemberType, Member),
  VoidFieldsResolver(MembershipEventType, MembershipEvent),
  VoidFieldsResolver(InspectionType, Inspection),
  VoidFieldsResolver(SupervisionType, Supervision),
  VoidFieldsResolver(DisciplinaryActionType, DisciplinaryAction),
  VoidFieldsResolver(InspectionTeamType, InspectionTeam),
  VoidFieldsResolver(MeetingType, Meeting),
  VoidFieldsResolver(IndexScoreType, IndexScore),
];
