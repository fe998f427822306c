import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../relay/connection.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { ProgrammeItemType } from './programme-item.type.js';

/** An item in a programme's list as of a day: the edge carries that day, so its status can be read on it. */
@ObjectType('ProgrammeItemEdge', { description: 'One item of a programme as of the day the list was asked for.' })
export class ProgrammeItemEdge extends EdgeType('ProgrammeItem', ProgrammeItemType) {
  @Field(() => DateScalar, { description: 'The day this list describes (the asOf argument).' })
  asOf!: string;
}

export const ProgrammeItemConnection = ConnectionType('ProgrammeItem', ProgrammeItemType, ProgrammeItemEdge);
