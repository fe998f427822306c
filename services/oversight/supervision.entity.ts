import { Check, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Voidable } from '../corrections/voidable.entity.js';
import { OversightRecord } from './oversight-record.entity.js';

export const SUPERVISION_TYPES = ['regular', 'thematic'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];

/** Giám sát: one subject supervised on one day. */
@Entity({ tableName: 'supervision' })
@Voidable('supervision')
@Check({
  name: 'supervision_one_subject_check',
  expression: 'num_nonnulls(subject_organisation_id, subject_member_id) = 1',
})
@Check({
  name: 'supervision_placed_in_subject_check',
  expression: 'subject_organisation_id is null or placed_in_id = subject_organisation_id',
})
// A subtree's live records in list order, organisation by organisation (services/store/query/keyset.ts).
@Index({
  name: 'supervision_placed_page_idx',
  expression:
    'create index supervision_placed_page_idx on supervision (placed_in_id, occurred_on, id) where voided_at is null',
})
export class Supervision extends OversightRecord {
  @Enum({ items: () => SUPERVISION_TYPES })
  type!: SupervisionType;

  @Index()
  @Property({ type: 'date' })
  occurredOn!: string;
}
