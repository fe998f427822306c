import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';

@ObjectType('Target', {
  implements: Node,
  description:
    "A planned value of a metric for an organisation's subtree and a period (e.g. 68 organisations for 2022).",
})
export class TargetType extends RecordType {
  @Field(() => String, {
    description: 'The metric id, as in the analytics catalogue (e.g. "non_state_enterprise_orgs").',
  })
  metric!: string;

  @Field(() => String, { description: 'The period: 2022, 2022-H1, 2022-Q3 or 2022-07.' })
  period!: string;

  @Field(() => Float, { description: 'The planned value.' })
  value!: number;
}

export const TargetConnection = ConnectionType('Target', TargetType);
