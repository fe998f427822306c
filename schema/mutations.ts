import type { ClassType } from 'type-graphql';
import { ExportMutations } from './exports/export.mutations.js';
import { OrganisationMutations } from './hierarchy/organisation.mutations.js';
import { PositionMutations } from './hierarchy/position.mutations.js';
import { IntakeMutations } from './intake/intake.mutations.js';
import { AdmissionMutations } from './membership/admission.mutations.js';
import { DesignationMutations } from './oversight/designation.mutations.js';
import { OversightRecordMutations } from './oversight/oversight-record.mutations.js';
import { ProgrammeItemStatusMutations } from './programmes/programme-item-status.mutations.js';
import { TargetMutations } from './programmes/target.mutations.js';

/** The write side of the API: one resolver class per domain area, each mutation one transaction. */
export const mutationResolvers: ClassType[] = [
  OrganisationMutations,
  PositionMutations,
  AdmissionMutations,
  OversightRecordMutations,
  DesignationMutations,
  ProgrammeItemStatusMutations,
  TargetMutations,
  ExportMutations,
  IntakeMutations,
];
