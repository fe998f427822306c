import type { EntityManager } from '@mikro-orm/postgresql';
import { pageLoader } from '../store/query/keyset.js';
import type { RowScope } from '../store/query/row-scope.js';
import { ApiKey } from './api-key.entity.js';
import { apiKeyList } from './api-key.queries.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditLogList } from './audit-log.queries.js';

/** Per-request loaders of the access records admins read: keys and the audit log. */
export function createAccessLoaders(em: EntityManager, rows: RowScope) {
  return {
    apiKeys: pageLoader(em, rows, ApiKey, apiKeyList),
    auditLog: pageLoader(em, rows, AuditEntry, auditLogList),
  };
}

export type AccessLoaders = ReturnType<typeof createAccessLoaders>;
