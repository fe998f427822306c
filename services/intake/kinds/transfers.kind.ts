import { DomainError } from '../../errors.js';
import { neverMember } from '../../membership/joining-person.js';
import { memberCellIdOn } from '../../membership/member-cell.service.js';
import { requireNoLaterOversight, requireOnRoll } from '../../membership/member-timeline.js';
import { requireAdmissionAge } from '../../membership/minimum-age.js';
import { requireOpenCell } from '../../membership/open-cell.js';
import { transferRules } from '../../membership/transfer-rules.js';
import { cellParsers } from '../cell-parsers.js';
import type { IntakeContext, IntakeKind, IntakeValues } from '../intake-kind.js';
import { writeMemberSteps } from '../member-step-writer.js';
import { type NewPerson, newPersonRows } from '../new-person-rows.js';
import type { DirectoryEntry } from '../organisation-directory.js';
import { personCodeColumn } from '../person-code-column.js';
import { type MemberEntry, type NewEvent, PersonDirectory, type PersonEntry } from '../person-directory.js';
import { onColumns } from '../rule-columns.js';
import { insertRows, nextIds } from '../set-insert.js';

const DIRECTION_LABELS = {
  within: 'Chuyển trong thành phố',
  out: 'Chuyển ra ngoài thành phố',
  in: 'Chuyển đến từ ngoài thành phố',
} as const;
type Direction = keyof typeof DIRECTION_LABELS;

/** transferIn's fields as this sheet names them (the other rules are given the columns). */
const COLUMNS = { arrivedOn: 'transferredOn' };

interface Transfer {
  member: MemberEntry;
  /** The event the row stands for: the transfer into the cell joined, or out of the cell left. */
  event: NewEvent;
  /** An arrival: who arrives, and their details when new to the records. */
  arrival?: { person: PersonEntry; details?: NewPerson };
}

/**
 * Chuyển sinh hoạt đảng, one row each, as transferMember (inside the city), transferOut and
 * transferIn, with their rules (services/membership/transfer-rules.ts). A member is named by their
 * register code; one who arrives is someone on record (the code alone) or someone new (their details,
 * the code optional). Rows of one member apply in order: a member may arrive and move on in one file.
 */
export const transfersKind: IntakeKind<Transfer> = {
  name: 'transfers',
  label: 'Chuyển sinh hoạt đảng',
  // A member's later step may be in a later chunk: writeMemberSteps writes each member's steps and
  // member row once, as their last row left them, so the records are written together.
  writesWholeFile: true,
  columns: [
    personCodeColumn('person', false),
    {
      key: 'direction',
      header: 'Hình thức chuyển',
      required: true,
      choices: DIRECTION_LABELS,
      example: DIRECTION_LABELS.within,
      parse: cellParsers.choice(DIRECTION_LABELS),
    },
    {
      key: 'toCell',
      header: 'Chi bộ chuyển đến (mã hoặc đường dẫn)',
      required: false,
      example: 'Thành ủy Hà Nội / Quận ủy Ba Đình / Chi bộ số 2',
      parse: cellParsers.organisation,
    },
    { key: 'transferredOn', header: 'Ngày chuyển', required: true, example: '01/07/2023', parse: cellParsers.day },
    // Only for arrivals: someone new to the records, and their standing from elsewhere.
    ...newPersonRows.columns.filter((c) => c.key !== 'code').map((c) => ({ ...c, required: false, example: '' })),
    { key: 'admittedOn', header: 'Ngày kết nạp', required: false, example: '', parse: cellParsers.day },
    {
      key: 'fullMemberOn',
      header: 'Ngày công nhận chính thức',
      required: false,
      example: '',
      parse: cellParsers.day,
    },
  ],

  check(values, context) {
    const direction = values.direction as Direction;
    return direction === 'in' ? arrival(values, context) : departure(direction, values, context);
  },

  async write(records, w) {
    const arrivals = records.flatMap((r) => (r.arrival ? [{ ...r.arrival, member: r.member }] : []));
    const newcomers = arrivals.flatMap((a) => (a.details ? [{ person: a.person, details: a.details }] : []));
    const personIds = await newPersonRows.write(
      w,
      newcomers.map((n) => n.details),
    );
    newcomers.forEach((n, i) => {
      n.person.id = personIds[i] as number;
    });
    const memberIds = await nextIds(w, 'member', arrivals.length);
    arrivals.forEach((a, i) => {
      a.member.id = memberIds[i] as number;
    });
    // As the last of its rows left it; writeMemberSteps sets the same again with the others.
    const by = arrivals.map(() => w.caller.id);
    await insertRows(w, 'member', {
      id: ['int', memberIds],
      person_id: ['int', arrivals.map((a) => a.person.id)],
      cell_id: ['int', arrivals.map((a) => a.member.cellId)],
      admitted_on: ['date', arrivals.map((a) => a.member.admittedOn)],
      probation_ends_on: ['date', arrivals.map((a) => a.member.probationEndsOn)],
      full_member_on: ['date', arrivals.map((a) => a.member.fullMemberOn ?? null)],
      status: ['text', arrivals.map((a) => a.member.status)],
      left_on: ['date', arrivals.map((a) => a.member.leftOn ?? null)],
      arrived_on: ['date', arrivals.map((a) => a.member.arrivedOn ?? null)],
      created_by: ['text', by],
      updated_by: ['text', by],
    });
    const eventIds = await writeMemberSteps(w, [...new Set(records.map((r) => r.member))]);
    return { table: 'membership_event', ids: records.map((r) => eventIds.get(r.event) as number) };
  },
};

/** Inside the city (transferMember) or out of it (transferOut), from the cell the member sits in. */
function departure(direction: 'within' | 'out', values: IntakeValues, { w, people }: IntakeContext): Transfer {
  const member = people.member(given<string>(values, 'person', direction), ['person']);
  const day = values.transferredOn as string;
  const to = direction === 'within' ? given<DirectoryEntry>(values, 'toCell', direction) : undefined;
  const dayField = ['transferredOn'];
  requireOnRoll(w, member, member.latest, day, ['person'], dayField);
  const from = memberCellIdOn(w, member, member.events, day, dayField);
  requireNoLaterOversight(member.latestOversightOn, day, dayField);
  if (!to) {
    const event: NewEvent = { kind: 'transfer_out', occurredOn: day, organisationId: from };
    PersonDirectory.step(member, event);
    member.status = 'transferred_out';
    member.leftOn = day;
    return { member, event };
  }
  requireOpenCell(w, to, day, ['toCell']);
  transferRules.within.otherCell(from, to, ['toCell']);
  PersonDirectory.step(member, { kind: 'transfer_out', occurredOn: day, organisationId: from, counterpartId: to.id });
  const event: NewEvent = { kind: 'transfer_in', occurredOn: day, organisationId: to.id, counterpartId: from };
  PersonDirectory.step(member, event);
  member.cellId = to.id;
  return { member, event };
}

/** transferIn: someone on record (the code alone) or new (their details) arrives in a cell of the city. */
function arrival(values: IntakeValues, { w, people }: IntakeContext): Transfer {
  const cell = given<DirectoryEntry>(values, 'toCell', 'in');
  const admittedOn = given<string>(values, 'admittedOn', 'in');
  const arrivedOn = values.transferredOn as string;
  const fullMemberOn = values.fullMemberOn as string | undefined;
  const probationEndsOn = onColumns(COLUMNS, () => {
    const ends = transferRules.in.standing(w, { admittedOn, fullMemberOn, arrivedOn });
    requireOpenCell(w, cell, arrivedOn, ['toCell']);
    return ends;
  });
  const code = values.person as string | undefined;
  let person: PersonEntry;
  let details: NewPerson | undefined;
  if (values.fullName !== undefined) {
    details = onColumns({ code: 'person' }, () => newPersonRows.details({ ...values, code }));
    person = people.recordNew(details, ['person']);
    requireAdmissionAge(details.birthYear, admittedOn, ['birthYear']);
  } else {
    person = people.person(given<string>(values, 'person', 'in'), ['person']);
    neverMember(person, person.member, ['person']);
    requireAdmissionAge(person.birthYear, admittedOn, ['person']);
  }
  const member = people.admit(person, {
    cellId: cell.id,
    status: fullMemberOn === undefined ? 'probationary' : 'full',
    admittedOn,
    probationEndsOn,
    fullMemberOn,
    arrivedOn,
  });
  const event: NewEvent = { kind: 'transfer_in', occurredOn: arrivedOn, organisationId: cell.id };
  PersonDirectory.step(member, event);
  return { member, event, arrival: { person, details } };
}

/** The value of a column this direction needs: BAD_USER_INPUT naming it when the row leaves it empty. */
function given<T>(values: IntakeValues, key: string, direction: Direction): T {
  const value = values[key];
  if (value === undefined) {
    throw new DomainError('BAD_USER_INPUT', `must not be empty for "${DIRECTION_LABELS[direction]}"`, [key]);
  }
  return value as T;
}
