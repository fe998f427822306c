import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Person } from '../hierarchy/person.entity.js';
import { BaseEntity } from '../store/base.entity.js';
import { Meeting } from './meeting.entity.js';

export const PARTICIPANT_ROLES = ['chair', 'attendee'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** A person at a meeting, with the role and titles under which they took part. */
@Entity({ tableName: 'meeting_participant' })
@Unique({ properties: ['meeting', 'person'] })
export class MeetingParticipant extends BaseEntity {
  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Meeting;

  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  person!: Person;

  @Enum({ items: () => PARTICIPANT_ROLES })
  role!: ParticipantRole;

  /** e.g. "Trưởng Ban Chỉ đạo". */
  @Property({ type: 'text', nullable: true })
  roleLabel?: string;

  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}
