import { ArgsType, Field, ID } from 'type-graphql';
import {
  CONSOLIDATION_ORDER_FIELDS,
  type ConsolidationListArgs,
  type ConsolidationOrderField,
} from '../../services/oversight/consolidation.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const ConsolidationOrderFieldEnum = defineEnum(
  'ConsolidationOrderField',
  CONSOLIDATION_ORDER_FIELDS,
  'Keys consolidation lists sort by.',
  { consolidated_on: 'Ngày củng cố xong', id: 'Thứ tự nhập' },
);

const ConsolidationOrder = OrderInput('ConsolidationOrder', ConsolidationOrderFieldEnum, 'consolidations');

@ArgsType()
export class ConsolidationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only organisations in this organisation's subtree." })
  under?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Consolidated on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Consolidated on or before this day.' })
  to?: string | null;

  @Field(() => ConsolidationOrder, { nullable: true, description: 'Sort order; default CONSOLIDATED_ON.' })
  orderBy?: Order<ConsolidationOrderField> | null;

  toList(): ConsolidationListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      under: optionalId(this.under, 'under', 'Organisation'),
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'consolidated_on', direction: 'asc' },
    };
  }
}
