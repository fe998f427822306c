/**
 * Levels of the tree a placed fact table carries as flat columns `anc1` … `anc<PLACEMENT_LEVELS>`
 * (the placement's path, root first): a scope at level k is then `anc<k> = id` and its children
 * `anc<k+1>`, a filter and a group on plain integers instead of a join to the ancestor closure.
 * The party tree is five levels deep (city, district, grassroots, partial committee, cell);
 * deeper scopes are measured through the closure.
 */
export const PLACEMENT_LEVELS = 6;

/**
 * Levels member_end and member_change_year carry: the root scope and its children, where a stock
 * would read every spell (deeper scopes read their own rows of member_spell).
 */
export const SUMMED_LEVELS = 2;

/** The column holding the ancestor at `level` (1 = the root). */
export const ancestorColumn = (level: number) => `anc${level}`;

/** The ancestor columns of the top `levels` levels, root first, as a column list. */
export const ancestorColumns = (levels: number) =>
  Array.from({ length: levels }, (_, i) => ancestorColumn(i + 1)).join(', ');
