import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { TeamRole } from './oversight-enums.type.js';

@ObjectType('InspectionTeamMember', {
  implements: Node,
  description: 'A person on an inspection team: the head, a deputy or a member.',
})
export class InspectionTeamMemberType extends RecordType {
  @Field(() => TeamRole, { description: 'Head (trưởng đoàn), deputy or member.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'The title they serve under, e.g. "Ủy viên Ban Thường vụ".' })
  roleLabel?: string;

  @Field(() => Int, { description: 'Order on the team list (1 first).' })
  sortOrder!: number;
}
