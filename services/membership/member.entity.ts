import { Check, Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Voidable, VoidableEntity } from '../corrections/voidable.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Person } from '../hierarchy/person.entity.js';

export const MEMBER_STATUSES = ['probationary', 'full', 'transferred_out', 'exited'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A person's Party membership; `cell` is where they sit now, events keep where they sat before. */
@Entity({ tableName: 'member' })
@Voidable('member')
// A subtree's live members in list order, cell by cell; and "members of these cells on day D" as an index-only scan.
@Index({
  name: 'member_cell_page_idx',
  expression:
    'create index member_cell_page_idx on member (cell_id, admitted_on, id) include (left_on, arrived_on) where voided_at is null',
})
@Check({
  name: 'member_dates_check',
  expression:
    'probation_ends_on >= admitted_on and (full_member_on is null or full_member_on >= admitted_on) and (left_on is null or left_on >= admitted_on)',
})
@Check({
  name: 'member_arrival_check',
  expression: 'arrived_on is null or (arrived_on >= admitted_on and (left_on is null or left_on >= arrived_on))',
})
// One live membership per person: a voided admission leaves the person free to be admitted (again).
@Index({
  name: 'member_person_id_unique',
  expression: 'create unique index member_person_id_unique on member (person_id) where voided_at is null',
})
export class Member extends VoidableEntity {
  @OneToOne(() => Person, { owner: true, unique: false, deleteRule: 'restrict' })
  person!: Person;

  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  cell!: Organisation;

  @Index()
  @Property({ type: 'date' })
  admittedOn!: string;

  @Property({ type: 'date' })
  probationEndsOn!: string;

  @Property({ type: 'date', nullable: true })
  fullMemberOn?: string;

  @Enum({ items: () => MEMBER_STATUSES })
  status!: MemberStatus;

  @Property({ type: 'date', nullable: true })
  leftOn?: string;

  /** The day a member admitted elsewhere joined the city's roll; null for members admitted here. */
  @Property({ type: 'date', nullable: true })
  arrivedOn?: string;
}
