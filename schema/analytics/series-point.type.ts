import { Field, Int, ObjectType } from 'type-graphql';
import { formatVi } from '../../analytics/format-vi.js';
import type { SeriesPoint } from '../../analytics/series.js';
import { PeriodType } from './period.type.js';

@ObjectType('SeriesPoint', { description: 'A metric in one calendar bucket; buckets without records hold 0.' })
export class SeriesPointType {
  @Field(() => PeriodType, { description: 'The bucket; clipped to a date range at the edges of the series.' })
  period!: PeriodType;

  @Field(() => Int, { description: 'The value in the bucket (at its last day for a stock).' })
  value!: number;

  @Field(() => String, { description: 'value as Vietnamese text, e.g. "5.030".' })
  valueText!: string;

  static from(p: SeriesPoint): SeriesPointType {
    return { period: p.period, value: p.value, valueText: formatVi.number(p.value) as string };
  }
}
