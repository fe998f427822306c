import { Field, Float, Int, ObjectType } from 'type-graphql';
import { VoidableRecordType } from '../corrections/voidable-record.type.js';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { GovernanceIndex } from './programmes-enums.type.js';

@ObjectType('IndexScore', {
  implements: [Node, VoidableRecordType],
  description: "A province's score and rank in a national governance index for a year (PAR INDEX, SIPAS, PAPI).",
})
export class IndexScoreType extends RecordType {
  @Field(() => GovernanceIndex, { description: 'Which index.' })
  index!: string;

  @Field(() => Int, { description: 'The year scored.' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'The score, where published.' })
  score?: number;

  @Field(() => Int, { nullable: true, description: 'The rank, where published (1 is best).' })
  rank?: number;

  @Field(() => Int, { nullable: true, description: 'How many provinces were ranked (63).' })
  outOf?: number;
}

export const IndexScoreConnection = ConnectionType('IndexScore', IndexScoreType);
