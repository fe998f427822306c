import { Field, ID, InputType } from 'type-graphql';
import type { VoidRecordInput as VoidInput } from '../../services/corrections/correction.service.js';
import { recordRefOf } from './record-ref.js';

@InputType('VoidRecordInput', { description: 'The record to void, and why.' })
export class VoidRecordInput {
  @Field(() => ID, {
    description:
      'A voidable record: Member (its admission), MembershipEvent, Inspection, Supervision, DisciplinaryAction, ' +
      'InspectionTeam, Meeting or IndexScore.',
  })
  id!: string;

  @Field(() => String, { description: 'Why it is voided, e.g. "Nhập trùng" or "Sai ngày kết nạp".' })
  reason!: string;

  toService(): VoidInput {
    return { id: recordRefOf(this.id, 'id'), reason: this.reason };
  }
}
