import type { MikroORM } from '@mikro-orm/postgresql';
import { ApiKeyService } from '../../services/access/api-key.service.js';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import type { Role } from '../../services/access/roles.js';

/** The Authorization header of a new key of `role` over `scope`, for benchmarks asking like any client. */
export async function benchCredential(orm: MikroORM, role: Role, scope: string): Promise<string> {
  const service = new ApiKeyService({ em: orm.em.fork(), caller: SYSTEM_CALLER });
  const { key } = await service.create({ name: `bench ${role} of ${scope}`, role, scope });
  return `Bearer ${key}`;
}
