import { Field, InputType } from 'type-graphql';

@InputType('DimensionFilter', { description: 'Keep only records whose dimension takes one of the values.' })
export class DimensionFilterInput {
  @Field(() => String, { description: 'A dimension of the metric (see Metric.dimensions), e.g. "oversight_type".' })
  dimension!: string;

  @Field(() => [String], { description: 'Accepted values, e.g. ["signs_of_violation"].' })
  values!: string[];
}
