import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Voidable, VoidableEntity } from '../corrections/voidable.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Member } from './member.entity.js';

export const MEMBERSHIP_EVENT_KINDS = ['admission', 'full_membership', 'transfer_in', 'transfer_out', 'exit'] as const;
export type MembershipEventKind = (typeof MEMBERSHIP_EVENT_KINDS)[number];
/** chết, khai trừ, xóa tên, xin ra khỏi Đảng. */
export const EXIT_REASONS = ['death', 'expulsion', 'removal', 'resignation'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** One step in a membership; `organisation` is the cell the event counts in, as it was on that day. */
@Entity({ tableName: 'membership_event' })
@Voidable('membership_event')
@Check({ name: 'membership_event_exit_only_check', expression: "(kind = 'exit') = (exit_reason is not null)" })
@Index({ properties: ['kind', 'occurredOn'] })
// A subtree's live events in list order, organisation by organisation (services/store/query/keyset.ts).
@Index({
  name: 'membership_event_organisation_page_idx',
  expression:
    'create index membership_event_organisation_page_idx on membership_event (organisation_id, occurred_on, id) where voided_at is null',
})
export class MembershipEvent extends VoidableEntity {
  @Index()
  @ManyToOne(() => Member, { deleteRule: 'restrict' })
  member!: Member;

  @Enum({ items: () => MEMBERSHIP_EVENT_KINDS })
  kind!: MembershipEventKind;

  @Enum({ items: () => EXIT_REASONS, nullable: true })
  exitReason?: ExitReason;

  @Index()
  @Property({ type: 'date' })
  occurredOn!: string;

  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  /** The other side of a transfer. */
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  counterpart?: Organisation;
}
