import { SEX_LABELS } from '../../services/hierarchy/hierarchy.labels.js';
import { personList } from '../../services/hierarchy/person.queries.js';
import { raw, type Sql } from '../../services/store/query/sql.js';
import { PeopleArgs } from '../hierarchy/people.args.js';
import { connectionJson } from './connection-json.js';
import type { SelectedField } from './selection.js';
import {
  type CompileContext,
  type CompiledObject,
  labelColumn,
  nodeColumns,
  type ObjectFields,
  objectJson,
  visibleList,
} from './type-compiler.js';

/** Person's own fields over the row `t` (which of them a caller may select, the field policy decided before). */
const PERSON: ObjectFields = {
  columns: {
    ...nodeColumns('Person'),
    code: { value: raw('t.code'), reads: ['code'] },
    name: { value: raw('t.full_name'), reads: ['full_name'] },
    sex: { value: raw('upper(t.sex)'), reads: ['sex'] },
    sexLabel: labelColumn(SEX_LABELS, 'sex'),
    birthYear: { value: raw('t.birth_year'), reads: ['birth_year'] },
    ethnicity: { value: raw('t.ethnicity'), reads: ['ethnicity'] },
    education: { value: raw('upper(t.education)'), reads: ['education'] },
  },
  relations: {},
};

/** One Person's selected fields as JSON over the row `t`; null when one needs its resolver. */
export function personJson(ctx: CompileContext, fields: SelectedField[]): CompiledObject | null {
  return objectJson(ctx, PERSON, fields);
}

/** `people(…)` at the root: the search over the trigram index, best match first, as the resolver lists it. */
export function peopleJson(ctx: CompileContext, field: SelectedField): Sql | null {
  const q = personList(Object.assign(new PeopleArgs(), field.args).toList());
  return connectionJson(ctx, field, visibleList(ctx, 'person', q), raw('0'), (n) => personJson(ctx, n));
}
