import { LockMode } from '@mikro-orm/core';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { CELL_KINDS } from '../hierarchy/organisation-kinds.js';
import type { FieldPath } from '../write/parse-input.js';
import type { WriteUnit } from '../write/write-unit.js';

/** What the cell rules read of a cell: the mutations pass the entity, bulk intake its directory entry. */
export type CellOnRecord = Pick<Organisation, 'name' | 'kind' | 'foundedOn' | 'dissolvedOn'>;

/** NOT_A_CELL unless `cell` is a chi bộ, and it must exist on `day`: where a member may join. */
export function requireOpenCell(w: WriteUnit, cell: CellOnRecord, day: string, field: FieldPath): void {
  if (!CELL_KINDS.includes(cell.kind)) {
    throw new DomainError('NOT_A_CELL', `${cell.name} is not a party cell (chi bộ).`, field);
  }
  w.activeOn(cell, day, field);
}

/**
 * The chi bộ a member joins on `day` (by admission or by transfer), share-locked so it cannot be
 * dissolved meanwhile.
 */
export async function openCell(w: WriteUnit, id: number, day: string, field: FieldPath): Promise<Organisation> {
  const cell = await w.find(Organisation, id, field, LockMode.PESSIMISTIC_READ);
  requireOpenCell(w, cell, day, field);
  return cell;
}
