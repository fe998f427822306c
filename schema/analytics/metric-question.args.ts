import { ArgsType, Field, ID } from 'type-graphql';

const PERIOD =
  'A period: 2022, 2022-H1, 2022-Q3, 2022-07, a month range 2022-01..2022-09 or a date range 2022-01-15..2022-03-31.';

/** What every analytics question names: a metric, a period and an optional scope. */
@ArgsType()
export class MetricQuestionArgs {
  @Field(() => String, { description: 'A metric id from `metrics`, e.g. "admissions".' })
  metric!: string;

  @Field(() => String, { description: PERIOD })
  period!: string;

  @Field(() => ID, { nullable: true, description: "An organisation's id: its subtree is counted. Default: the city." })
  scope?: string | null;
}
