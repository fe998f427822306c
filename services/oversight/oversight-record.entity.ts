import { Enum, Index, ManyToOne } from '@mikro-orm/core';
import { VoidableEntity } from '../corrections/voidable.entity.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { Member } from '../membership/member.entity.js';

/** Which body acted for the committee: the committee itself (or its standing committee) or its inspection commission. */
export const ACTING_BODIES = ['committee', 'inspection_commission'] as const;
export type ActingBody = (typeof ACTING_BODIES)[number];

/**
 * What inspections, supervisions and disciplinary actions share: exactly one subject (an
 * organisation or a member), the committee that acted, and `placedIn`, the organisation whose
 * subtree counts the record (the subject organisation itself, or the member's cell on that day).
 */
export abstract class OversightRecord extends VoidableEntity {
  @Index()
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  subjectOrganisation?: Organisation;

  @Index()
  @ManyToOne(() => Member, { nullable: true, deleteRule: 'restrict' })
  subjectMember?: Member;

  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  placedIn!: Organisation;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  actingCommittee!: Organisation;

  @Enum({ items: () => ACTING_BODIES })
  actingBody!: ActingBody;
}
