import { MEMBERSHIP_EVENT_KINDS, type MembershipEventKind } from '../../services/membership/membership-event.entity.js';
import { grown } from './typed-arrays.js';

const code = (kind: MembershipEventKind) => MEMBERSHIP_EVENT_KINDS.indexOf(kind);
/** Event kinds as small numbers for the typed arrays: their index in the entity's MEMBERSHIP_EVENT_KINDS. */
export const EVENT = {
  admission: code('admission'),
  fullMembership: code('full_membership'),
  transferIn: code('transfer_in'),
  transferOut: code('transfer_out'),
  exit: code('exit'),
};

/** Membership events in the order they happen, as parallel typed arrays (index = event id - 1). */
export class EventLog {
  count = 0;
  member = new Int32Array(1024);
  kind = new Uint8Array(1024);
  /** A LEFT value for exits, 0 otherwise. */
  reason = new Uint8Array(1024);
  day = new Int32Array(1024);
  org = new Int32Array(1024);
  /** The other cell of a transfer, 0 when none. */
  counterpart = new Int32Array(1024);

  add(member: number, kind: number, day: number, org: number, counterpart = 0, reason = 0): void {
    if (this.count === this.member.length) {
      const c = this.count * 2;
      this.member = grown(this.member, c);
      this.kind = grown(this.kind, c);
      this.reason = grown(this.reason, c);
      this.day = grown(this.day, c);
      this.org = grown(this.org, c);
      this.counterpart = grown(this.counterpart, c);
    }
    const e = this.count++;
    this.member[e] = member;
    this.kind[e] = kind;
    this.reason[e] = reason;
    this.day[e] = day;
    this.org[e] = org;
    this.counterpart[e] = counterpart;
  }
}
