import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { ParticipantRole } from './programmes-enums.type.js';

@ObjectType('MeetingParticipant', { implements: Node, description: 'A person at a meeting, chairing or attending.' })
export class MeetingParticipantType extends RecordType {
  @Field(() => ParticipantRole, { description: 'Chair or attendee.' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'The capacity they took part in, e.g. "Trưởng Ban Chỉ đạo".' })
  roleLabel?: string;

  @Field(() => Int, { description: 'Protocol order (0 first).' })
  sortOrder!: number;
}
