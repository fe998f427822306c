import { ArgsType, Field, ID, Int } from 'type-graphql';
import {
  DESIGNATION_ORDER_FIELDS,
  type DesignationListArgs,
  type DesignationOrderField,
} from '../../services/oversight/designation.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { DesignationKind } from './oversight-enums.type.js';

const DesignationOrderFieldEnum = defineEnum(
  'DesignationOrderField',
  DESIGNATION_ORDER_FIELDS,
  'Keys designation lists sort by.',
  { designated_on: 'Ngày xác định', id: 'Thứ tự nhập' },
);

const DesignationOrder = OrderInput('DesignationOrder', DesignationOrderFieldEnum, 'designations');

@ArgsType()
export class DesignationsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only organisations in this organisation's subtree." })
  under?: string | null;

  @Field(() => [DesignationKind], { nullable: true, description: 'Only these kinds.' })
  kind?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only designations for this year.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only those monitored by this steering or standing committee.' })
  monitoredBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: consolidated already; false: still to consolidate.' })
  consolidated?: boolean | null;

  @Field(() => DesignationOrder, { nullable: true, description: 'Sort order; default DESIGNATED_ON.' })
  orderBy?: Order<DesignationOrderField> | null;

  toList(within: DesignationListArgs['within']): DesignationListArgs {
    return {
      within,
      under: optionalId(this.under, 'under', 'Organisation'),
      kinds: this.kind ?? undefined,
      year: this.year ?? undefined,
      monitoredBy: optionalId(this.monitoredBy, 'monitoredBy', 'Organisation'),
      consolidated: this.consolidated ?? undefined,
      order: this.orderBy ?? { field: 'designated_on', direction: 'asc' },
    };
  }
}
