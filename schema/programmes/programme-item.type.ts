import { Field, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ProgrammeItemKind } from './programmes-enums.type.js';

@ObjectType('ProgrammeItem', {
  implements: Node,
  description: 'A topic, project, theme or plan assigned under a programme to a lead agency; its status has a history.',
})
export class ProgrammeItemType extends RecordType {
  @Field(() => String, { description: 'Code of the item within its programme.' })
  code!: string;

  @Field(() => String, { description: 'Title in Vietnamese.' })
  title!: string;

  @Field(() => ProgrammeItemKind, { description: 'Đề tài, đề án, chuyên đề or kế hoạch.' })
  kind!: string;

  @Field(() => DateScalar, { description: 'The day it was assigned.' })
  assignedOn!: string;
}
