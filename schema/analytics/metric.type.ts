import { Field, ObjectType } from 'type-graphql';
import { DIMENSIONS } from '../../analytics/dimensions.js';
import type { GroupBy as GroupByValue, MetricDefinition } from '../../analytics/metric-catalogue.js';
import { GroupBy, MetricKind } from './analytics-enums.type.js';
import { DimensionType } from './dimension.type.js';

@ObjectType('Metric', { description: 'A figure of the catalogue: what it counts, and how it may be split.' })
export class MetricType {
  @Field(() => String, { description: 'What `metric` arguments take, e.g. "admissions".' })
  id!: string;

  @Field(() => String, { description: 'Vietnamese name, e.g. "Kết nạp đảng viên".' })
  label!: string;

  @Field(() => String, { description: 'English name.' })
  labelEn!: string;

  @Field(() => String, { description: 'Exactly what is counted, and where it is placed in the tree.' })
  description!: string;

  @Field(() => String, { description: 'What one unit is: member, organisation, event, item or team.' })
  unit!: string;

  @Field(() => MetricKind, { description: 'Flow (counted over the period) or stock (counted on its last day).' })
  kind!: 'FLOW' | 'STOCK';

  @Field(() => [GroupBy], { description: 'The groupBy values it allows.' })
  groupings!: GroupByValue[];

  @Field(() => [DimensionType], { description: 'The dimensions it can be filtered on and broken down by.' })
  dimensions!: DimensionType[];

  @Field(() => Boolean, { description: 'True when `share` answers it (a designated population exists).' })
  hasShare!: boolean;

  static from(m: MetricDefinition): MetricType {
    return {
      id: m.id,
      label: m.label.vi,
      labelEn: m.label.en,
      description: m.description,
      unit: m.unit,
      kind: m.kind === 'flow' ? 'FLOW' : 'STOCK',
      groupings: [...m.groupings],
      dimensions: m.dimensions.map((d) => DimensionType.from(DIMENSIONS[d])),
      hasShare: m.shareOf !== undefined,
    };
  }
}
