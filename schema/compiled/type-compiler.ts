import { GraphQLObjectType, getNamedType } from 'graphql';
import type { ListQuery } from '../../services/store/query/keyset.js';
import type { RowScope } from '../../services/store/query/row-scope.js';
import { joinSql, raw, type Sql, sql } from '../../services/store/query/sql.js';
import { type SelectedField, type SelectionSource, selectedFields } from './selection.js';

/**
 * One object's selected fields over the row `t` as SQL yielding its JSON text, and the columns of
 * `t` it reads. Every compiled piece yields JSON as text: built by concatenation, never parsed or
 * validated again by PostgreSQL, and written compact, as JSON.stringify writes it.
 */
export interface CompiledObject {
  json: Sql;
  columns: readonly string[];
}

/** Compiles one object type's selected fields over the row `t`; null: not compilable. */
export type TypeCompiler = (fields: SelectedField[]) => CompiledObject | null;

/** What every part of one operation's compilation shares. */
export interface CompileContext extends SelectionSource {
  /** The caller's row scope: every table read is filtered by it, as the loaders do. */
  rows: RowScope;
}

/** The JSON text of an SQL value: `to_json` escapes strings and writes numbers, booleans and days; null as null. */
export function jsonScalar(value: Sql): Sql {
  return sql`coalesce(to_json(${value})::text, 'null')`;
}

/** A constant string as JSON text (type names: letters only, nothing to escape). */
export function jsonName(name: string): Sql {
  return raw(`'"${name.replace(/[^A-Za-z_]/g, '')}"'`);
}

/**
 * A JSON object of response keys and values (JSON text each, never SQL null), in order. The keys are
 * written into the SQL text: GraphQL names are letters, digits and underscores, checked again here
 * since aliases come from the client.
 */
export function jsonObject(keys: readonly string[], values: readonly Sql[]): Sql | null {
  if (keys.some((k) => !/^[_A-Za-z][_0-9A-Za-z]*$/.test(k))) return null;
  if (!keys.length) return raw(`'{}'`);
  const members = keys.map((k, i) => sql`${raw(`'${i ? ',' : '{'}"${k}":'`)} || ${values[i] as Sql}`);
  return sql`(${joinSql(members, ' || ')} || '}')`;
}

/** The fields selected under an object-typed field; null for a leaf or what `selectedFields` declines. */
export function subfields(ctx: SelectionSource, field: SelectedField): SelectedField[] | null {
  const type = getNamedType(field.def.type);
  if (!(type instanceof GraphQLObjectType) || !field.node.selectionSet) return null;
  return selectedFields(type, field.node.selectionSet, ctx);
}

/** A field read straight from columns of the row `t`: its value as SQL (a scalar, made JSON by `jsonScalar`). */
export interface ColumnField {
  value: Sql;
  reads: readonly string[];
}

/**
 * The fields every node type has over the row `t`: `__typename`, and `id` as relay/global-id.ts
 * encodes it (base64 of "<type>:<id>").
 */
export function nodeColumns(type: string): Record<'__typename' | 'id', ColumnField> {
  const name = type.replace(/[^A-Za-z]/g, '');
  return {
    __typename: { value: raw(`'${name}'::text`), reads: [] },
    id: { value: raw(`encode(convert_to('${name}:' || t.id, 'UTF8'), 'base64')`), reads: ['id'] },
  };
}

/** An enum's Vietnamese label (what `labelOf` answers: the stored value when it has none). */
export function labelColumn(labels: Readonly<Record<string, string>>, column: string): ColumnField {
  return {
    value: sql`coalesce(${JSON.stringify(labels)}::json ->> t.${raw(column)}, t.${raw(column)})`,
    reads: [column],
  };
}

/**
 * A field built by a nested subquery over `t` (a list, a parent): its JSON text (SQL null when the
 * subquery finds no row: JSON null), and the columns of `t` it binds.
 */
export type RelationField = (
  ctx: CompileContext,
  field: SelectedField,
) => { json: Sql | null; reads: readonly string[] };

/** How one object type's fields compile: its plain columns and its relations; any other field is not compilable. */
export interface ObjectFields {
  columns: Readonly<Record<string, ColumnField>>;
  relations: Readonly<Record<string, RelationField>>;
}

/** One object's selected fields over the row `t`, by its type's table of fields; null when one is not in it. */
export function objectJson(ctx: CompileContext, type: ObjectFields, fields: SelectedField[]): CompiledObject | null {
  const values: Sql[] = [];
  const columns = new Set<string>();
  for (const f of fields) {
    const column = Object.hasOwn(type.columns, f.name) ? type.columns[f.name] : undefined;
    const relation = column || !Object.hasOwn(type.relations, f.name) ? undefined : type.relations[f.name]?.(ctx, f);
    const json = column ? jsonScalar(column.value) : relation?.json && sql`coalesce(${relation.json}, 'null')`;
    if (!json) return null;
    values.push(json);
    for (const c of (column ?? relation)?.reads ?? []) columns.add(c);
  }
  const json = jsonObject(
    fields.map((f) => f.key),
    values,
  );
  return json && { json, columns: [...columns] };
}

/** A list restricted to the caller's rows of `table` (its alias `t`), as the page loader restricts it. */
export function visibleList(ctx: CompileContext, table: string, q: ListQuery): ListQuery {
  const visible = ctx.rows.where(table, 't');
  return visible ? { ...q, where: [...q.where, visible] } : q;
}

/**
 * A to-one reference from the row `t` (its `column` holding the id of a `table` row): the row's
 * JSON if the caller may see it, else null, as the entity loaders answer. `seen` says the caller's
 * right to see `t` implies the right to see the row it names (a position's person: a person is
 * placed where they hold a position), so no placement check is run for it.
 */
export function reference(
  table: string,
  column: string,
  compile: (ctx: CompileContext, fields: SelectedField[]) => CompiledObject | null,
  seen = false,
): RelationField {
  return (ctx, field) => {
    const fields = subfields(ctx, field);
    const node = fields && compile(ctx, fields);
    const visible = (seen ? null : ctx.rows.where(table, 't')) ?? raw('true');
    const json =
      node &&
      sql`(select ${node.json} from (select t.${raw(column)} as id) k join ${raw(table)} t on t.id = k.id where ${visible})`;
    return { json, reads: [column] };
  };
}
