import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';

/** weak: yếu kém, monitored by a steering committee; to_consolidate: named for consolidation under a plan. */
export const DESIGNATION_KINDS = ['weak', 'to_consolidate'] as const;
export type DesignationKind = (typeof DESIGNATION_KINDS)[number];

/** An organisation designated, for one year, as weak or to be consolidated: the population shares divide by. */
@Entity({ tableName: 'designation' })
@Check({ name: 'designation_year_check', expression: '(year >= 1930) AND (year <= 2100)' })
@Unique({ properties: ['organisation', 'kind', 'year'] })
export class Designation extends BaseEntity {
  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  organisation!: Organisation;

  @Enum({ items: () => DESIGNATION_KINDS })
  kind!: DesignationKind;

  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'date' })
  designatedOn!: string;

  /** The plan or resolution behind the designation, e.g. "Nghị quyết 15, Chỉ thị 15 của Ban Thường vụ Thành ủy". */
  @Property({ type: 'text' })
  plan!: string;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  monitoredBy?: Organisation;
}
