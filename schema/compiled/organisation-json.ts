import { todayInVietnam } from '../../services/calendar.js';
import { headOnDay } from '../../services/hierarchy/head-on-day.js';
import { ORGANISATION_KIND_LABELS } from '../../services/hierarchy/hierarchy.labels.js';
import { organisationList } from '../../services/hierarchy/organisation.queries.js';
import { membersOnDay } from '../../services/membership/members-on-day.js';
import { raw, type Sql, sql } from '../../services/store/query/sql.js';
import { DescendantsArgs } from '../hierarchy/descendants.args.js';
import { OrganisationFilterArgs } from '../hierarchy/organisation-filter.args.js';
import { OrganisationsArgs } from '../hierarchy/organisations.args.js';
import { connectionJson } from './connection-json.js';
import { positionJson } from './position-json.js';
import type { SelectedField } from './selection.js';
import {
  type CompileContext,
  type CompiledObject,
  jsonScalar,
  labelColumn,
  nodeColumns,
  type ObjectFields,
  objectJson,
  reference,
  subfields,
  visibleList,
} from './type-compiler.js';

/** A list under the organisation `t`, with the arguments class its resolver takes. */
function listUnder(toList: (args: Record<string, unknown>) => Parameters<typeof organisationList>[0]) {
  return (ctx: CompileContext, f: SelectedField) => ({
    json: connectionJson(ctx, f, visibleList(ctx, 'organisation', organisationList(toList(f.args))), raw('t.id'), (n) =>
      organisationJson(ctx, n),
    ),
    reads: ['id'],
  });
}

/**
 * Organisation's fields over the row `t`, as the resolvers answer them: the global id (base64 of
 * "Organisation:<id>", as relay/global-id.ts encodes it), enum names (the upper-case stored value,
 * as graphql-enum.ts registers them), days as YYYY-MM-DD; its lists and its parent as nested
 * subqueries that bind `t`'s ids before they name their own `t`.
 */
const ORGANISATION: ObjectFields = {
  columns: {
    ...nodeColumns('Organisation'),
    code: { value: raw('t.code'), reads: ['code'] },
    name: { value: raw('t.name'), reads: ['name'] },
    kind: { value: raw('upper(t.kind)'), reads: ['kind'] },
    branch: { value: raw('upper(t.branch)'), reads: ['branch'] },
    hostSector: { value: raw('upper(t.host_sector)'), reads: ['host_sector'] },
    foundedOn: { value: raw('t.founded_on'), reads: ['founded_on'] },
    dissolvedOn: { value: raw('t.dissolved_on'), reads: ['dissolved_on'] },
    depth: { value: raw('t.depth'), reads: ['depth'] },
    kindLabel: labelColumn(ORGANISATION_KIND_LABELS, 'kind'),
  },
  relations: {
    children: listUnder((args) => Object.assign(new OrganisationFilterArgs(), args).toList('children')),
    descendants: listUnder((args) => Object.assign(new DescendantsArgs(), args).toDescendantList()),
    parent: reference('organisation', 'parent_id', (ctx, fields) => organisationJson(ctx, fields)),
    head: (ctx, f) => ({ json: headJson(ctx, f), reads: ['id'] }),
    memberCount: (_, f) => ({ json: jsonScalar(membersOnDay(raw('t.id'), sql`${asOfArg(f)}::date`)), reads: ['id'] }),
  },
};

/** One Organisation's selected fields as JSON over the row `t`; null when one needs its resolver. */
export function organisationJson(ctx: CompileContext, fields: SelectedField[]): CompiledObject | null {
  return objectJson(ctx, ORGANISATION, fields);
}

/** A field's `asOf`, today in Hà Nội when omitted, as its resolver reads it. */
function asOfArg(field: SelectedField): string {
  return (field.args.asOf as string | null | undefined) ?? todayInVietnam();
}

/** The head on the day (see headOnDay), bound to `t`'s id before the position is named `t`. */
function headJson(ctx: CompileContext, field: SelectedField): Sql | null {
  const fields = subfields(ctx, field);
  const node = fields && positionJson(ctx, fields);
  return (
    node &&
    sql`(select ${node.json} from (select t.id as id) k cross join lateral ${headOnDay(raw('k.id'), sql`${asOfArg(field)}::date`)} t)`
  );
}

/** `organisations(…)` at the root: the forest's list with search and `under`. */
export function organisationsJson(ctx: CompileContext, field: SelectedField): Sql | null {
  const q = organisationList(Object.assign(new OrganisationsArgs(), field.args).toSearchList());
  return connectionJson(ctx, field, visibleList(ctx, 'organisation', q), raw('0'), (n) => organisationJson(ctx, n));
}
