import { getNamedType } from 'graphql';
import { type ListQuery, sortOrder } from '../../services/store/query/keyset.js';
import { joinSql, raw, type Sql, sql } from '../../services/store/query/sql.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../relay/page-args.js';
import type { SelectedField } from './selection.js';
import {
  type CompileContext,
  jsonName,
  jsonObject,
  jsonScalar,
  subfields,
  type TypeCompiler,
} from './type-compiler.js';

/**
 * A connection as one JSON-building subquery over the list `q`: the page's rows built in list order
 * by one index-ordered scan, `totalCount` and `hasNextPage` asked of PostgreSQL only when selected.
 * `key` is the partition's key (the parent's id; any value for a top-level list), bound as `k.key`
 * for the list's partition condition. Null when the page or its selection needs the resolvers:
 * cursors, `after`, a page size they would refuse.
 */
export function connectionJson(
  ctx: CompileContext,
  field: SelectedField,
  q: ListQuery,
  key: Sql,
  node: TypeCompiler,
): Sql | null {
  const { first, after } = field.args as { first?: number | null; after?: string | null };
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (after != null || size < 0 || size > MAX_PAGE_SIZE || q.subtree) return null;
  const fields = subfields(ctx, field);
  if (!fields) return null;
  const conditions = joinSql([q.partition ?? raw('true'), ...q.where], ' and ');
  const order = sortOrder(q);
  const sortColumns = q.order.keys.map((k, i) => sql`${k.expr} as ${raw(`__s${i}`)}`);
  /**
   * The page's rows as a JSON array of `row` (over the row `t`): the page is cut first, so the
   * JSON (and any nested list) is built for the rows returned only.
   */
  const page = (fields: SelectedField[] | null, row: (node: Sql) => Sql | null) => {
    const compiled = fields && node(fields);
    const item = compiled && row(compiled.json);
    if (!item) return null;
    // Only the columns the JSON reads, as the resolvers' page loader does (no `path` array to read).
    const columns = joinSql([...compiled.columns.map((c) => raw(`t."${c}"`)), ...sortColumns], ', ');
    // string_agg, not json_agg: json_agg puts a space and a line break between elements.
    return sql`coalesce((select '[' || string_agg(${item}::text, ',' order by ${sortOrder(q, 't')}) || ']'
      from (select ${columns} from ${q.from} where ${conditions} order by ${order} limit ${size}) t), '[]')::json`;
  };
  const values: Sql[] = [];
  for (const f of fields) {
    let value: Sql | null = null;
    if (f.name === '__typename') value = jsonName(getNamedType(field.def.type).name);
    else if (f.name === 'totalCount')
      value = jsonScalar(sql`(select count(*)::int from ${q.from} where ${conditions})`);
    else if (f.name === 'nodes') value = page(subfields(ctx, f), (json) => json);
    else if (f.name === 'edges') value = page(edgeNodeFields(ctx, f), (json) => edgeJson(ctx, f, json));
    else if (f.name === 'pageInfo') {
      const more = jsonScalar(sql`exists (select from ${q.from} where ${conditions} order by ${order} offset ${size})`);
      value = pageInfoJson(ctx, f, more);
    }
    if (!value) return null;
    values.push(value);
  }
  const object = jsonObject(
    fields.map((f) => f.key),
    values,
  );
  return object && sql`(select ${object} from (select ${key} as key) k)`;
}

/** The node fields under `edges { node { … } }`; null when an edge asks for more than its node and __typename. */
function edgeNodeFields(ctx: CompileContext, edges: SelectedField): SelectedField[] | null {
  const fields = subfields(ctx, edges);
  const node = fields?.find((f) => f.name === 'node');
  return node && fields?.every((f) => f.name === 'node' || f.name === '__typename') ? subfields(ctx, node) : null;
}

function edgeJson(ctx: CompileContext, edges: SelectedField, node: Sql): Sql | null {
  const fields = subfields(ctx, edges);
  if (!fields) return null;
  const typeName = getNamedType(edges.def.type).name;
  return jsonObject(
    fields.map((f) => f.key),
    fields.map((f) => (f.name === 'node' ? node : jsonName(typeName))),
  );
}

/** `pageInfo` of a first page: nothing precedes it; `more` says whether rows follow it. */
function pageInfoJson(ctx: CompileContext, info: SelectedField, more: Sql): Sql | null {
  const fields = subfields(ctx, info);
  if (!fields) return null;
  const values: Sql[] = [];
  for (const f of fields) {
    if (f.name === 'hasNextPage') values.push(more);
    else if (f.name === 'hasPreviousPage') values.push(raw(`'false'`));
    else if (f.name === '__typename') values.push(jsonName('PageInfo'));
    else return null;
  }
  return jsonObject(
    fields.map((f) => f.key),
    values,
  );
}
