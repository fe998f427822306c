import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Person } from '../hierarchy/person.entity.js';
import { BaseEntity } from '../store/base.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';

/** Trưởng đoàn, phó trưởng đoàn, thành viên. */
export const TEAM_ROLES = ['head', 'deputy', 'member'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** A person on an inspection team, with the role and title under which they serve on it. */
@Entity({ tableName: 'inspection_team_member' })
@Unique({ properties: ['team', 'person'] })
export class InspectionTeamMember extends BaseEntity {
  @ManyToOne(() => InspectionTeam, { deleteRule: 'cascade' })
  team!: InspectionTeam;

  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  person!: Person;

  @Enum({ items: () => TEAM_ROLES })
  role!: TeamRole;

  /** e.g. "Ủy viên Ban Thường vụ Thành ủy". */
  @Property({ type: 'text', nullable: true })
  roleLabel?: string;

  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}
