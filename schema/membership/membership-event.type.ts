import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ExitReason, MembershipEventKind } from './membership-enums.type.js';

@ObjectType('MembershipEvent', {
  implements: [Node, VoidableRecordType],
  description:
    'One step in a membership (admission, full membership, transfer, exit), counted in the cell of that day.',
})
export class MembershipEventType extends RecordType {
  @Field(() => MembershipEventKind, { description: 'What happened.' })
  kind!: string;

  @Field(() => ExitReason, { nullable: true, description: 'Why the membership ended; only for EXIT.' })
  exitReason?: string;

  @Field(() => DateScalar, { description: 'The day it happened.' })
  occurredOn!: string;
}

export const MembershipEventConnection = ConnectionType('MembershipEvent', MembershipEventType);
