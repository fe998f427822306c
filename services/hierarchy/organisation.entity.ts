import { ArrayType, Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';

export const ORGANISATION_KINDS = [
  'city_committee', // Thành ủy
  'district_committee', // Quận ủy, Huyện ủy, Thị ủy
  'bloc_committee', // Đảng ủy khối and other committees directly under the Thành ủy
  'grassroots_committee', // Đảng bộ cơ sở
  'grassroots_cell', // Chi bộ cơ sở
  'partial_committee', // Đảng bộ bộ phận
  'cell', // Chi bộ trực thuộc
  'standing_committee', // Ban Thường vụ
  'inspection_commission', // Ủy ban Kiểm tra
  'party_commission', // Ban Tổ chức, Ban Tuyên giáo, Văn phòng ...
  'steering_committee', // Ban Chỉ đạo
  'people_council', // HĐND
  'people_committee', // UBND
  'department', // Sở, ban, ngành
  'front_committee', // Ủy ban MTTQ
  'mass_organisation', // đoàn thể
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const BRANCHES = ['party', 'state', 'front'] as const;
export type Branch = (typeof BRANCHES)[number];

/** Where a grassroots organisation is hosted; non_state_enterprise is what the article counts. */
export const HOST_SECTORS = [
  'residential',
  'administrative',
  'public_service',
  'state_enterprise',
  'non_state_enterprise',
  'armed_forces',
] as const;
export type HostSector = (typeof HOST_SECTORS)[number];

/**
 * A node of the organisation forest. `path` (ancestor ids, root first, self last) is kept by a
 * database trigger in the same statement as `parent`, so subtree queries need no recursion.
 */
@Entity({ tableName: 'organisation' })
@Check({ name: 'organisation_dates_check', expression: 'dissolved_on is null or dissolved_on >= founded_on' })
@Check({ name: 'organisation_not_own_parent_check', expression: 'parent_id is distinct from id' })
@Index({
  name: 'organisation_name_search_idx',
  expression: 'create index organisation_name_search_idx on organisation using gin (search_key(name) gin_trgm_ops)',
})
@Index({
  name: 'organisation_path_idx',
  expression: 'create index organisation_path_idx on organisation using gin (path)',
})
@Index({
  name: 'organisation_name_page_idx',
  expression: 'create index organisation_name_page_idx on organisation (name, id)',
})
@Index({
  name: 'organisation_parent_page_idx',
  expression: 'create index organisation_parent_page_idx on organisation (parent_id, name, id)',
})
export class Organisation extends BaseEntity {
  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Index()
  @Enum({ items: () => ORGANISATION_KINDS })
  kind!: OrganisationKind;

  @Enum({ items: () => BRANCHES })
  branch!: Branch;

  @Index()
  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  parent?: Organisation;

  @Index()
  @ManyToOne(() => AdministrativeUnit, { nullable: true, deleteRule: 'restrict' })
  administrativeUnit?: AdministrativeUnit;

  @Enum({ items: () => HOST_SECTORS, nullable: true })
  hostSector?: HostSector;

  @Index()
  @Property({ type: 'date' })
  foundedOn!: string;

  @Property({ type: 'date', nullable: true })
  dissolvedOn?: string;

  /** Filled by the trigger `organisation_path`; never written by the application. */
  @Property({ type: new ArrayType((i) => Number(i)), columnType: 'integer[]', defaultRaw: `'{}'` })
  path!: number[];

  @Property({ type: 'smallint', generated: '(cardinality(path) - 1) stored', nullable: true })
  depth?: number;
}
