import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';
import { Programme } from './programme.entity.js';

/** đề tài, đề án, chuyên đề, kế hoạch. */
export const PROGRAMME_ITEM_KINDS = ['topic', 'project', 'theme', 'plan'] as const;
export type ProgrammeItemKind = (typeof PROGRAMME_ITEM_KINDS)[number];

/** A piece of work assigned under a programme to a lead agency; its status lives in the status history. */
@Entity({ tableName: 'programme_item' })
@Unique({ properties: ['programme', 'code'] })
export class ProgrammeItem extends BaseEntity {
  @Index()
  @ManyToOne(() => Programme, { deleteRule: 'restrict' })
  programme!: Programme;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => PROGRAMME_ITEM_KINDS })
  kind!: ProgrammeItemKind;

  @Index()
  @ManyToOne(() => Organisation, { deleteRule: 'restrict' })
  leadAgency!: Organisation;

  @Property({ type: 'date' })
  assignedOn!: string;
}
