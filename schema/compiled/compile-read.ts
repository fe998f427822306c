import {
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { RowScope } from '../../services/store/query/row-scope.js';
import { raw, type Sql, sql } from '../../services/store/query/sql.js';
import { fromGlobalId } from '../relay/global-id.js';
import { organisationJson, organisationsJson } from './organisation-json.js';
import { peopleJson } from './person-json.js';
import { type SelectedField, selectedFields } from './selection.js';
import { type CompileContext, jsonName, jsonObject, subfields } from './type-compiler.js';

/** `organisation(id | code)`: null when none matches or it lies outside the caller's rows. */
function organisationByKey(ctx: CompileContext, field: SelectedField): Sql | null {
  const { id, code } = field.args as { id?: string | null; code?: string | null };
  if ((id == null) === (code == null)) return null;
  const fields = subfields(ctx, field);
  const node = fields && organisationJson(ctx, fields);
  if (!node) return null;
  const match =
    code != null ? sql`t.code = ${code}` : sql`t.id = ${fromGlobalId(id as string, ['id'], 'Organisation').id}`;
  const visible = ctx.rows.where('organisation', 't') ?? raw('true');
  return sql`coalesce((select ${node.json} from organisation t where ${match} and ${visible}), 'null')`;
}

/** The root fields a read may be compiled for, each to one JSON-building subquery. */
const ROOTS: Record<string, (ctx: CompileContext, field: SelectedField) => Sql | null> = {
  __typename: () => jsonName('Query'),
  organisation: organisationByKey,
  organisations: organisationsJson,
  people: peopleJson,
};

/**
 * The whole answer of a query as ONE SQL statement returning its `data` as JSON, the way
 * PostGraphile answers: no per-row objects, resolvers or loaders. Only reads made entirely of the
 * fields this module knows compile; anything else (another field, a cursor, an argument the
 * resolvers would refuse, variables that do not coerce) returns null and the executor answers as
 * always, errors included. The field policy, limits and cost were checked before, as for any request.
 */
export function compileRead(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: FragmentDefinitionNode[],
  rawVariables: Record<string, unknown>,
  rows: RowScope,
): Sql | null {
  const query = schema.getQueryType();
  if (operation.operation !== 'query' || !query) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return null;
  const ctx: CompileContext = {
    fragments: Object.fromEntries(fragments.map((f) => [f.name.value, f])),
    variables: coerced.coerced,
    rows,
  };
  try {
    const fields = selectedFields(query, operation.selectionSet, ctx);
    if (!fields) return null;
    const values: Sql[] = [];
    for (const f of fields) {
      const value = ROOTS[f.name]?.(ctx, f);
      if (!value) return null;
      values.push(value);
    }
    const data = jsonObject(
      fields.map((f) => f.key),
      values,
    );
    return data && sql`select ${data} as data`;
  } catch {
    // An argument the resolvers refuse (a bad id, a bad date range): they say why.
    return null;
  }
}

/** The fragment definitions of a document, for `compileRead`. */
export function fragmentsOf(definitions: readonly { kind: Kind }[]): FragmentDefinitionNode[] {
  return definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
}
