import { Field, Float, Int, ObjectType } from 'type-graphql';
import { formatVi } from '../../analytics/format-vi.js';
import type { Share } from '../../analytics/share.js';
import { MetricType } from './metric.type.js';
import { PeriodType } from './period.type.js';

@ObjectType('Share', {
  description: "A period's value out of the population designated for its year (7 of 39 to be consolidated).",
})
export class ShareType {
  @Field(() => MetricType, { description: 'The metric measured.' })
  metric!: MetricType;

  @Field(() => PeriodType, { description: 'The period measured; within one year.' })
  period!: PeriodType;

  @Field(() => Int, { description: 'The value in the period, e.g. 7.' })
  value!: number;

  @Field(() => Int, { description: "The designated population of the period's year in the scope." })
  of!: number;

  @Field(() => Float, { nullable: true, description: 'value / of, unrounded.' })
  ratio!: number | null;

  @Field(() => Float, { nullable: true, description: 'value as a percent of `of`, one decimal (17.9).' })
  percent!: number | null;

  @Field(() => String, { nullable: true, description: 'Why ratio and percent are null.' })
  reason!: string | null;

  @Field(() => String, { description: 'value as Vietnamese text.' })
  valueText!: string;

  @Field(() => String, { description: '`of` as Vietnamese text.' })
  ofText!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "17,9%".' })
  percentText!: string | null;

  scopeId!: number;

  static from(s: Share): ShareType {
    return {
      metric: MetricType.from(s.metric),
      period: s.period,
      value: s.value,
      of: s.of,
      ratio: s.ratio,
      percent: s.percent,
      reason: s.reason,
      valueText: formatVi.number(s.value) as string,
      ofText: formatVi.number(s.of) as string,
      percentText: formatVi.percent(s.percent),
      scopeId: s.scope.id,
    };
  }
}
