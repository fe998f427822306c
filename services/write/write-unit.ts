import type { EntityClass, FilterQuery, LockMode, RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../access/caller.js';
import { rowScopeOf } from '../access/row-visibility.js';
import { VoidableEntity } from '../corrections/voidable.entity.js';
import { DomainError } from '../errors.js';
import type { Organisation } from '../hierarchy/organisation.entity.js';
import type { BaseEntity } from '../store/base.entity.js';
import type { FieldPath } from './parse-input.js';

type NewRow<T> = Omit<RequiredEntityData<T>, keyof BaseEntity>;

/**
 * One mutation's transaction: its EntityManager, who is writing and the day it is in Hà Nội,
 * with the lookups, scope check and date rules every write service shares.
 */
export class WriteUnit {
  constructor(
    readonly em: EntityManager,
    readonly caller: Caller,
    readonly today: string,
  ) {}

  /**
   * The row with this id, optionally locked until commit: NOT_FOUND naming the input field when there
   * is none, FORBIDDEN when it lies outside the caller's scope (every record a mutation names, its
   * subject and acting committee alike, must lie in scope); RECORD_VOIDED when it was voided.
   */
  async find<T extends BaseEntity>(entity: EntityClass<T>, id: number, field: FieldPath, lock?: LockMode): Promise<T> {
    // A locked read also refreshes a copy the request may hold, so the rules see the committed row.
    const row = await this.em.findOne(entity, { id } as FilterQuery<T>, lock ? { lockMode: lock, refresh: true } : {});
    if (!row) throw new DomainError('NOT_FOUND', `No ${describe(entity)} has this id.`, field);
    await this.requireInScope(entity, id, field);
    const record: object = row;
    if (record instanceof VoidableEntity && record.voidedAt) {
      throw new DomainError(
        'RECORD_VOIDED',
        `This ${describe(entity)} was voided (${record.voidReason}); name its replacement.`,
        field,
      );
    }
    return row;
  }

  /** FORBIDDEN unless the row lies in the caller's scope (for rows a service finds by other means). */
  async requireInScope(entity: EntityClass<unknown>, id: number, field: FieldPath): Promise<void> {
    const table = this.em.getMetadata().get(entity.name).tableName;
    const visible = rowScopeOf(this.caller.scope).where(table, 't');
    if (!visible) return;
    const [row] = await this.em
      .getConnection()
      .execute<{ v: boolean }[]>(
        `select ${visible.text} as v from "${table}" t where t.id = ?`,
        [...visible.values, id],
        'all',
        this.em.getTransactionContext(),
      );
    if (!row?.v) {
      throw new DomainError(
        'FORBIDDEN',
        `This ${describe(entity)} lies outside your scope (${this.caller.scope.code}).`,
        field,
      );
    }
  }

  /** A new row written by the caller; the audit columns are filled here, never by the service. */
  create<T extends BaseEntity>(entity: EntityClass<T>, data: NewRow<T>): T {
    const audit = { createdBy: this.caller.id, updatedBy: this.caller.id };
    return this.em.create(entity, { ...data, ...audit } as RequiredEntityData<T>);
  }

  /** Marks a changed row as last written by the caller (updated_at moves on flush). */
  touch(row: BaseEntity): void {
    row.updatedBy = this.caller.id;
  }

  notInFuture(day: string, field: FieldPath): void {
    if (day > this.today) {
      throw new DomainError('DATE_IN_FUTURE', `${day} is after today (${this.today} in Hà Nội).`, field);
    }
  }

  /** DATE_BEFORE_SUBJECT unless `day` is on or after `start`, when `what` began to exist. */
  notBefore(day: string, start: string, field: FieldPath, what: string): void {
    if (day < start) {
      throw new DomainError('DATE_BEFORE_SUBJECT', `${day} is before ${what} (${start}).`, field);
    }
  }

  /** The organisation existed on `day`: founded on or before it and not dissolved by then. */
  activeOn(org: Pick<Organisation, 'name' | 'foundedOn' | 'dissolvedOn'>, day: string, field: FieldPath): void {
    this.notBefore(day, org.foundedOn, field, `${org.name} was founded`);
    if (org.dissolvedOn && org.dissolvedOn <= day) {
      throw new DomainError('ORGANISATION_DISSOLVED', `${org.name} was dissolved on ${org.dissolvedOn}.`, field);
    }
  }
}

function describe(entity: EntityClass<unknown>): string {
  return entity.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
