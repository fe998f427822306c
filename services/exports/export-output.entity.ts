import { Property } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import type { StoredSpec } from './export-checks.js';
import type { ExportFormat } from './export-formats.js';

/** What an export writes, kept by a schedule and copied into each of its runs. */
export abstract class ExportOutput extends BaseEntity {
  @Property({ type: 'json' })
  spec!: StoredSpec;

  @Property({ type: 'text[]' })
  formats!: ExportFormat[];

  /** CSV files start with a byte-order mark (for Excel). */
  @Property({ type: 'boolean', default: false })
  csvBom: boolean = false;
}
