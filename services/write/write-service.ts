import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../caller.js';
import { todayInVietnam } from './calendar.js';
import { translateDatabaseError } from './database-error.js';
import { WriteUnit } from './write-unit.js';

/** What every write service is built from: the request's EntityManager and the caller it writes for. */
export abstract class WriteService {
  constructor(
    protected readonly em: EntityManager,
    protected readonly caller: Caller,
  ) {}

  /**
   * Runs one mutation as one transaction: everything `work` writes is committed together or, on
   * any refusal, nothing is; database refusals come out as documented domain codes.
   */
  protected async write<T>(work: (unit: WriteUnit) => Promise<T>): Promise<T> {
    const today = todayInVietnam();
    try {
      return await this.em.transactional((tx) => work(new WriteUnit(tx, this.caller, today)));
    } catch (error) {
      throw translateDatabaseError(error);
    }
  }
}
