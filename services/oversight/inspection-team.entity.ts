import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Voidable, VoidableEntity } from '../corrections/voidable.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Document } from '../programmes/document.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { InspectionTeamMember } from './inspection-team-member.entity.js';

/** A team (đoàn kiểm tra) formed by a committee, with its members, on a programme and/or documents. */
@Entity({ tableName: 'inspection_team' })
@Voidable('inspection_team')
export class InspectionTeam extends VoidableEntity {
  @Property({ type: 'text' })
  name!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  formedBy!: Organisation;

  @Property({ type: 'date' })
  formedOn!: string;

  @ManyToOne(() => Programme, { nullable: true, deleteRule: 'restrict' })
  programme?: Programme;

  @ManyToMany(() => Document, undefined, { pivotTable: 'inspection_team_document' })
  documents = new Collection<Document>(this);

  @OneToMany(
    () => InspectionTeamMember,
    (m) => m.team,
  )
  members = new Collection<InspectionTeamMember>(this);
}
