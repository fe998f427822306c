import { Field, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { InspectionType as InspectionKind } from './oversight-enums.type.js';
import { OversightRecordType } from './oversight-record.type.js';

@ObjectType('Inspection', {
  implements: [Node, OversightRecordType, VoidableRecordType],
  description: 'Kiểm tra: one subject inspected on one day, possibly by a team.',
})
export class InspectionType extends RecordType {
  @Field(() => InspectionKind, { description: 'Regular, thematic, on signs of violation, or enforcement check.' })
  type!: string;

  @Field(() => DateScalar, { description: 'The day of the inspection.' })
  occurredOn!: string;
}

export const InspectionConnection = ConnectionType('Inspection', InspectionType);
