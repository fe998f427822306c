import { defineEnum } from '../scalars/graphql-enum.js';

export const OrderDirection = defineEnum('OrderDirection', ['asc', 'desc'] as const, 'Sort direction of a list.', {
  asc: 'Tăng dần (A → Z, cũ → mới)',
  desc: 'Giảm dần (Z → A, mới → cũ)',
});
