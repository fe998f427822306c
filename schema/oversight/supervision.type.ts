import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { SupervisionType as SupervisionKind } from './oversight-enums.type.js';
import { OversightRecordType } from './oversight-record.type.js';

@ObjectType('Supervision', {
  implements: [Node, OversightRecordType, VoidableRecordType],
  description: 'Giám sát: one subject supervised on one day.',
})
export class SupervisionType extends RecordType {
  @Field(() => SupervisionKind, { description: 'Regular or thematic.' })
  type!: string;

  @Field(() => DateScalar, { description: 'The day of the supervision.' })
  occurredOn!: string;
}

export const SupervisionConnection = ConnectionType('Supervision', SupervisionType);
