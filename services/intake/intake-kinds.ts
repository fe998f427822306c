import { DomainError } from '../errors.js';
import type { IntakeKind } from './intake-kind.js';
import { admissionsKind } from './kinds/admissions.kind.js';
import { disciplinaryActionsKind } from './kinds/disciplinary-actions.kind.js';
import { exitsKind } from './kinds/exits.kind.js';
import { fullMembershipsKind } from './kinds/full-memberships.kind.js';
import { inspectionsKind } from './kinds/inspections.kind.js';
import { organisationsKind } from './kinds/organisations.kind.js';
import { peopleKind } from './kinds/people.kind.js';
import { supervisionsKind } from './kinds/supervisions.kind.js';
import { transfersKind } from './kinds/transfers.kind.js';

/** Every kind of record bulk intake takes, by name; a new kind is one module added here. */
export const INTAKE_KINDS: Readonly<Record<string, IntakeKind>> = {
  admissions: admissionsKind as IntakeKind,
  inspections: inspectionsKind as IntakeKind,
  supervisions: supervisionsKind as IntakeKind,
  'disciplinary-actions': disciplinaryActionsKind as IntakeKind,
  organisations: organisationsKind as IntakeKind,
  people: peopleKind as IntakeKind,
  transfers: transfersKind as IntakeKind,
  exits: exitsKind as IntakeKind,
  'full-memberships': fullMembershipsKind as IntakeKind,
};

export function intakeKind(name: string): IntakeKind {
  const kind = Object.hasOwn(INTAKE_KINDS, name) ? INTAKE_KINDS[name] : undefined;
  if (!kind) {
    throw new DomainError('UNKNOWN_KIND', `No intake of "${name}"; kinds: ${Object.keys(INTAKE_KINDS).join(', ')}.`, [
      'kind',
    ]);
  }
  return kind;
}
