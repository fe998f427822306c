import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';

export const UNIT_LEVELS = ['city', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
/** thành phố; quận, huyện, thị xã; phường, xã, thị trấn. */
export const UNIT_KINDS = ['thanh_pho', 'quan', 'huyen', 'thi_xa', 'phuong', 'xa', 'thi_tran'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit of the administrative map, identified by its GSO code (Hà Nội 01, districts 001..282, communes 5 digits). */
@Entity({ tableName: 'administrative_unit' })
@Check({ name: 'administrative_unit_code_format_check', expression: "code ~ '^[0-9]{2,5}$'" })
@Check({ name: 'administrative_unit_not_own_parent_check', expression: 'parent_id is distinct from id' })
@Index({
  name: 'administrative_unit_name_search_idx',
  expression:
    'create index administrative_unit_name_search_idx on administrative_unit using gin (search_key(name) gin_trgm_ops)',
})
export class AdministrativeUnit extends BaseEntity {
  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => UNIT_LEVELS })
  level!: UnitLevel;

  @Enum({ items: () => UNIT_KINDS })
  kind!: UnitKind;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { nullable: true, deleteRule: 'restrict' })
  parent?: AdministrativeUnit;

  @Property({ type: 'integer', nullable: true })
  population?: number;
}
