import { POSITION_ROLE_LABELS } from '../../services/hierarchy/hierarchy.labels.js';
import { raw } from '../../services/store/query/sql.js';
import { personJson } from './person-json.js';
import type { SelectedField } from './selection.js';
import {
  type CompileContext,
  type CompiledObject,
  labelColumn,
  nodeColumns,
  type ObjectFields,
  objectJson,
  reference,
} from './type-compiler.js';

/** Position's fields over the row `t`; its person as a subquery bound to `t`'s person_id. */
const POSITION: ObjectFields = {
  columns: {
    ...nodeColumns('Position'),
    title: { value: raw('t.title'), reads: ['title'] },
    role: { value: raw('upper(t.role)'), reads: ['role'] },
    roleLabel: labelColumn(POSITION_ROLE_LABELS, 'role'),
    from: { value: raw('t.started_on'), reads: ['started_on'] },
    to: { value: raw('t.ended_on'), reads: ['ended_on'] },
  },
  relations: {
    // Seen with its position: services/access/row-visibility.ts places a person where they hold one.
    person: reference('person', 'person_id', personJson, true),
  },
};

/** One Position's selected fields as JSON over the row `t`; null when one needs its resolver. */
export function positionJson(ctx: CompileContext, fields: SelectedField[]): CompiledObject | null {
  return objectJson(ctx, POSITION, fields);
}
