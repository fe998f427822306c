import type { MikroORM } from '@mikro-orm/postgresql';
import { findMetric } from '../../../analytics/metric-catalogue.js';
import type { Caller } from '../../../services/access/caller.js';
import { DomainError } from '../../../services/errors.js';
import { encodeRefs, type Transport } from './mutation-case.js';
import { serviceCalls } from './service-calls.js';

/**
 * Calls the write services directly, each call on a fresh EntityManager fork as a request would
 * have, counting the commits they report in `onCommitted`.
 */
export function serviceTransport(orm: MikroORM, caller: Caller, onCommitted: () => void): Transport {
  return async (mutation, input) => {
    try {
      const scope = { em: orm.em.fork(), caller, onCommitted, checkMetric: findMetric };
      const row = await serviceCalls[mutation](
        scope,
        encodeRefs(input, (kind, id, typed) => (typed ? { kind, id } : id)) as never,
      );
      return { id: row.id };
    } catch (e) {
      if (e instanceof DomainError) return { error: { code: e.code, field: e.field, message: e.message } };
      throw e;
    }
  };
}
