import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('InspectionTeam', {
  implements: [Node, VoidableRecordType],
  description: 'An inspection team (đoàn kiểm tra) formed by a committee, on a programme and/or documents.',
})
export class InspectionTeamType extends RecordType {
  @Field(() => String, { description: 'Name of the team.' })
  name!: string;

  @Field(() => DateScalar, { description: 'The day it was formed.' })
  formedOn!: string;
}

export const InspectionTeamConnection = ConnectionType('InspectionTeam', InspectionTeamType);
