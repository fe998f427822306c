import { Field, ObjectType } from 'type-graphql';
import type { Comparison } from '../../analytics/compare.js';
import { ComparisonFieldsType } from './comparison-fields.type.js';
import { ComparisonRowType } from './comparison-row.type.js';
import { MetricType } from './metric.type.js';
import { PeriodType } from './period.type.js';

@ObjectType('Comparison', {
  description: 'A metric in a period against its baseline, for a scope, with the rows of a split.',
})
export class ComparisonType extends ComparisonFieldsType {
  @Field(() => MetricType, { description: 'The metric compared.' })
  metric!: MetricType;

  @Field(() => PeriodType, { description: 'The period measured, e.g. "6 tháng đầu năm 2022".' })
  period!: PeriodType;

  @Field(() => PeriodType, { description: 'The baseline period, e.g. "6 tháng đầu năm 2021".' })
  basePeriod!: PeriodType;

  @Field(() => [ComparisonRowType], {
    description: 'Ranked rows of groupBy or breakdown (empty without either); they add up to value and baseValue.',
  })
  rows!: ComparisonRowType[];

  /** Read by the `scope` field resolver. */
  scopeId!: number;

  static from(c: Comparison, byDimension: boolean): ComparisonType {
    return {
      ...ComparisonFieldsType.fields(c),
      metric: MetricType.from(c.metric),
      period: c.period,
      basePeriod: c.basePeriod,
      rows: c.rows.map((r) => ComparisonRowType.from(r, byDimension)),
      scopeId: c.scope.id,
    };
  }
}
