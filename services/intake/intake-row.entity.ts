import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { IntakeBatch } from './intake-batch.entity.js';

/**
 * A record written from a file row, under the row's key (a digest of its kind and normalised
 * cells, and of how many identical rows came before it in the file): importing the same rows again
 * finds their keys and writes nothing.
 */
@Entity({ tableName: 'intake_row' })
@Unique({ properties: ['kind', 'rowKey'] })
export class IntakeRow extends BaseEntity {
  @ManyToOne(() => IntakeBatch, { deleteRule: 'restrict' })
  batch!: IntakeBatch;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  rowKey!: string;

  /** The row's number in the sheet (the header is row 1). */
  @Property({ type: 'integer' })
  rowNumber!: number;

  /** The table and id of the record the row became (an admission: its member). */
  @Property({ type: 'text' })
  recordTable!: string;

  @Property({ type: 'integer' })
  recordId!: number;
}
