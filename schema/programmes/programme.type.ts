import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Programme', {
  implements: Node,
  description: 'A work programme of the City Party Committee (01-CTr/TU ... 10-CTr/TU) for a term.',
})
export class ProgrammeType extends RecordType {
  @Field(() => String, { description: 'Code, e.g. "01-CTr/TU".' })
  code!: string;

  @Field(() => String, { description: 'Full title in Vietnamese.' })
  title!: string;

  @Field(() => String, { description: 'Who issued it, e.g. "Thành ủy Hà Nội khóa XVII".' })
  issuer!: string;

  @Field(() => Int, { description: 'First year of the term.' })
  termStart!: number;

  @Field(() => Int, { description: 'Last year of the term.' })
  termEnd!: number;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was issued.' })
  issuedOn?: string;
}

export const ProgrammeConnection = ConnectionType('Programme', ProgrammeType);
