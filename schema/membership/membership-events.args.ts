import { ArgsType, Field, ID } from 'type-graphql';
import {
  EVENT_ORDER_FIELDS,
  type EventOrderField,
  type MembershipEventListArgs,
} from '../../services/membership/membership-event.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { ExitReason, MembershipEventKind } from './membership-enums.type.js';

const EventOrderFieldEnum = defineEnum('MembershipEventOrderField', EVENT_ORDER_FIELDS, 'Keys event lists sort by.', {
  occurred_on: 'Ngày diễn ra',
  id: 'Thứ tự nhập',
});

const EventOrder = OrderInput('MembershipEventOrder', EventOrderFieldEnum, 'membership events');

/** Filters of membership event lists (admissions are `kind: [ADMISSION]`). */
@ArgsType()
export class MembershipEventsArgs extends VoidableConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only events counted in this organisation's subtree." })
  under?: string | null;

  @Field(() => [MembershipEventKind], { nullable: true, description: 'Only these kinds.' })
  kind?: string[] | null;

  @Field(() => [ExitReason], { nullable: true, description: 'Only exits for these reasons.' })
  exitReason?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  to?: string | null;

  @Field(() => EventOrder, { nullable: true, description: 'Sort order; default OCCURRED_ON.' })
  orderBy?: Order<EventOrderField> | null;

  toList(within: MembershipEventListArgs['within']): MembershipEventListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      includeVoided: this.includeVoided,
      within,
      under: optionalId(this.under, 'under', 'Organisation'),
      kinds: this.kind ?? undefined,
      exitReasons: this.exitReason ?? undefined,
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'occurred_on', direction: 'asc' },
    };
  }
}
