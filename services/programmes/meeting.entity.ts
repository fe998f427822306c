import { Collection, Entity, Index, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Voidable, VoidableEntity } from '../corrections/voidable.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Document } from './document.entity.js';
import { MeetingParticipant } from './meeting-participant.entity.js';
import { Programme } from './programme.entity.js';

/** A meeting held by a body (hội nghị), such as the 2022-07-13 review of Programme 01-CTr/TU. */
@Entity({ tableName: 'meeting' })
@Voidable('meeting')
export class Meeting extends VoidableEntity {
  @Index()
  @Property({ type: 'date' })
  heldOn!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  body!: Organisation;

  @ManyToOne(() => Programme, { nullable: true, deleteRule: 'restrict' })
  programme?: Programme;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  purpose?: string;

  @OneToMany(
    () => MeetingParticipant,
    (p) => p.meeting,
  )
  participants = new Collection<MeetingParticipant>(this);

  /** The documents discussed or adopted (the programme, its plans, the report reviewed). */
  @ManyToMany(() => Document, undefined, { pivotTable: 'meeting_document' })
  documents = new Collection<Document>(this);
}
