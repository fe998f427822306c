import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditTrail } from '../access/audit-trail.js';
import { type Caller, callerCan } from '../access/caller.js';
import type { Permission } from '../access/roles.js';
import { todayInVietnam } from '../calendar.js';
import { DomainError } from '../errors.js';
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
  /** What the caller's role must allow before anything is read or written. */
  protected readonly permission: Permission = 'write';

  constructor(protected readonly writeScope: WriteScope) {}

  /**
   * Runs one mutation as one transaction: everything `work` writes, and its audit line, is committed
   * together or, on any refusal, nothing is; database refusals come out as documented domain codes.
   */
  protected async write<T>(work: (unit: WriteUnit) => Promise<T>): Promise<T> {
    const { em, caller, onCommitted, audit } = this.writeScope;
    if (!callerCan(caller, this.permission)) {
      throw new DomainError(
        'FORBIDDEN',
        `Your role (${caller.role}) may not ${this.permission === 'admin' ? 'administer keys' : 'write records'}.`,
      );
    }
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
