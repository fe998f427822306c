import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../store/query/sql.js';
import { ApiKeyService } from './api-key.service.js';
import { AuditTrail } from './audit-trail.js';
import { SYSTEM_CALLER } from './caller.js';

/**
 * Secure by default, easy to start: on a database that has no API key yet, creates an admin key for
 * the whole forest and writes it to `file` (mode 0600, complete or not at all). Returns the file when
 * it made one, null when keys exist already.
 */
export async function ensureFirstAdminKey(orm: MikroORM, file: string): Promise<string | null> {
  const em = orm.em.fork();
  const [row] = await queryRows<{ n: number }>(em, sql`select count(*)::int as n from api_key`);
  if ((row?.n ?? 0) > 0) return null;
  const input = { name: 'admin (first start)', role: 'admin' as const, scope: '*' };
  const audit = new AuditTrail(SYSTEM_CALLER, { address: null, requestId: null }, 'key', 'firstStartAdminKey', input);
  const { key } = await new ApiKeyService({ em, caller: SYSTEM_CALLER, audit }).create(input);
  const target = path.resolve(file);
  const partial = `${target}.${process.pid}.tmp`;
  const handle = await open(partial, 'w', 0o600);
  try {
    await handle.writeFile(`${key}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(partial, target);
  return target;
}
