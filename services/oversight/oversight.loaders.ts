import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '../programmes/document.entity.js';
import { groupLoader } from '../store/query/group-loader.js';
import { pageLoader } from '../store/query/keyset.js';
import type { RowScope } from '../store/query/row-scope.js';
import { pgArray, sql } from '../store/query/sql.js';
import { Consolidation } from './consolidation.entity.js';
import { consolidationList } from './consolidation.queries.js';
import { Designation } from './designation.entity.js';
import { designationList } from './designation.queries.js';
import { DisciplinaryAction } from './disciplinary-action.entity.js';
import { Inspection } from './inspection.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { inspectionTeamList } from './inspection-team.queries.js';
import { InspectionTeamMember } from './inspection-team-member.entity.js';
import { type OversightListArgs, oversightList } from './oversight-record.queries.js';
import { Supervision } from './supervision.entity.js';

/** Per-request loaders of inspections, supervisions, discipline, designations and consolidations. */
export function createOversightLoaders(em: EntityManager, rows: RowScope) {
  return {
    inspections: pageLoader(em, rows, Inspection, (a: OversightListArgs) =>
      oversightList('inspection', 'type', 'occurred_on', a),
    ),
    supervisions: pageLoader(em, rows, Supervision, (a: OversightListArgs) =>
      oversightList('supervision', 'type', 'occurred_on', a),
    ),
    disciplinaryActions: pageLoader(em, rows, DisciplinaryAction, (a: OversightListArgs) =>
      oversightList('disciplinary_action', 'form', 'decided_on', a),
    ),
    designations: pageLoader(em, rows, Designation, designationList),
    consolidations: pageLoader(em, rows, Consolidation, consolidationList),
    teams: pageLoader(em, rows, InspectionTeam, inspectionTeamList),
    consolidationOf: groupLoader(
      em,
      rows,
      Consolidation,
      String,
      (ids, visible) => sql`select t.designation_id::text as "__key", t.* from consolidation t
        where t.designation_id = any(${pgArray(ids)}::int[]) and ${visible}`,
    ),
    documentsOfTeam: groupLoader(
      em,
      rows,
      Document,
      String,
      (ids, visible) => sql`select l.inspection_team_id::text as "__key", t.* from inspection_team_document l
        join document t on t.id = l.document_id
        where l.inspection_team_id = any(${pgArray(ids)}::int[]) and ${visible} order by l.inspection_team_id, t.issued_on, t.id`,
    ),
    membersOfTeam: groupLoader(
      em,
      rows,
      InspectionTeamMember,
      String,
      (ids, visible) => sql`select t.team_id::text as "__key", t.* from inspection_team_member t
        where t.team_id = any(${pgArray(ids)}::int[]) and ${visible} order by t.team_id, t.sort_order, t.id`,
    ),
  };
}

export type OversightLoaders = ReturnType<typeof createOversightLoaders>;
