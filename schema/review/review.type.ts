import { Field, ObjectType } from 'type-graphql';
import { PeriodType } from '../analytics/period.type.js';

@ObjectType('Review', {
  description: 'The statistical part of a review (báo cáo sơ kết, tổng kết), written from the data in Vietnamese.',
})
export class ReviewType {
  @Field(() => PeriodType, { description: 'The period reviewed, e.g. "6 tháng đầu năm 2022".' })
  period!: PeriodType;

  /** Read by the `scope` field resolver. */
  scopeId!: number;

  @Field(() => String, { description: 'The whole review as plain text.' })
  text!: string;

  @Field(() => String, { description: 'The same as Markdown (headings, the table of admissions by unit).' })
  markdown!: string;
}
