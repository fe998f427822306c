import { DomainError } from '../errors.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import type { Branch, HostSector, Organisation, OrganisationKind } from './organisation.entity.js';
import { COMMITTEE_KINDS, GRASSROOTS_AND_BELOW_KINDS, UPPER_COMMITTEE_KINDS } from './organisation-kinds.js';

type Kind = OrganisationKind;

/** Where each party kind sits in the Party tree (null: a root); state and front bodies are not constrained. */
const PARTY_PARENT_KINDS: Partial<Record<Kind, readonly (Kind | null)[]>> = {
  city_committee: [null],
  district_committee: ['city_committee'],
  bloc_committee: ['city_committee'],
  grassroots_committee: UPPER_COMMITTEE_KINDS,
  grassroots_cell: UPPER_COMMITTEE_KINDS,
  partial_committee: ['grassroots_committee'],
  cell: ['grassroots_committee', 'partial_committee'],
  standing_committee: COMMITTEE_KINDS,
  inspection_commission: COMMITTEE_KINDS,
  party_commission: UPPER_COMMITTEE_KINDS,
};

const PARTY: readonly Branch[] = ['party'];
/** The branches a kind can belong to; a steering committee can be set up by the Party or the state. */
const KIND_BRANCHES: Record<Kind, readonly Branch[]> = {
  city_committee: PARTY,
  district_committee: PARTY,
  bloc_committee: PARTY,
  grassroots_committee: PARTY,
  grassroots_cell: PARTY,
  partial_committee: PARTY,
  cell: PARTY,
  standing_committee: PARTY,
  inspection_commission: PARTY,
  party_commission: PARTY,
  steering_committee: ['party', 'state'],
  people_council: ['state'],
  people_committee: ['state'],
  department: ['state'],
  front_committee: ['front'],
  mass_organisation: ['front'],
};

/** What the founding rules read of a parent: foundOrganisation passes the entity, bulk intake its directory entry. */
export type ParentOnRecord = Pick<Organisation, 'name' | 'kind' | 'foundedOn' | 'dissolvedOn'>;

/** A new organisation as the founding rules see it. */
export interface Founding {
  code: string;
  kind: Kind;
  branch: Branch;
  hostSector?: HostSector;
  foundedOn: string;
}

/**
 * The rules of founding an organisation (thành lập), read-only: foundOrganisation runs them in its
 * transaction and the intake of organisations on each row, so both refuse with the same codes.
 */
export const foundingRules = {
  /** The fields of the new organisation alone: the kind fits the branch, a host sector only at the grassroots and below. */
  fields(input: Founding, field: (name: string) => FieldPath): void {
    if (!KIND_BRANCHES[input.kind].includes(input.branch)) {
      throw new DomainError(
        'KIND_DOES_NOT_FIT_BRANCH',
        `A ${input.kind} belongs to the ${KIND_BRANCHES[input.kind].join(' or ')} branch.`,
        field('branch'),
      );
    }
    if (input.hostSector && !GRASSROOTS_AND_BELOW_KINDS.includes(input.kind)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `only grassroots party organisations (${GRASSROOTS_AND_BELOW_KINDS.join(', ')}) have a host sector`,
        field('hostSector'),
      );
    }
  },

  /** Not in the future, under a parent its kind may sit under (a root only for a caller of the whole forest) that exists that day. */
  placement(w: WriteUnit, input: Founding, parent: ParentOnRecord | undefined, field: (name: string) => FieldPath) {
    w.notInFuture(input.foundedOn, field('foundedOn'));
    // A new root lies in no subtree: only a caller of the whole forest may found one.
    if (!parent && w.caller.scope.organisationId !== null) {
      throw new DomainError(
        'FORBIDDEN',
        `A new root lies outside your scope (${w.caller.scope.code}).`,
        field('parent'),
      );
    }
    const allowed = PARTY_PARENT_KINDS[input.kind];
    if (allowed && !allowed.includes(parent?.kind ?? null)) {
      const where = allowed.map((k) => k ?? 'no parent').join(' or ');
      throw new DomainError('KIND_DOES_NOT_FIT_PARENT', `A ${input.kind} sits under ${where}.`, field('parent'));
    }
    if (parent) w.activeOn(parent, input.foundedOn, field('parent'));
  },

  /** CODE_TAKEN when another organisation (on record, or earlier in the same file) has the code. */
  freeCode(taken: boolean, code: string, field: FieldPath): void {
    if (taken) throw new DomainError('CODE_TAKEN', `Another organisation already has the code ${code}.`, field);
  },
};
