import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../scalars/date.scalar.js';

@ObjectType('Period', { description: 'An inclusive range of days, in the notation that names it and in Vietnamese.' })
export class PeriodType {
  @Field(() => String, { description: 'The notation, e.g. "2022-H1", "2022-01..2022-09", "2022-01-15..2022-03-31".' })
  key!: string;

  @Field(() => String, { description: 'Vietnamese label, e.g. "6 tháng đầu năm 2022", "quý III năm 2022".' })
  label!: string;

  @Field(() => String, { description: 'year, half, quarter, month, month_range or date_range.' })
  kind!: string;

  @Field(() => DateScalar, { description: 'First day.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day (inclusive); stock metrics are measured on it.' })
  to!: string;
}
