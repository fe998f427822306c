import { ManyToOne, Property } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';
import type { StoredSpec } from './export-checks.js';
import type { ExportFormat } from './export-formats.js';

/** What an export writes, kept by a schedule and copied into each of its runs. */
export abstract class ExportOutput extends BaseEntity {
  @Property({ type: 'json' })
  spec!: StoredSpec;

  @Property({ type: 'text[]' })
  formats!: ExportFormat[];

  /**
   * The scope of the caller who defined it (null: the whole forest). Its tables answer inside this
   * subtree, and only callers whose scope holds it see or change it.
   */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  ownerScope?: Organisation;

  /** CSV files start with a byte-order mark (for Excel). */
  @Property({ type: 'boolean', default: false })
  csvBom: boolean = false;
}
