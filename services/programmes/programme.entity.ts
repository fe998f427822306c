import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';

/** A work programme of the City Party Committee (01-CTr/TU ... 10-CTr/TU) for a term of years. */
@Entity({ tableName: 'programme' })
@Check({ name: 'programme_term_check', expression: 'term_end >= term_start' })
export class Programme extends BaseEntity {
  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'smallint' })
  termStart!: number;

  @Property({ type: 'smallint' })
  termEnd!: number;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  steeringCommittee?: Organisation;

  @Property({ type: 'date', nullable: true })
  issuedOn?: string;
}
