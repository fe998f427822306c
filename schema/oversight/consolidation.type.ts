import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Consolidation', {
  implements: Node,
  description: 'The day a designated organisation was declared consolidated (củng cố, kiện toàn).',
})
export class ConsolidationType extends RecordType {
  @Field(() => DateScalar, { description: 'The day it was declared consolidated.' })
  consolidatedOn!: string;
}

export const ConsolidationConnection = ConnectionType('Consolidation', ConsolidationType);
