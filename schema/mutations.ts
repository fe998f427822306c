import type { ClassType } from 'type-graphql';
import { CorrectionMutations } from './corrections/correction.mutations.js';
import { ExportMutations } from './exports/export.mutations.js';
import { OrganisationMutations } from './hierarchy/organisation.mutations.js';
import { PersonMutations } from './hierarchy/person.mutations.js';
import { PositionMutations } from './hierarchy/position.mutations.js';
import { IntakeMutations } from './intake/intake.mutations.js';
import { AdmissionMutations } from './membership/admission.mutations.js';
import { MembershipStepMutations } from './membership/membership-step.mutations.js';
import { DesignationMutations } from './oversight/designation.mutations.js';
import { InspectionTeamMutations } from './oversight/inspection-team.mutations.js';
import { OversightRecordMutations } from './oversight/oversight-record.mutations.js';
import { IndexScoreMutations } from './programmes/index-score.mutations.js';
import { MeetingMutations } from './programmes/meeting.mutations.js';
import { ProgrammeItemStatusMutations } from './programmes/programme-item-status.mutations.js';
import { TargetMutations } from './programmes/target.mutations.js';

/** The write side of the API: one resolver class per domain area, each mutation one transaction. */
export const mutationResolvers: ClassType[] = [
  OrganisationMutations,
  PositionMutations,
  PersonMutations,
  AdmissionMutations,
  MembershipStepMutations,
  OversightRecordMutations,
  DesignationMutations,
  InspectionTeamMutations,
  ProgrammeItemStatusMutations,
  TargetMutations,
  IndexScoreMutations,
  MeetingMutations,
  ExportMutations,
  CorrectionMutations,
  IntakeMutations,
];
