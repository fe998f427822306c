import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { MemberStatus } from './membership-enums.type.js';

@ObjectType('Member', {
  implements: [Node, VoidableRecordType],
  description: "A person's Party membership: where they sit now (cell), when admitted, and where it stands.",
})
export class MemberType extends RecordType {
  @Field(() => DateScalar, { description: 'The day of admission (kết nạp).' })
  admittedOn!: string;

  @Field(() => DateScalar, { description: 'The last day of the probation year.' })
  probationEndsOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day full membership was recognised; null while probationary.',
  })
  fullMemberOn?: string;

  @Field(() => MemberStatus, { description: 'Where the membership stands today.' })
  status!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the member left (transfer out or exit); null while a member here.',
  })
  leftOn?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day a member admitted elsewhere joined the city's roll (transferIn); null for members admitted here.",
  })
  arrivedOn?: string;
}

export const MemberConnection = ConnectionType('Member', MemberType);
