import { type ClassType, Field, InputType } from 'type-graphql';
import type { Order } from '../../services/store/query/order.js';
import { OrderDirection } from './order-direction.type.js';

/**
 * An `orderBy` input `<name>` over the list's own field enum. Rows with equal keys are ordered by
 * id, so the order is total and keyset cursors are exact.
 */
export function OrderInput<F extends string>(name: string, fields: Record<string, F>, listName: string) {
  @InputType(name, { description: `How to sort ${listName}; ties are broken by id.` })
  class OrderBy implements Order<F> {
    @Field(() => fields, { description: 'The key to sort by.' })
    field!: F;

    @Field(() => OrderDirection, { defaultValue: 'asc', description: 'ASC (default) or DESC.' })
    direction!: 'asc' | 'desc';
  }
  return OrderBy as ClassType<Order<F>>;
}
