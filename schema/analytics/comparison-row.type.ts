import { Field, Int, ObjectType } from 'type-graphql';
import type { Comparison } from '../../analytics/compare.js';
import { ComparisonFieldsType } from './comparison-fields.type.js';

@ObjectType('ComparisonRow', {
  description: 'One part of a split; the rows of a comparison add up to its totals.',
})
export class ComparisonRowType extends ComparisonFieldsType {
  @Field(() => String, {
    description: 'Organisation name, "Khối, ngành Thành phố", or the dimension value in Vietnamese.',
  })
  label!: string;

  @Field(() => String, { nullable: true, description: 'With breakdown: the dimension value (e.g. "reprimand").' })
  dimensionValue!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '1 for the largest value; ties share a rank. Null for the scope itself and what lies outside districts.',
  })
  rank!: number | null;

  /** Read by the `organisation` field resolver. */
  organisationId!: number | null;

  static from(row: Comparison['rows'][number], byDimension: boolean): ComparisonRowType {
    return {
      ...ComparisonFieldsType.fields(row),
      label: row.label,
      dimensionValue: byDimension && row.key !== null ? String(row.key) : null,
      rank: row.rank,
      organisationId: row.organisationId,
    };
  }
}
