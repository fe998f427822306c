import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';

/**
 * A spreadsheet handed in for bulk intake, kept as sent (so an import reads exactly what was checked,
 * and its digest names it). It belongs to the scope of whoever uploaded it (null: the whole forest).
 */
@Entity({ tableName: 'intake_upload' })
export class IntakeUpload extends BaseEntity {
  /** The kind of record the file holds (a key of the intake registry, e.g. "admissions"). */
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'integer' })
  bytes!: number;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  ownerScope?: Organisation | null;
}
