import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One line of the append-only audit log: a mutation (done or refused), an export run, a download,
 * a key created or revoked. The database refuses UPDATE, DELETE and TRUNCATE on the table.
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_at_idx', properties: ['at'] })
@Index({ name: 'audit_log_subject_idx', properties: ['subject', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at!: Date & Opt;

  /** The authenticated subject (a key's name as `key:<id>:<name>`, a token's `sub`), or "anonymous". */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text', nullable: true })
  role?: string;

  /** The caller's scope as its organisation code, "*" for the whole forest. */
  @Property({ type: 'text', nullable: true })
  scope?: string;

  /** The client address the request came from. */
  @Property({ type: 'text', nullable: true })
  address?: string;

  @Property({ type: 'text', nullable: true })
  requestId?: string;

  /** mutation, export, download, key. */
  @Property({ type: 'text' })
  kind!: string;

  /** The mutation or action, e.g. admitMember, runExport, download. */
  @Property({ type: 'text' })
  operation!: string;

  /** The input as sent, personal fields replaced by "[redacted]". */
  @Property({ type: 'jsonb', nullable: true })
  input?: unknown;

  /** "ok", or the error code of the refusal. */
  @Property({ type: 'text' })
  outcome!: string;

  /** What was written or read, e.g. the global id returned or the file downloaded. */
  @Property({ type: 'text', nullable: true })
  target?: string;
}
