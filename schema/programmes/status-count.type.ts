import { Field, Int, ObjectType } from 'type-graphql';
import { ItemStatus } from './programmes-enums.type.js';

@ObjectType('StatusCount', { description: "How many of a programme's items stood in a status on a day." })
export class StatusCountType {
  @Field(() => ItemStatus, { description: 'The status.' })
  status!: string;

  @Field(() => String, { description: 'The status in Vietnamese, e.g. "Đã hoàn thành".' })
  label!: string;

  @Field(() => Int, { description: 'Items in that status on the day (zero included).' })
  count!: number;
}
