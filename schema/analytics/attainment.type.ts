import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Attainment } from '../../analytics/attainment.js';
import { formatVi } from '../../analytics/format-vi.js';
import { MetricType } from './metric.type.js';
import { PeriodType } from './period.type.js';

@ObjectType('Attainment', {
  description: "A period's value against the plan target of the period containing it (H1 against the year).",
})
export class AttainmentType {
  @Field(() => MetricType, { description: 'The metric measured.' })
  metric!: MetricType;

  @Field(() => PeriodType, { description: 'The period measured.' })
  period!: PeriodType;

  @Field(() => PeriodType, { nullable: true, description: 'The period the target was set for; null without one.' })
  targetPeriod!: PeriodType | null;

  @Field(() => Int, { description: 'The value in the period, e.g. 56.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'The planned value; null when no target is set.' })
  target!: number | null;

  @Field(() => Float, { nullable: true, description: 'value / target, unrounded.' })
  ratio!: number | null;

  @Field(() => Float, { nullable: true, description: 'value as a percent of target, one decimal (82.4).' })
  percent!: number | null;

  @Field(() => String, { nullable: true, description: 'Why ratio and percent are null.' })
  reason!: string | null;

  @Field(() => String, { description: 'e.g. "56".' })
  valueText!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "68".' })
  targetText!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "82,4%".' })
  percentText!: string | null;

  scopeId!: number;

  static from(a: Attainment): AttainmentType {
    return {
      metric: MetricType.from(a.metric),
      period: a.period,
      targetPeriod: a.targetPeriod,
      value: a.value,
      target: a.target,
      ratio: a.ratio,
      percent: a.percent,
      reason: a.reason,
      valueText: formatVi.number(a.value) as string,
      targetText: formatVi.number(a.target),
      percentText: formatVi.percent(a.percent),
      scopeId: a.scope.id,
    };
  }
}
