import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DesignationKind } from './oversight-enums.type.js';

@ObjectType('Designation', {
  implements: Node,
  description:
    'An organisation named, for a year, as weak or to be consolidated: the population consolidation shares divide by.',
})
export class DesignationType extends RecordType {
  @Field(() => DesignationKind, { description: 'Weak (yếu kém) or to be consolidated.' })
  kind!: string;

  @Field(() => Int, { description: 'The year the designation is for.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The day it was designated.' })
  designatedOn!: string;

  @Field(() => String, { description: 'The plan or resolution behind it, e.g. "Nghị quyết 15, Chỉ thị 15 ...".' })
  plan!: string;
}

export const DesignationConnection = ConnectionType('Designation', DesignationType);
