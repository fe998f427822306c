import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { ProgrammeItem } from './programme-item.entity.js';

export const ITEM_STATUSES = ['assigned', 'in_progress', 'draft_submitted', 'completed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** One change of an item's status, effective from a day; the status on day D is the latest change on or before D. */
@Entity({ tableName: 'programme_item_status' })
@Unique({ properties: ['item', 'effectiveOn'] })
export class ProgrammeItemStatus extends BaseEntity {
  @ManyToOne(() => ProgrammeItem, { deleteRule: 'restrict' })
  item!: ProgrammeItem;

  @Enum({ items: () => ITEM_STATUSES })
  status!: ItemStatus;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text', nullable: true })
  note?: string;
}
