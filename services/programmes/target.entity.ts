import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';

/** A planned value of a metric for an organisation's subtree and a period (e.g. 68 for 2022). */
@Entity({ tableName: 'target' })
@Check({ name: 'target_value_check', expression: 'value >= 0' })
@Check({ name: 'target_period_check', expression: "period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$'" })
@Unique({ properties: ['metric', 'scope', 'period'] })
export class Target extends BaseEntity {
  @Property({ type: 'text' })
  metric!: string;

  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  scope!: Organisation;

  /** A period in the analytics notation: 2022, 2022-H1, 2022-Q3, 2022-07. */
  @Property({ type: 'text' })
  period!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2, runtimeType: 'number' })
  value!: number;
}
