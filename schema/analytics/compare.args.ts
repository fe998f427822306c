import { ArgsType, Field } from 'type-graphql';
import type { Baseline as BaselineValue } from '../../analytics/baseline.js';
import type { GroupBy as GroupByValue } from '../../analytics/metric-catalogue.js';
import { Baseline, GroupBy } from './analytics-enums.type.js';
import { DimensionFilterInput } from './dimension-filter.input.js';
import { MetricQuestionArgs } from './metric-question.args.js';

@ArgsType()
export class CompareArgs extends MetricQuestionArgs {
  @Field(() => Baseline, {
    nullable: true,
    defaultValue: 'SAME_PERIOD_LAST_YEAR',
    description: 'What the period is compared with.',
  })
  baseline?: BaselineValue | null;

  @Field(() => GroupBy, { nullable: true, description: 'Split the scope into ranked rows of organisations.' })
  groupBy?: GroupByValue | null;

  @Field(() => String, {
    nullable: true,
    description: 'Split into ranked rows by a dimension of the metric instead (e.g. "form"); not with groupBy.',
  })
  breakdown?: string | null;

  @Field(() => [DimensionFilterInput], { nullable: true, description: 'Count only records matching every filter.' })
  where?: DimensionFilterInput[] | null;
}
