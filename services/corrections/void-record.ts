import { LockMode } from '@mikro-orm/core';
import { DomainError } from '../errors.js';
import { nodeEntities } from '../store/entities.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';
import type { VoidableEntity } from './voidable.entity.js';
import { VOIDABLE_KINDS, type VoidableKind } from './voidable-kinds.js';

/** A record named by its kind (the node type name its global id carries) and its id. */
export interface RecordRef {
  kind: string;
  id: number;
}

const NODE_KINDS = new Set(nodeEntities.map((e) => e.name));

/** The voidable kind of a reference: INVALID_ID for no kind the API has, NOT_VOIDABLE for one not corrected by voiding. */
export function voidableKind(ref: RecordRef, field: FieldPath): VoidableKind {
  const kind = VOIDABLE_KINDS[ref.kind];
  if (kind) return kind;
  if (!NODE_KINDS.has(ref.kind)) throw new DomainError('INVALID_ID', `No record kind is called ${ref.kind}.`, field);
  throw new DomainError('NOT_VOIDABLE', `A ${ref.kind} is not corrected by voiding.`, field);
}

/** What a create mutation writes: a node type and, for one whose rows several mutations write (MembershipEvent), which of them. */
export interface WrittenKind {
  type: string;
  subkind?: string;
}

/**
 * Voids a record inside the caller's transaction: it and its parts get when, by whom and why; nothing
 * is deleted. Refused when it lies outside the caller's scope, is of another subkind than `subkind`
 * (when given), is voided already, or live later records depend on it (HAS_DEPENDANTS, listing them).
 * Flushed, so a replacement may take its place.
 */
export async function voidRecord(
  w: WriteUnit,
  ref: RecordRef,
  reason: string,
  field: FieldPath,
  subkind?: string,
): Promise<VoidableEntity> {
  const kind = voidableKind(ref, field);
  const row = await w.em.findOne(kind.entity, { id: ref.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  if (!row) throw new DomainError('NOT_FOUND', `No ${ref.kind} has this id.`, field);
  if (kind.placement === 'tree') await w.requireInScope(kind.entity, ref.id, field);
  else if (w.caller.scope.organisationId !== null) {
    throw new DomainError('FORBIDDEN', `A ${ref.kind} is reference data: only whole-forest editors void it.`, field);
  }
  // After the scope check, so the subkind of a record outside the caller's scope is not told.
  const rowSubkind = kind.subkind?.(row);
  if (subkind !== undefined && rowSubkind !== subkind) {
    throw new DomainError(
      'NOT_THE_SAME_KIND',
      `corrects names a ${ref.kind} of kind ${rowSubkind}; this one can only correct a ${ref.kind} of kind ${subkind}.`,
      field,
    );
  }
  if (row.voidedAt) {
    throw new DomainError(
      'ALREADY_VOIDED',
      `This ${ref.kind} was voided on ${row.voidedAt.toISOString()} by ${row.voidedBy}: ${row.voidReason}`,
      field,
    );
  }
  const refusal = kind.refusal?.(row);
  if (refusal) throw new DomainError('NOT_VOIDABLE', refusal, field);
  const parts = (await kind.parts?.(w, row)) ?? [];
  const dependants = await dependantsOf(w, kind, ref.id);
  if (dependants.length) {
    throw new DomainError(
      'HAS_DEPENDANTS',
      `Later records depend on this ${ref.kind} (${dependants.map((d) => `${d.kind} ${d.id}`).join(', ')}): void them first.`,
      field,
      { dependants },
    );
  }
  const voided = [row, ...parts];
  for (const record of voided) {
    record.voidedAt = new Date();
    record.voidedBy = w.caller.id;
    record.voidReason = reason;
    w.touch(record);
  }
  await kind.afterVoid?.(w, voided);
  await w.em.flush();
  return row;
}

/** The live records that depend on one, read inside the write's transaction. */
async function dependantsOf(w: WriteUnit, kind: VoidableKind, id: number): Promise<RecordRef[]> {
  if (!kind.dependants) return [];
  const query = kind.dependants(id);
  const rows = await w.em
    .getConnection()
    .execute<RecordRef[]>(query.text, query.values, 'all', w.em.getTransactionContext());
  return rows.map((d) => ({ kind: d.kind, id: Number(d.id) }));
}

/**
 * The record a create mutation's `corrects` names, voided so the new record can replace it:
 * NOT_THE_SAME_KIND unless it is of the kind being written (its node type, and its subkind when given).
 */
export async function voidCorrected<T extends VoidableEntity>(
  w: WriteUnit,
  written: WrittenKind,
  corrects: RecordRef | undefined,
  reason: string,
  field: FieldPath,
): Promise<T | undefined> {
  if (!corrects) return undefined;
  if (corrects.kind !== written.type) {
    voidableKind(corrects, field);
    const what = written.subkind ? `${written.type} of kind ${written.subkind}` : written.type;
    throw new DomainError(
      'NOT_THE_SAME_KIND',
      `corrects names a ${corrects.kind}; a ${what} can only correct a ${what}.`,
      field,
    );
  }
  return (await voidRecord(w, corrects, reason, field, written.subkind)) as T;
}
