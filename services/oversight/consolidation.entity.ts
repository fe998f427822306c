import { Entity, Index, OneToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';
import { Designation } from './designation.entity.js';

/** The day a designated organisation was declared consolidated (củng cố); at most one per designation. */
@Entity({ tableName: 'consolidation' })
export class Consolidation extends BaseEntity {
  @OneToOne(() => Designation, { owner: true, unique: true, deleteRule: 'restrict' })
  designation!: Designation;

  @Index()
  @Property({ type: 'date' })
  consolidatedOn!: string;
}
