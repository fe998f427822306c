import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ItemStatus } from './programmes-enums.type.js';

@ObjectType('ProgrammeItemStatus', {
  implements: Node,
  description: "One change of an item's status, in force from its day until the next change.",
})
export class ProgrammeItemStatusType extends RecordType {
  @Field(() => ItemStatus, { description: 'The status from that day.' })
  status!: string;

  @Field(() => DateScalar, { description: 'The day the status took effect.' })
  effectiveOn!: string;

  @Field(() => String, { nullable: true, description: 'A note on the change.' })
  note?: string;
}
