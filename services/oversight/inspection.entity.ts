import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Voidable } from '../corrections/voidable.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { OversightRecord } from './oversight-record.entity.js';

export const INSPECTION_TYPES = ['regular', 'thematic', 'signs_of_violation', 'enforcement'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

/** Kiểm tra: one subject inspected on one day. */
@Entity({ tableName: 'inspection' })
@Voidable('inspection')
@Check({
  name: 'inspection_one_subject_check',
  expression: 'num_nonnulls(subject_organisation_id, subject_member_id) = 1',
})
@Check({
  name: 'inspection_placed_in_subject_check',
  expression: 'subject_organisation_id is null or placed_in_id = subject_organisation_id',
})
// A subtree's live records in list order, organisation by organisation (services/store/query/keyset.ts).
@Index({
  name: 'inspection_placed_page_idx',
  expression:
    'create index inspection_placed_page_idx on inspection (placed_in_id, occurred_on, id) where voided_at is null',
})
export class Inspection extends OversightRecord {
  @Enum({ items: () => INSPECTION_TYPES })
  type!: InspectionType;

  @Index()
  @ManyToOne(() => InspectionTeam, { nullable: true, deleteRule: 'restrict' })
  team?: InspectionTeam;

  @Index()
  @Property({ type: 'date' })
  occurredOn!: string;
}
