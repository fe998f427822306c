import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';

/** A Party or state document (Quy định, Nghị quyết, Chỉ thị ...), identified by its code such as 55-QĐ/TW. */
@Entity({ tableName: 'document' })
export class Document extends BaseEntity {
  @Unique()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @Index()
  @Property({ type: 'date', nullable: true })
  issuedOn?: string;

  @Property({ type: 'text' })
  title!: string;
}
