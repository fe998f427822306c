import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Member } from '../membership/member.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import type { WriteUnit } from '../write/write-unit.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import {
  BRANCHES,
  type Branch,
  HOST_SECTORS,
  ORGANISATION_KINDS,
  Organisation,
  type OrganisationKind,
} from './organisation.entity.js';
import { COMMITTEE_KINDS, GRASSROOTS_AND_BELOW_KINDS, UPPER_COMMITTEE_KINDS } from './organisation-kinds.js';
import { Position } from './position.entity.js';

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

const foundInput = z.object({
  code: inputFields.text,
  name: inputFields.text,
  kind: enumField(ORGANISATION_KINDS),
  branch: enumField(BRANCHES),
  parentId: inputFields.id.optional(),
  administrativeUnitId: inputFields.id.optional(),
  hostSector: enumField(HOST_SECTORS).optional(),
  foundedOn: inputFields.day,
});
export type FoundOrganisationInput = z.input<typeof foundInput>;

const dissolveInput = z.object({ organisationId: inputFields.id, dissolvedOn: inputFields.day });
export type DissolveOrganisationInput = z.input<typeof dissolveInput>;

/** Founding (thành lập) and dissolving (giải thể) organisations of the tree. */
export class OrganisationService extends WriteService {
  async found(raw: FoundOrganisationInput): Promise<Organisation> {
    const input = parseInput(foundInput, raw);
    if (!KIND_BRANCHES[input.kind].includes(input.branch)) {
      throw new DomainError(
        'KIND_DOES_NOT_FIT_BRANCH',
        `A ${input.kind} belongs to the ${KIND_BRANCHES[input.kind].join(' or ')} branch.`,
        fieldPath('branch'),
      );
    }
    if (input.hostSector && !GRASSROOTS_AND_BELOW_KINDS.includes(input.kind)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `only grassroots party organisations (${GRASSROOTS_AND_BELOW_KINDS.join(', ')}) have a host sector`,
        fieldPath('hostSector'),
      );
    }
    return this.write(async (w) => {
      w.notInFuture(input.foundedOn, fieldPath('foundedOn'));
      const parent = await this.parentFor(w, input);
      const administrativeUnit =
        input.administrativeUnitId === undefined
          ? undefined
          : await w.find(AdministrativeUnit, input.administrativeUnitId, fieldPath('administrativeUnitId'));
      if (await w.em.count(Organisation, { code: input.code })) {
        throw new DomainError(
          'CODE_TAKEN',
          `Another organisation already has the code ${input.code}.`,
          fieldPath('code'),
        );
      }
      const { parentId: _p, administrativeUnitId: _a, ...fields } = input;
      // `path` is set by the database trigger on insert: written empty, read back after the flush.
      const organisation = w.create(Organisation, { ...fields, parent, administrativeUnit, path: [] });
      await w.em.flush();
      await w.em.refresh(organisation);
      return organisation;
    });
  }

  async dissolve(raw: DissolveOrganisationInput): Promise<Organisation> {
    const input = parseInput(dissolveInput, raw);
    return this.write(async (w) => {
      const field = fieldPath('organisationId');
      const org = await w.find(Organisation, input.organisationId, field, LockMode.PESSIMISTIC_WRITE);
      if (org.dissolvedOn) {
        throw new DomainError(
          'ORGANISATION_DISSOLVED',
          `${org.name} was already dissolved on ${org.dissolvedOn}.`,
          field,
        );
      }
      w.notInFuture(input.dissolvedOn, fieldPath('dissolvedOn'));
      w.notBefore(input.dissolvedOn, org.foundedOn, fieldPath('dissolvedOn'), `${org.name} was founded`);
      await this.refuseWhatOutlives(w, org, input.dissolvedOn);
      const open = await w.em.find(Position, { organisation: org, endedOn: null });
      for (const position of open) {
        position.endedOn = input.dissolvedOn;
        w.touch(position);
      }
      org.dissolvedOn = input.dissolvedOn;
      w.touch(org);
      return org;
    });
  }

  private async parentFor(w: WriteUnit, input: z.output<typeof foundInput>): Promise<Organisation | undefined> {
    const field = fieldPath('parentId');
    // A shared lock keeps the parent from being dissolved while its new child is written.
    const parent =
      input.parentId === undefined
        ? undefined
        : await w.find(Organisation, input.parentId, field, LockMode.PESSIMISTIC_READ);
    // A new root lies in no subtree: only a caller of the whole forest may found one.
    if (!parent && w.caller.scope.organisationId !== null) {
      throw new DomainError('FORBIDDEN', `A new root lies outside your scope (${w.caller.scope.code}).`, field);
    }
    const allowed = PARTY_PARENT_KINDS[input.kind];
    if (allowed && !allowed.includes(parent?.kind ?? null)) {
      const where = allowed.map((k) => k ?? 'no parent').join(' or ');
      throw new DomainError('KIND_DOES_NOT_FIT_PARENT', `A ${input.kind} sits under ${where}.`, field);
    }
    if (parent) w.activeOn(parent, input.foundedOn, field);
    return parent;
  }

  /** What would still be alive in a dissolved organisation: refused rather than left dangling. */
  private async refuseWhatOutlives(w: WriteUnit, org: Organisation, day: string): Promise<void> {
    const field = fieldPath('organisationId');
    const children = await w.em.count(Organisation, {
      parent: org,
      $or: [{ dissolvedOn: null }, { dissolvedOn: { $gt: day } }],
    });
    if (children) {
      throw new DomainError(
        'HAS_ACTIVE_CHILDREN',
        `${org.name} still has ${children} organisation(s) under it.`,
        field,
      );
    }
    const members = await w.em.count(Member, { cell: org, status: { $in: ['probationary', 'full'] }, voidedAt: null });
    if (members) {
      throw new DomainError(
        'HAS_ACTIVE_MEMBERS',
        `${org.name} still has ${members} member(s); transfer them first.`,
        field,
      );
    }
    const later = await w.em.count(Position, { organisation: org, startedOn: { $gt: day } });
    if (later) {
      throw new DomainError(
        'LATER_RECORDS_EXIST',
        `${later} position(s) in ${org.name} start after ${day}.`,
        fieldPath('dissolvedOn'),
      );
    }
  }
}
