import { datedOrder } from '../store/query/dated-order.js';
import { dateRange, equals, liveRows, oneOf, placedInSubtree } from '../store/query/filters.js';
import type { ListQuery } from '../store/query/keyset.js';
import type { Order } from '../store/query/order.js';
import { raw } from '../store/query/sql.js';

export const OVERSIGHT_ORDER_FIELDS = ['date', 'id'] as const;
export type OversightOrderField = (typeof OVERSIGHT_ORDER_FIELDS)[number];

/** Filters shared by inspections, supervisions and disciplinary actions. */
export interface OversightListArgs {
  /** Voided records too (they are left out otherwise). */
  includeVoided?: boolean;
  /** Relative to the batch key: records about an organisation or a member, of a team, or placed in a subtree. */
  within: 'all' | 'subjectOrganisation' | 'subjectMember' | 'team' | 'subtree';
  /** Placed in this organisation's subtree (where the subject sits), the way reviews count them. */
  under?: number;
  subject?: 'organisation' | 'member';
  /** Inspection or supervision types, or discipline forms. */
  kinds?: string[];
  actingCommittee?: number;
  actingBodies?: string[];
  from?: string;
  to?: string;
  order: Order<OversightOrderField>;
}

const PARTITIONS = {
  all: undefined,
  subjectOrganisation: raw('t.subject_organisation_id = k.key'),
  subjectMember: raw('t.subject_member_id = k.key'),
  team: raw('t.team_id = k.key'),
  subtree: undefined,
};

/** One of the three oversight tables as a keyset query; `kindColumn` is `type` or `form`, `dateColumn` its day. */
export function oversightList(
  table: 'inspection' | 'supervision' | 'disciplinary_action',
  kindColumn: 'type' | 'form',
  dateColumn: 'occurred_on' | 'decided_on',
  a: OversightListArgs,
): ListQuery {
  const subject = { organisation: 't.subject_organisation_id is not null', member: 't.subject_member_id is not null' };
  const placed = placedInSubtree(table, 't.placed_in_id', a.within === 'subtree', a.under);
  return {
    from: raw(`${table} t`),
    partition: PARTITIONS[a.within],
    subtree: placed.subtree,
    where: [
      ...placed.where,
      ...liveRows(a.includeVoided),
      ...(a.subject ? [raw(subject[a.subject])] : []),
      ...oneOf(`t.${kindColumn}`, a.kinds),
      ...equals('t.acting_committee_id', a.actingCommittee),
      ...oneOf('t.acting_body', a.actingBodies),
      ...dateRange(`t.${dateColumn}`, a.from, a.to),
    ],
    order: datedOrder(`t.${dateColumn}`, a.order),
  };
}
