import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../errors.js';
import { entityClassOf } from '../store/query/map-row.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { Caller } from './caller.js';
import { redactPersonal } from './personal-data.js';

/** Where a request came from, as the audit log records it. */
export interface RequestOrigin {
  address: string | null;
  requestId: string | null;
}

/**
 * The audit line of one operation. A write records it inside its own transaction (`withinWrite`), so
 * the line commits or rolls back with the change; anything else, and every refusal, records it on
 * its own (`record`). It is written once.
 */
export class AuditTrail {
  private written = false;

  constructor(
    private readonly caller: Caller,
    private readonly origin: RequestOrigin,
    readonly kind: 'mutation' | 'export' | 'download' | 'key',
    readonly operation: string,
    private readonly input: unknown,
  ) {}

  /** In the writing transaction's EntityManager: flushed with the write. */
  withinWrite(tx: EntityManager, result: unknown): void {
    if (this.written) return;
    this.written = true;
    tx.persist(tx.create(AuditEntry, this.entry('ok', targetOf(result))));
  }

  /** On its own, for an operation that wrote nothing through a write transaction or was refused. */
  async record(em: EntityManager, outcome: unknown, target?: unknown): Promise<void> {
    if (this.written) return;
    this.written = true;
    await em.fork().insert(AuditEntry, this.entry(outcomeOf(outcome), targetOf(target)));
  }

  private entry(outcome: string, target: string | undefined) {
    return {
      subject: this.caller.id,
      role: this.caller.role,
      scope: this.caller.scope.code,
      address: this.origin.address ?? undefined,
      requestId: this.origin.requestId ?? undefined,
      kind: this.kind,
      operation: this.operation,
      input: redactPersonal(this.input),
      outcome,
      target,
    };
  }
}

/** "ok", or the code of the refusal ("INTERNAL" for what is not a domain refusal). */
function outcomeOf(outcome: unknown): string {
  if (outcome === 'ok') return 'ok';
  if (outcome instanceof DomainError) return outcome.code;
  const code = (outcome as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL';
}

/** A written record as "Type:id" (e.g. "Member:812"), or a text target as given. */
function targetOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'id' in value) {
    return `${entityClassOf(value).name}:${String((value as { id: unknown }).id)}`;
  }
  return undefined;
}
