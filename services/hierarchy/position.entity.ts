import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { Organisation } from './organisation.entity.js';
import { Person } from './person.entity.js';

export const POSITION_ROLES = ['head', 'standing_deputy', 'deputy', 'member'] as const;
export type PositionRole = (typeof POSITION_ROLES)[number];

/** A person holding a title in an organisation over [startedOn, endedOn]; open-ended while endedOn is null. */
@Entity({ tableName: 'position' })
@Check({ name: 'position_dates_check', expression: 'ended_on is null or ended_on >= started_on' })
@Index({ properties: ['organisation', 'role', 'startedOn'] })
export class Position extends BaseEntity {
  @Index()
  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  person!: Person;

  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => POSITION_ROLES })
  role!: PositionRole;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'date', nullable: true })
  endedOn?: string;
}
