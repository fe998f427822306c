import { Check, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Voidable, VoidableEntity } from '../corrections/voidable.entity.js';
import { AdministrativeUnit } from '../hierarchy/administrative-unit.entity.js';

export const GOVERNANCE_INDICES = ['PAR_INDEX', 'SIPAS', 'PAPI'] as const;
export type GovernanceIndex = (typeof GOVERNANCE_INDICES)[number];

/** A province's score and rank in a national governance index for a year (PAR INDEX, SIPAS, PAPI). */
@Entity({ tableName: 'index_score' })
@Voidable('index_score')
@Check({
  name: 'index_score_rank_check',
  expression:
    '(rank is null or rank >= 1) and (out_of is null or out_of >= 1) and (rank is null or out_of is null or rank <= out_of)',
})
// One live score per index, year and unit: a corrected score replaces a voided one.
@Index({
  name: 'index_score_index_year_unit_id_unique',
  expression:
    'create unique index index_score_index_year_unit_id_unique on index_score (index, year, unit_id) where voided_at is null',
})
export class IndexScore extends VoidableEntity {
  @Enum({ items: () => GOVERNANCE_INDICES })
  index!: GovernanceIndex;

  @Property({ type: 'smallint' })
  year!: number;

  @ManyToOne(() => AdministrativeUnit, { deleteRule: 'restrict' })
  unit!: AdministrativeUnit;

  @Property({ type: 'decimal', precision: 8, scale: 3, nullable: true, runtimeType: 'number' })
  score?: number;

  @Property({ type: 'smallint', nullable: true })
  rank?: number;

  @Property({ type: 'smallint', nullable: true })
  outOf?: number;
}
