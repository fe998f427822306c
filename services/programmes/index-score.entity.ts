import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { AdministrativeUnit } from '../hierarchy/administrative-unit.entity.js';
import { BaseEntity } from '../store/base.entity.js';

export const GOVERNANCE_INDICES = ['PAR_INDEX', 'SIPAS', 'PAPI'] as const;
export type GovernanceIndex = (typeof GOVERNANCE_INDICES)[number];

/** A province's score and rank in a national governance index for a year (PAR INDEX, SIPAS, PAPI). */
@Entity({ tableName: 'index_score' })
@Check({
  name: 'index_score_rank_check',
  expression:
    '(rank is null or rank >= 1) and (out_of is null or out_of >= 1) and (rank is null or out_of is null or rank <= out_of)',
})
@Unique({ properties: ['index', 'year', 'unit'] })
export class IndexScore extends BaseEntity {
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
