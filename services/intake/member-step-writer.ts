import { pgArray } from '../store/query/sql.js';
import type { WriteUnit } from '../write/write-unit.js';
import type { MemberEntry, NewEvent } from './person-directory.js';
import { insertRows, nextIds } from './set-insert.js';

/**
 * Writes what the rows of a file did to memberships, as the mutations write each step: the events
 * the rows added (set-based, in row order) and every changed member row once, as the last of its
 * rows left it (cell, status, left and full-membership days). The id of each event, by event.
 */
export async function writeMemberSteps(w: WriteUnit, members: readonly MemberEntry[]): Promise<Map<NewEvent, number>> {
  const events = members.flatMap((m) => m.added.map((e) => ({ member: m, e })));
  const ids = await nextIds(w, 'membership_event', events.length);
  const by = events.map(() => w.caller.id);
  await insertRows(w, 'membership_event', {
    id: ['int', ids],
    member_id: ['int', events.map((r) => r.member.id)],
    kind: ['text', events.map((r) => r.e.kind)],
    exit_reason: ['text', events.map((r) => r.e.exitReason ?? null)],
    occurred_on: ['date', events.map((r) => r.e.occurredOn)],
    organisation_id: ['int', events.map((r) => r.e.organisationId)],
    counterpart_id: ['int', events.map((r) => r.e.counterpartId ?? null)],
    created_by: ['text', by],
    updated_by: ['text', by],
  });
  await w.em.getConnection().execute(
    `update member m set cell_id = u.cell_id, status = u.status, left_on = u.left_on,
       full_member_on = u.full_member_on, updated_by = ?, updated_at = now()
     from unnest(?::int[], ?::int[], ?::text[], ?::date[], ?::date[]) u(id, cell_id, status, left_on, full_member_on)
     where m.id = u.id`,
    [
      w.caller.id,
      pgArray(members.map((m) => m.id)),
      pgArray(members.map((m) => m.cellId)),
      pgArray(members.map((m) => m.status)),
      pgArray(members.map((m) => m.leftOn ?? null)),
      pgArray(members.map((m) => m.fullMemberOn ?? null)),
    ],
    'all',
    w.em.getTransactionContext(),
  );
  return new Map(events.map((r, i) => [r.e, ids[i] as number]));
}
