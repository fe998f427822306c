import { Check, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';

/**
 * A record that is corrected by voiding, never by deleting or editing: when, by whom and why it was
 * voided (all three or none), and, on a replacement, the voided record it replaces.
 */
export abstract class VoidableEntity extends BaseEntity {
  @Property({ type: 'datetime', nullable: true })
  voidedAt?: Date;

  @Property({ type: 'text', nullable: true })
  voidedBy?: string;

  @Property({ type: 'text', nullable: true })
  voidReason?: string;

  /** Declared on each table by `@Voidable`, since the reference points into the table itself. */
  replaces?: this;
}

type VoidableClass = abstract new (...args: never[]) => VoidableEntity;

/**
 * Gives a voidable entity its self-reference (at most one replacement per record) and the rule
 * that the three void columns are set together.
 */
export function Voidable(table: string) {
  return (target: VoidableClass): void => {
    ManyToOne(() => target, { nullable: true, unique: `${table}_replaces_id_unique`, deleteRule: 'restrict' })(
      target.prototype,
      'replaces',
    );
    Check({
      name: `${table}_void_check`,
      expression: '(voided_at is null) = (voided_by is null) and (voided_at is null) = (void_reason is null)',
    })(target);
  };
}
