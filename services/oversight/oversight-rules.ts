import { DomainError } from '../errors.js';
import type { Organisation } from '../hierarchy/organisation.entity.js';
import { COMMITTEE_KINDS, PARTY_TREE_KINDS } from '../hierarchy/organisation-kinds.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import {
  type DisciplineForm,
  MEMBER_DISCIPLINE_FORMS,
  ORGANISATION_DISCIPLINE_FORMS,
} from './disciplinary-action.entity.js';
import type { ActingBody } from './oversight-record.entity.js';

/** What the rules read of an organisation: the services pass the entity, bulk intake its directory entry. */
export type RuledOrganisation = Pick<Organisation, 'id' | 'name' | 'kind' | 'path' | 'foundedOn' | 'dissolvedOn'>;

/**
 * The rules of an oversight record, one copy for the mutations and for bulk intake: who may act
 * (a party committee or cell alive that day, its inspection commission only above the cells),
 * which subjects lie under it, and which discipline forms fit which subject.
 */
export const oversightRules = {
  actingCommittee(w: WriteUnit, committee: RuledOrganisation, body: ActingBody, day: string, field: FieldPath): void {
    if (!PARTY_TREE_KINDS.includes(committee.kind)) {
      throw new DomainError('NOT_A_COMMITTEE', `${committee.name} is not a party committee or cell.`, field);
    }
    if (body === 'inspection_commission' && !COMMITTEE_KINDS.includes(committee.kind)) {
      throw new DomainError(
        'NO_INSPECTION_COMMISSION',
        `${committee.name} has no inspection commission; record it as done by the committee.`,
        [...field.slice(0, -1), 'actingBody'],
      );
    }
    w.activeOn(committee, day, field);
  },

  /** An organisation subject: alive that day and strictly below the acting committee. */
  organisationSubject(
    w: WriteUnit,
    org: RuledOrganisation,
    committee: RuledOrganisation,
    day: string,
    field: FieldPath,
  ): void {
    w.activeOn(org, day, field);
    if (org.id === committee.id || !org.path.includes(committee.id)) {
      throw oversightRules.outsideJurisdiction(committee, org.name, field);
    }
  },

  /** A member subject: the cell they sit in on the day lies under the acting committee. */
  memberSubject(cell: RuledOrganisation, committee: RuledOrganisation, field: FieldPath): void {
    if (!cell.path.includes(committee.id)) {
      throw oversightRules.outsideJurisdiction(committee, `a member of ${cell.name}`, field);
    }
  },

  outsideJurisdiction(committee: RuledOrganisation, subject: string, field: FieldPath): DomainError {
    return new DomainError('OUTSIDE_JURISDICTION', `${subject} is not under ${committee.name}.`, field);
  },

  disciplineForm(form: DisciplineForm, ofMember: boolean, field: FieldPath): void {
    const [subject, forms] = ofMember
      ? ['a member', MEMBER_DISCIPLINE_FORMS]
      : ['an organisation', ORGANISATION_DISCIPLINE_FORMS];
    if (!forms.includes(form)) {
      throw new DomainError(
        'FORM_DOES_NOT_FIT_SUBJECT',
        `${form} is not a form of discipline for ${subject}; use one of ${forms.join(', ')}.`,
        field,
      );
    }
  },
};
