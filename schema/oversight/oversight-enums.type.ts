import { DESIGNATION_KINDS } from '../../services/oversight/designation.entity.js';
import { DISCIPLINE_FORMS } from '../../services/oversight/disciplinary-action.entity.js';
import { INSPECTION_TYPES } from '../../services/oversight/inspection.entity.js';
import { TEAM_ROLES } from '../../services/oversight/inspection-team-member.entity.js';
import {
  ACTING_BODY_LABELS,
  DESIGNATION_KIND_LABELS,
  DISCIPLINE_FORM_LABELS,
  INSPECTION_TYPE_LABELS,
  SUPERVISION_TYPE_LABELS,
  TEAM_ROLE_LABELS,
} from '../../services/oversight/oversight.labels.js';
import { ACTING_BODIES } from '../../services/oversight/oversight-record.entity.js';
import { SUPERVISION_TYPES } from '../../services/oversight/supervision.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of inspection, supervision and discipline, registered once; inputs and filters reuse them.

export const ActingBody = defineEnum(
  'ActingBody',
  ACTING_BODIES,
  'Which body acted for the committee.',
  ACTING_BODY_LABELS,
);

export const InspectionType = defineEnum(
  'InspectionType',
  INSPECTION_TYPES,
  'Why an inspection took place.',
  INSPECTION_TYPE_LABELS,
);

export const SupervisionType = defineEnum(
  'SupervisionType',
  SUPERVISION_TYPES,
  'How a supervision was planned.',
  SUPERVISION_TYPE_LABELS,
);

export const DisciplineForm = defineEnum(
  'DisciplineForm',
  DISCIPLINE_FORMS,
  'The form of a disciplinary action.',
  DISCIPLINE_FORM_LABELS,
);

export const DesignationKind = defineEnum(
  'DesignationKind',
  DESIGNATION_KINDS,
  'Why an organisation was named.',
  DESIGNATION_KIND_LABELS,
);

export const OversightSubject = defineEnum(
  'OversightSubject',
  ['organisation', 'member'] as const,
  'Whether an oversight record concerns a Party organisation or a Party member.',
  { organisation: 'Tổ chức đảng', member: 'Đảng viên' },
);

export const TeamRole = defineEnum('TeamRole', TEAM_ROLES, "A person's role on an inspection team.", TEAM_ROLE_LABELS);
