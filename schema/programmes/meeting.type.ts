import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Meeting', {
  implements: [Node, VoidableRecordType],
  description: 'A meeting held by a body (hội nghị), such as the 2022-07-13 review of Programme 01-CTr/TU.',
})
export class MeetingType extends RecordType {
  @Field(() => DateScalar, { description: 'The day it was held.' })
  heldOn!: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What it was for.' })
  purpose?: string;
}

export const MeetingConnection = ConnectionType('Meeting', MeetingType);
