import { Field, ObjectType } from 'type-graphql';
import type { Dimension } from '../../analytics/dimensions.js';

@ObjectType('DimensionValue', { description: 'A value a dimension takes, with its Vietnamese label.' })
class DimensionValueType {
  @Field(() => String, { description: 'What `where` values and `dimensionValue` use, e.g. "reprimand".' })
  value!: string;

  @Field(() => String, { description: 'Vietnamese label, e.g. "Khiển trách".' })
  label!: string;
}

@ObjectType('Dimension', {
  description: 'An attribute a metric can be filtered on (`where`) and broken down by (`breakdown`).',
})
export class DimensionType {
  @Field(() => String, { description: 'What `where` and `breakdown` take, e.g. "form".' })
  id!: string;

  @Field(() => String, { description: 'Vietnamese name.' })
  label!: string;

  @Field(() => String, { description: 'English name.' })
  labelEn!: string;

  @Field(() => [DimensionValueType], {
    description: 'The values it takes; empty when open (codes of programmes, names of plans).',
  })
  values!: DimensionValueType[];

  static from(d: Dimension): DimensionType {
    const values = Object.entries(d.values ?? {}).map(([value, label]) => ({ value, label }));
    return { id: d.id, label: d.label.vi, labelEn: d.label.en, values };
  }
}
