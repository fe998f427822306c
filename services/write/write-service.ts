import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditTrail } from '../access/audit-trail.js';
import type { Caller } from '../access/caller.js';
import { todayInVietnam } from '../calendar.js';
import { translateDatabaseError } from './database-error.js';
import { WriteUnit } from './write-unit.js';

/** What a write needs from its request; the GraphQL context has this shape, so resolvers pass it as is. */
export interface WriteScope {
  em: EntityManager;
  caller: Caller;
  /** Told after each commit, so derived stores (the analytics replica) can catch up. */
  onCommitted?: () => void;
  /** The audit line of the operation, written inside the transaction of its write. */
  audit?: AuditTrail;
}

/** What every write service is built from: the request's EntityManager and the caller it writes for. */
export abstract class WriteService {
  constructor(private readonly scope: WriteScope) {}

  /**
   * Runs one mutation as one transaction: everything `work` writes, and its audit line, is committed
   * together or, on any refusal, nothing is; database refusals come out as documented domain codes.
   */
  protected async write<T>(work: (unit: WriteUnit) => Promise<T>): Promise<T> {
    const { em, caller, onCommitted, audit } = this.scope;
    const today = todayInVietnam();
    let result: T;
    try {
      result = await em.transactional(async (tx) => {
        const done = await work(new WriteUnit(tx, caller, today));
        if (audit) {
          // Flushed first so the audit line can name the id of what was created.
          await tx.flush();
          audit.withinWrite(tx, done);
        }
        return done;
      });
    } catch (error) {
      throw translateDatabaseError(error);
    }
    onCommitted?.();
    return result;
  }
}
