import { ApiKey } from '../access/api-key.entity.js';
import { AuditEntry } from '../access/audit-entry.entity.js';
import { VoidableEntity } from '../corrections/voidable.entity.js';
import { ExportOutput } from '../exports/export-output.entity.js';
import { ExportRun } from '../exports/export-run.entity.js';
import { ExportSchedule } from '../exports/export-schedule.entity.js';
import { AdministrativeUnit } from '../hierarchy/administrative-unit.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Person } from '../hierarchy/person.entity.js';
import { Position } from '../hierarchy/position.entity.js';
import { IntakeBatch } from '../intake/intake-batch.entity.js';
import { IntakeRow } from '../intake/intake-row.entity.js';
import { IntakeUpload } from '../intake/intake-upload.entity.js';
import { Member } from '../membership/member.entity.js';
import { MembershipEvent } from '../membership/membership-event.entity.js';
import { Consolidation } from '../oversight/consolidation.entity.js';
import { Designation } from '../oversight/designation.entity.js';
import { DisciplinaryAction } from '../oversight/disciplinary-action.entity.js';
import { Inspection } from '../oversight/inspection.entity.js';
import { InspectionTeam } from '../oversight/inspection-team.entity.js';
import { InspectionTeamMember } from '../oversight/inspection-team-member.entity.js';
import { OversightRecord } from '../oversight/oversight-record.entity.js';
import { Supervision } from '../oversight/supervision.entity.js';
import { Document } from '../programmes/document.entity.js';
import { IndexScore } from '../programmes/index-score.entity.js';
import { Meeting } from '../programmes/meeting.entity.js';
import { MeetingParticipant } from '../programmes/meeting-participant.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { ProgrammeItem } from '../programmes/programme-item.entity.js';
import { ProgrammeItemStatus } from '../programmes/programme-item-status.entity.js';
import { Target } from '../programmes/target.entity.js';
import { BaseEntity } from './base.entity.js';

/**
 * The entities the API serves as Relay nodes (`node(id)`), each under its class name as GraphQL
 * type name (schema/relay/node-types.ts derives from this list).
 */
export const nodeEntities = [
  AdministrativeUnit,
  Organisation,
  Person,
  Position,
  Member,
  MembershipEvent,
  InspectionTeam,
  InspectionTeamMember,
  Inspection,
  Supervision,
  DisciplinaryAction,
  Designation,
  Consolidation,
  Document,
  Programme,
  ProgrammeItem,
  ProgrammeItemStatus,
  Target,
  Meeting,
  MeetingParticipant,
  IndexScore,
  ExportSchedule,
  ExportRun,
];

/**
 * Every entity of the system of record, listed explicitly so no file scanning happens at start-up:
 * the abstract bases (MikroORM must see them), the node entities, and after them any entity the
 * API does not serve as a node. test/store/registries.test.ts fails when an entity file is missing.
 */
export const entities = [
  BaseEntity,
  VoidableEntity,
  OversightRecord,
  ExportOutput,
  ...nodeEntities,
  ApiKey,
  AuditEntry,
  IntakeUpload,
  IntakeBatch,
  IntakeRow,
];
