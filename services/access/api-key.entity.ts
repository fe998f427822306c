import { Check, Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { BaseEntity } from '../store/base.entity.js';
import { ROLES, type Role } from './roles.js';

/**
 * A service account's key. Only its SHA-256 is stored (keys carry 256 random bits, so a slow hash
 * adds nothing); the prefix lets people tell their keys apart in lists. A null scope is the whole forest.
 */
@Entity({ tableName: 'api_key' })
@Check({ name: 'api_key_name_check', expression: 'length(btrim(name)) > 0' })
export class ApiKey extends BaseEntity {
  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => ROLES })
  role!: Role;

  @ManyToOne(() => Organisation, { nullable: true, deleteRule: 'restrict' })
  scope?: Organisation;

  @Property({ type: 'text', unique: true })
  keyHash!: string;

  @Property({ type: 'text' })
  keyPrefix!: string;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'text', nullable: true })
  revokedBy?: string;
}
