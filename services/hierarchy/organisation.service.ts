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
import { foundingRules } from './founding-rules.js';
import { BRANCHES, HOST_SECTORS, ORGANISATION_KINDS, Organisation } from './organisation.entity.js';
import { Position } from './position.entity.js';

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
    const field = (name: string) => fieldPath(name === 'parent' ? 'parentId' : name);
    foundingRules.fields(input, field);
    return this.write(async (w) => {
      // A shared lock keeps the parent from being dissolved while its new child is written.
      const parent =
        input.parentId === undefined
          ? undefined
          : await w.find(Organisation, input.parentId, field('parent'), LockMode.PESSIMISTIC_READ);
      foundingRules.placement(w, input, parent, field);
      const administrativeUnit =
        input.administrativeUnitId === undefined
          ? undefined
          : await w.find(AdministrativeUnit, input.administrativeUnitId, fieldPath('administrativeUnitId'));
      foundingRules.freeCode((await w.em.count(Organisation, { code: input.code })) > 0, input.code, field('code'));
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
