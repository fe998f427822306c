import type { ListQuery } from '../store/query/keyset.js';
import { raw, sql } from '../store/query/sql.js';

export interface AuditLogListArgs {
  subject?: string;
  kind?: string;
  operation?: string;
  outcome?: string;
  /** Inclusive bounds on the time of the entry. */
  from?: Date;
  to?: Date;
}

/** Audit lines, newest first. */
export function auditLogList(a: AuditLogListArgs): ListQuery {
  return {
    from: raw('audit_log t'),
    where: [
      ...(a.subject ? [sql`t.subject = ${a.subject}`] : []),
      ...(a.kind ? [sql`t.kind = ${a.kind}`] : []),
      ...(a.operation ? [sql`t.operation = ${a.operation}`] : []),
      ...(a.outcome ? [sql`t.outcome = ${a.outcome}`] : []),
      ...(a.from ? [sql`t.at >= ${a.from.toISOString()}::timestamptz`] : []),
      ...(a.to ? [sql`t.at <= ${a.to.toISOString()}::timestamptz`] : []),
    ],
    order: { name: 'id', keys: [{ expr: raw('t.id'), type: 'bigint' }], descending: true },
  };
}
