import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';

/** Who wrote a row and when; every node type extends it, and it never appears in the schema by itself. */
@ObjectType('RecordFields')
export abstract class RecordType {
  @Field(() => DateTimeScalar, { description: 'When the row was created.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Caller id (x-civicgraph-user) that created the row; "system" for loaded data.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When the row was last changed.' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Caller id that last changed the row.' })
  updatedBy!: string;
}
