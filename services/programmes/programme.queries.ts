import type { ListQuery } from '../store/query/keyset.js';
import { raw, sql } from '../store/query/sql.js';

export interface ProgrammeListArgs {
  /** Programmes whose term covers this year. */
  year?: number;
}

/** Work programmes by code (01-CTr/TU, 02-CTr/TU, ...). */
export function programmeList(a: ProgrammeListArgs): ListQuery {
  return {
    from: raw('programme t'),
    where: a.year !== undefined ? [sql`${a.year}::int between t.term_start and t.term_end`] : [],
    order: {
      name: 'code',
      keys: [
        { expr: raw('t.code'), type: 'text' },
        { expr: raw('t.id'), type: 'int' },
      ],
    },
  };
}
