import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { IntakeUpload } from './intake-upload.entity.js';

/** One import of an upload that wrote its rows (dry runs and refusals leave none). */
@Entity({ tableName: 'intake_batch' })
export class IntakeBatch extends BaseEntity {
  @ManyToOne(() => IntakeUpload, { deleteRule: 'restrict' })
  upload!: IntakeUpload;

  @Property({ type: 'text' })
  kind!: string;

  /** Data rows in the file. */
  @Property({ type: 'integer' })
  rowCount!: number;

  /** Rows written by this import; the others were written by an earlier import of the same rows. */
  @Property({ type: 'integer' })
  writtenCount!: number;
}
