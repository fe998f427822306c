import { pgArray, sql } from './sql.js';

/** A key for answers that depend on a day; `asOf: null` means "over all time". */
export interface AsOfKey {
  id: number;
  asOf: string | null;
}

export const asOfKeyText = (k: AsOfKey) => `${k.id}|${k.asOf ?? ''}`;

/** `k(id, as_of)` rows for a whole batch of keys, and the "__key" text matching `asOfKeyText`. */
export function asOfKeys(keys: readonly AsOfKey[]) {
  return {
    from: sql`unnest(${pgArray(keys.map((k) => k.id))}::int[], ${pgArray(keys.map((k) => k.asOf))}::date[]) as k(id, as_of)`,
    key: sql`k.id::text || '|' || coalesce(k.as_of::text, '')`,
  };
}
