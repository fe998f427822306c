import type { EntityClass } from '@mikro-orm/core';
import { ExportRun } from '../../services/exports/export-run.entity.js';
import { ExportSchedule } from '../../services/exports/export-schedule.entity.js';
import { AdministrativeUnit } from '../../services/hierarchy/administrative-unit.entity.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Person } from '../../services/hierarchy/person.entity.js';
import { Position } from '../../services/hierarchy/position.entity.js';
import { Member } from '../../services/membership/member.entity.js';
import { MembershipEvent } from '../../services/membership/membership-event.entity.js';
import { Consolidation } from '../../services/oversight/consolidation.entity.js';
import { Designation } from '../../services/oversight/designation.entity.js';
import { DisciplinaryAction } from '../../services/oversight/disciplinary-action.entity.js';
import { Inspection } from '../../services/oversight/inspection.entity.js';
import { InspectionTeam } from '../../services/oversight/inspection-team.entity.js';
import { Supervision } from '../../services/oversight/supervision.entity.js';
import { Document } from '../../services/programmes/document.entity.js';
import { IndexScore } from '../../services/programmes/index-score.entity.js';
import { Meeting } from '../../services/programmes/meeting.entity.js';
import { MeetingParticipant } from '../../services/programmes/meeting-participant.entity.js';
import { Programme } from '../../services/programmes/programme.entity.js';
import { ProgrammeItem } from '../../services/programmes/programme-item.entity.js';
import { ProgrammeItemStatus } from '../../services/programmes/programme-item-status.entity.js';
import { Target } from '../../services/programmes/target.entity.js';

/**
 * Every entity reachable by `node(id)`, under its GraphQL type name (which global ids carry).
 * The GraphQL object types use exactly these names.
 */
export const nodeTypes = new Map<string, EntityClass<{ id: number }>>([
  ['AdministrativeUnit', AdministrativeUnit],
  ['Organisation', Organisation],
  ['Person', Person],
  ['Position', Position],
  ['Member', Member],
  ['MembershipEvent', MembershipEvent],
  ['Inspection', Inspection],
  ['Supervision', Supervision],
  ['DisciplinaryAction', DisciplinaryAction],
  ['Designation', Designation],
  ['Consolidation', Consolidation],
  ['InspectionTeam', InspectionTeam],
  ['Programme', Programme],
  ['ProgrammeItem', ProgrammeItem],
  ['ProgrammeItemStatus', ProgrammeItemStatus],
  ['Target', Target],
  ['Meeting', Meeting],
  ['MeetingParticipant', MeetingParticipant],
  ['Document', Document],
  ['IndexScore', IndexScore],
  ['ExportSchedule', ExportSchedule],
  ['ExportRun', ExportRun],
]);
