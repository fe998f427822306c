import { ArgsType, Field, ID } from 'type-graphql';
import type { Grain as GrainValue } from '../../analytics/series.js';
import { Grain } from './analytics-enums.type.js';
import { DimensionFilterInput } from './dimension-filter.input.js';

@ArgsType()
export class SeriesArgs {
  @Field(() => String, { description: 'A metric id from `metrics`.' })
  metric!: string;

  @Field(() => String, { description: 'The series starts on the first day of this period (any period notation).' })
  from!: string;

  @Field(() => String, { description: 'The series ends on the last day of this period.' })
  to!: string;

  @Field(() => Grain, { description: 'The calendar bucket of each point.' })
  grain!: GrainValue;

  @Field(() => ID, { nullable: true, description: "An organisation's id: its subtree is counted. Default: the city." })
  scope?: string | null;

  @Field(() => [DimensionFilterInput], { nullable: true, description: 'Count only records matching every filter.' })
  where?: DimensionFilterInput[] | null;
}
