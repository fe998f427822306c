import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type PoolLimits } from './orm.config.js';

/** Opens MikroORM on a database URL. The caller owns `close()`. */
export async function initORM(clientUrl: string, poolMax?: number, limits?: PoolLimits): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, poolMax, limits));
}
