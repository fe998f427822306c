import { UNIT_KINDS, UNIT_LEVELS } from '../../services/hierarchy/administrative-unit.entity.js';
import {
  BRANCH_LABELS,
  EDUCATION_LABELS,
  HOST_SECTOR_LABELS,
  ORGANISATION_KIND_LABELS,
  POSITION_ROLE_LABELS,
  SEX_LABELS,
  UNIT_KIND_LABELS,
  UNIT_LEVEL_LABELS,
} from '../../services/hierarchy/hierarchy.labels.js';
import { BRANCHES, HOST_SECTORS, ORGANISATION_KINDS } from '../../services/hierarchy/organisation.entity.js';
import { EDUCATION_LEVELS, SEXES } from '../../services/hierarchy/person.entity.js';
import { POSITION_ROLES } from '../../services/hierarchy/position.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

// The enums of the hierarchy, registered once; inputs and filters reuse them.

export const OrganisationKind = defineEnum(
  'OrganisationKind',
  ORGANISATION_KINDS,
  'What an organisation is in the Party, state or front tree.',
  ORGANISATION_KIND_LABELS,
);

export const Branch = defineEnum('Branch', BRANCHES, 'The system an organisation belongs to.', BRANCH_LABELS);

export const HostSector = defineEnum(
  'HostSector',
  HOST_SECTORS,
  'Where a grassroots organisation is hosted.',
  HOST_SECTOR_LABELS,
);

export const UnitLevel = defineEnum('UnitLevel', UNIT_LEVELS, 'The tier of an administrative unit.', UNIT_LEVEL_LABELS);

export const UnitKind = defineEnum(
  'UnitKind',
  UNIT_KINDS,
  'The legal kind of an administrative unit.',
  UNIT_KIND_LABELS,
);

export const Sex = defineEnum('Sex', SEXES, "A person's sex as recorded in Party files.", SEX_LABELS);

export const EducationLevel = defineEnum(
  'EducationLevel',
  EDUCATION_LEVELS,
  'Highest level of education.',
  EDUCATION_LABELS,
);

export const PositionRole = defineEnum(
  'PositionRole',
  POSITION_ROLES,
  'The rank of a position in its body.',
  POSITION_ROLE_LABELS,
);
