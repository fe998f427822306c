import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import type { WriteUnit } from '../write/write-unit.js';
import { Organisation } from './organisation.entity.js';
import { Person } from './person.entity.js';
import { POSITION_ROLES, Position, type PositionRole } from './position.entity.js';

/** Roles one person holds at a time in an organisation: the head (Bí thư, Chủ tịch) and the standing deputy. */
const SINGLE_HOLDER_ROLES: readonly PositionRole[] = ['head', 'standing_deputy'];

const appointInput = z.object({
  personId: inputFields.id,
  organisationId: inputFields.id,
  title: inputFields.text,
  role: enumField(POSITION_ROLES),
  startedOn: inputFields.day,
  /** Given when recording a term that is already over. */
  endedOn: inputFields.day.optional(),
});
export type AppointPositionInput = z.input<typeof appointInput>;

const endInput = z.object({ positionId: inputFields.id, endedOn: inputFields.day });
export type EndPositionInput = z.input<typeof endInput>;

/** Appointing people to positions (bổ nhiệm, bầu) and ending their terms. */
export class PositionService extends WriteService {
  async appoint(raw: AppointPositionInput): Promise<Position> {
    const input = parseInput(appointInput, raw);
    if (input.endedOn) refuseEndBeforeStart(input.endedOn, input.startedOn);
    return this.write(async (w) => {
      w.notInFuture(input.startedOn, fieldPath('startedOn'));
      if (input.endedOn) w.notInFuture(input.endedOn, fieldPath('endedOn'));
      const person = await w.find(Person, input.personId, fieldPath('personId'));
      // Locked so two concurrent appointments to the same organisation cannot both pass the overlap check.
      const organisation = await w.find(
        Organisation,
        input.organisationId,
        fieldPath('organisationId'),
        LockMode.PESSIMISTIC_WRITE,
      );
      w.activeOn(organisation, input.startedOn, fieldPath('organisationId'));
      await this.refuseOverlap(w, input, organisation, person);
      const { personId: _p, organisationId: _o, ...fields } = input;
      return w.create(Position, { ...fields, person, organisation });
    });
  }

  async end(raw: EndPositionInput): Promise<Position> {
    const input = parseInput(endInput, raw);
    return this.write(async (w) => {
      const field = fieldPath('positionId');
      const position = await w.find(Position, input.positionId, field, LockMode.PESSIMISTIC_WRITE);
      if (position.endedOn) {
        throw new DomainError('POSITION_ALREADY_ENDED', `This position already ended on ${position.endedOn}.`, field);
      }
      refuseEndBeforeStart(input.endedOn, position.startedOn);
      w.notInFuture(input.endedOn, fieldPath('endedOn'));
      position.endedOn = input.endedOn;
      w.touch(position);
      return position;
    });
  }

  /** Refuses a term that overlaps the same person's term in the same title, or another holder of a single-holder role. */
  private async refuseOverlap(
    w: WriteUnit,
    input: z.output<typeof appointInput>,
    organisation: Organisation,
    person: Person,
  ): Promise<void> {
    const overlapping = {
      organisation,
      startedOn: { $lte: input.endedOn ?? '9999-12-31' },
      $or: [{ endedOn: null }, { endedOn: { $gte: input.startedOn } }],
    };
    const same = await w.em.findOne(Position, { ...overlapping, person, title: input.title });
    if (same) {
      throw new DomainError(
        'ALREADY_HOLDS_POSITION',
        `${person.fullName} already holds "${input.title}" in ${organisation.name} from ${same.startedOn}.`,
        fieldPath('personId'),
      );
    }
    if (!SINGLE_HOLDER_ROLES.includes(input.role)) return;
    const holder = await w.em.findOne(Position, { ...overlapping, role: input.role }, { populate: ['person'] });
    if (holder) {
      throw new DomainError(
        'POSITION_OCCUPIED',
        `${holder.person.fullName} holds the ${input.role} role in ${organisation.name} from ${holder.startedOn}${
          holder.endedOn ? ` to ${holder.endedOn}` : ''
        }; end that term first.`,
        fieldPath('role'),
      );
    }
  }
}

function refuseEndBeforeStart(endedOn: string, startedOn: string): void {
  if (endedOn < startedOn) {
    throw new DomainError(
      'END_BEFORE_START',
      `${endedOn} is before the position started (${startedOn}).`,
      fieldPath('endedOn'),
    );
  }
}
