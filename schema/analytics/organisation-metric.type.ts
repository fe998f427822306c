import { Field, Int, ObjectType } from 'type-graphql';
import { formatVi } from '../../analytics/format-vi.js';
import type { MetricDefinition } from '../../analytics/metric-catalogue.js';
import type { Period } from '../../analytics/period.js';
import { MetricType } from './metric.type.js';
import { PeriodType } from './period.type.js';

@ObjectType('OrganisationMetric', { description: "A metric in a period for one organisation's subtree." })
export class OrganisationMetricType {
  @Field(() => MetricType, { description: 'The metric measured.' })
  metric!: MetricType;

  @Field(() => PeriodType, { description: 'The period measured.' })
  period!: PeriodType;

  @Field(() => Int, { description: "The value in the organisation's subtree." })
  value!: number;

  @Field(() => String, { description: 'e.g. "5.030".' })
  valueText!: string;

  static from(metric: MetricDefinition, period: Period, value: number): OrganisationMetricType {
    return { metric: MetricType.from(metric), period, value, valueText: formatVi.number(value) as string };
  }
}
