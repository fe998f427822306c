import type { ListQuery } from './keyset.js';
import type { Order } from './order.js';
import { raw } from './sql.js';

/** The ordering of an event list by its date column (or by id alone), ties broken by id. */
export function datedOrder(dateColumn: string, order: Order<string>): ListQuery['order'] {
  const descending = order.direction === 'desc';
  const id = { expr: raw('t.id'), type: 'int' } as const;
  if (order.field === 'id') return { name: 'id', keys: [id], descending };
  return { name: order.field, keys: [{ expr: raw(dateColumn), type: 'date' }, id], descending };
}
