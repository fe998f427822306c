import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { PositionRole } from './hierarchy-enums.type.js';

@ObjectType('Position', {
  implements: Node,
  description: 'A title a person held in an organisation over a span of days (e.g. Bí thư Thành ủy from 2021-02-...).',
})
export class PositionType extends RecordType {
  @Field(() => String, { description: 'The title as written, e.g. "Bí thư Thành ủy".' })
  title!: string;

  @Field(() => PositionRole, { description: 'Rank of the title in its body: head, standing deputy, deputy, member.' })
  role!: string;

  @Field(() => DateScalar, { name: 'from', description: 'First day in the position.' })
  startedOn!: string;

  @Field(() => DateScalar, { name: 'to', nullable: true, description: 'Last day in the position; null while held.' })
  endedOn?: string;
}
