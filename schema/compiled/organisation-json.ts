import { ORGANISATION_KIND_LABELS } from '../../services/hierarchy/hierarchy.labels.js';
import { organisationList } from '../../services/hierarchy/organisation.queries.js';
import type { ListQuery } from '../../services/store/query/keyset.js';
import { raw, type Sql, sql } from '../../services/store/query/sql.js';
import { DescendantsArgs } from '../hierarchy/descendants.args.js';
import { OrganisationFilterArgs } from '../hierarchy/organisation-filter.args.js';
import { OrganisationsArgs } from '../hierarchy/organisations.args.js';
import { connectionJson } from './connection-json.js';
import type { SelectedField } from './selection.js';
import { type CompileContext, type CompiledObject, jsonObject, subfields } from './type-compiler.js';

const LABELS = JSON.stringify(ORGANISATION_KIND_LABELS);

/**
 * The plain fields of Organisation over the row `t`, as the resolvers answer them: the global id
 * (base64 of "Organisation:<id>", as relay/global-id.ts encodes it), enum names (the upper-case
 * stored value, as graphql-enum.ts registers them), days as YYYY-MM-DD.
 */
const COLUMNS: Record<string, { json: Sql; reads: string[] }> = {
  __typename: { json: raw(`'Organisation'::text`), reads: [] },
  id: { json: raw(`encode(convert_to('Organisation:' || t.id, 'UTF8'), 'base64')`), reads: ['id'] },
  code: { json: raw('t.code'), reads: ['code'] },
  name: { json: raw('t.name'), reads: ['name'] },
  kind: { json: raw('upper(t.kind)'), reads: ['kind'] },
  branch: { json: raw('upper(t.branch)'), reads: ['branch'] },
  hostSector: { json: raw('upper(t.host_sector)'), reads: ['host_sector'] },
  foundedOn: { json: raw('t.founded_on'), reads: ['founded_on'] },
  dissolvedOn: { json: raw('t.dissolved_on'), reads: ['dissolved_on'] },
  depth: { json: raw('t.depth'), reads: ['depth'] },
  kindLabel: { json: sql`coalesce(${LABELS}::json ->> t.kind, t.kind)`, reads: ['kind'] },
};

/** The lists under an organisation, each with the arguments class its resolver takes. */
const LISTS: Record<string, (args: Record<string, unknown>) => ReturnType<typeof organisationList>> = {
  children: (args) => organisationList(Object.assign(new OrganisationFilterArgs(), args).toList('children')),
  descendants: (args) => organisationList(Object.assign(new DescendantsArgs(), args).toDescendantList()),
};

/** A list of organisations restricted to the caller's rows, as the page loader restricts it. */
export function visibleList(ctx: CompileContext, q: ListQuery): ListQuery {
  const visible = ctx.rows.where('organisation', 't');
  return visible ? { ...q, where: [...q.where, visible] } : q;
}

/**
 * One Organisation's selected fields as JSON over the row `t`; its lists and its parent become
 * nested subqueries that bind `t`'s ids before they name their own `t`. Null when a field needs its
 * resolver (head, positions, analytics …).
 */
export function organisationJson(ctx: CompileContext, fields: SelectedField[]): CompiledObject | null {
  const values: Sql[] = [];
  const columns = new Set<string>();
  for (const f of fields) {
    const column = COLUMNS[f.name];
    const list = LISTS[f.name];
    let value: Sql | null = null;
    if (column) {
      value = column.json;
      for (const c of column.reads) columns.add(c);
    } else if (list) {
      value = connectionJson(ctx, f, visibleList(ctx, list(f.args)), raw('t.id'), (n) => organisationJson(ctx, n));
      columns.add('id');
    } else if (f.name === 'parent') {
      value = parentJson(ctx, f);
      columns.add('parent_id');
    }
    if (!value) return null;
    values.push(value);
  }
  const json = jsonObject(
    fields.map((f) => f.key),
    values,
  );
  return json && { json, columns: [...columns] };
}

function parentJson(ctx: CompileContext, field: SelectedField): Sql | null {
  const fields = subfields(ctx, field);
  const node = fields && organisationJson(ctx, fields);
  if (!node) return null;
  const visible = ctx.rows.where('organisation', 't');
  return sql`(select ${node.json} from (select t.parent_id as id) k join organisation t on t.id = k.id
    where ${visible ?? raw('true')})`;
}

/** `organisations(…)` at the root: the forest's list with search and `under`. */
export function organisationsJson(ctx: CompileContext, field: SelectedField): Sql | null {
  const q = organisationList(Object.assign(new OrganisationsArgs(), field.args).toSearchList());
  return connectionJson(ctx, field, visibleList(ctx, q), raw('0'), (n) => organisationJson(ctx, n));
}
