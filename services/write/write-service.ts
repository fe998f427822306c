import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInVietnam } from '../calendar.js';
import type { Caller } from '../caller.js';
import { translateDatabaseError } from './database-error.js';
import { WriteUnit } from './write-unit.js';

/** What a write needs from its request; the GraphQL context has this shape, so resolvers pass it as is. */
export interface WriteScope {
  em: EntityManager;
  caller: Caller;
  /** Told after each commit, so derived stores (the analytics replica) can catch up. */
  onCommitted?: () => void;
}

/** What every write service is built from: the request's EntityManager and the caller it writes for. */
export abstract class WriteService {
  constructor(private readonly scope: WriteScope) {}

  /**
   * Runs one mutation as one transaction: everything `work` writes is committed together or, on
   * any refusal, nothing is; database refusals come out as documented domain codes.
   */
  protected async write<T>(work: (unit: WriteUnit) => Promise<T>): Promise<T> {
    const { em, caller, onCommitted } = this.scope;
    const today = todayInVietnam();
    let result: T;
    try {
      result = await em.transactional((tx) => work(new WriteUnit(tx, caller, today)));
    } catch (error) {
      throw translateDatabaseError(error);
    }
    onCommitted?.();
    return result;
  }
}
