import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { ComparisonFigures } from '../../analytics/comparison-figures.js';
import { formatVi } from '../../analytics/format-vi.js';

/** A value beside its base, as numbers and as Vietnamese text; shared by a comparison and its rows, never shown by itself. */
@ObjectType('ComparisonFields')
export abstract class ComparisonFieldsType {
  @Field(() => Int, { description: 'The value in the period.' })
  value!: number;

  @Field(() => Int, { description: 'The value in the base period.' })
  baseValue!: number;

  @Field(() => Int, { description: 'value − baseValue.' })
  delta!: number;

  @Field(() => Float, { nullable: true, description: 'value / baseValue, unrounded; null when baseValue is 0.' })
  ratio!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'value as a percent of baseValue, one decimal, half away from zero (107.3); null when baseValue is 0.',
  })
  percentOfBase!: number | null;

  @Field(() => String, { nullable: true, description: 'Why ratio and percentOfBase are null.' })
  reason!: string | null;

  @Field(() => String, { description: 'value as Vietnamese text, e.g. "5.030".' })
  valueText!: string;

  @Field(() => String, { description: 'baseValue as Vietnamese text.' })
  baseValueText!: string;

  @Field(() => String, { nullable: true, description: 'percentOfBase as Vietnamese text, e.g. "107,3%".' })
  percentOfBaseText!: string | null;

  static fields(f: ComparisonFigures): ComparisonFieldsType {
    return {
      value: f.value,
      baseValue: f.baseValue,
      delta: f.delta,
      ratio: f.ratio,
      percentOfBase: f.percentOfBase,
      reason: f.reason,
      valueText: formatVi.number(f.value) as string,
      baseValueText: formatVi.number(f.baseValue) as string,
      percentOfBaseText: formatVi.percent(f.percentOfBase),
    };
  }
}
