import { POSITION_ROLE_LABELS } from '../../services/hierarchy/hierarchy.labels.js';
import { raw, type Sql, sql } from '../../services/store/query/sql.js';
import { personJson } from './person-json.js';
import type { SelectedField } from './selection.js';
import {
  type CompileContext,
  type CompiledObject,
  labelColumn,
  type ObjectFields,
  objectJson,
  subfields,
} from './type-compiler.js';

/** Position's fields over the row `t`; its person as a subquery bound to `t`'s person_id. */
const POSITION: ObjectFields = {
  columns: {
    __typename: { json: raw(`'Position'::text`), reads: [] },
    id: { json: raw(`encode(convert_to('Position:' || t.id, 'UTF8'), 'base64')`), reads: ['id'] },
    title: { json: raw('t.title'), reads: ['title'] },
    role: { json: raw('upper(t.role)'), reads: ['role'] },
    roleLabel: labelColumn(POSITION_ROLE_LABELS, 'role'),
    from: { json: raw('t.started_on'), reads: ['started_on'] },
    to: { json: raw('t.ended_on'), reads: ['ended_on'] },
  },
  relations: {
    person: (ctx, f) => ({ json: personOf(ctx, f), reads: ['person_id'] }),
  },
};

/** One Position's selected fields as JSON over the row `t`; null when one needs its resolver. */
export function positionJson(ctx: CompileContext, fields: SelectedField[]): CompiledObject | null {
  return objectJson(ctx, POSITION, fields);
}

/** The position's person, if the caller may see that person (as the entity loader answers). */
function personOf(ctx: CompileContext, field: SelectedField): Sql | null {
  const fields = subfields(ctx, field);
  const node = fields && personJson(ctx, fields);
  if (!node) return null;
  const visible = ctx.rows.where('person', 't') ?? raw('true');
  return sql`(select ${node.json} from (select t.person_id as id) k join person t on t.id = k.id where ${visible})`;
}
