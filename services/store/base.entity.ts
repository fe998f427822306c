import { PrimaryKey, Property } from '@mikro-orm/core';

/** Columns every table carries: a surrogate key and who wrote the row, and when. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'text', default: 'system' })
  createdBy: string = 'system';

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'text', default: 'system' })
  updatedBy: string = 'system';
}
