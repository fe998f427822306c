import { ArgsType, Field, ID } from 'type-graphql';
import {
  MEETING_ORDER_FIELDS,
  type MeetingListArgs,
  type MeetingOrderField,
} from '../../services/programmes/meeting.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const MeetingOrderFieldEnum = defineEnum('MeetingOrderField', MEETING_ORDER_FIELDS, 'Keys meeting lists sort by.', {
  held_on: 'Ngày họp',
  id: 'Thứ tự nhập',
});

const MeetingOrder = OrderInput('MeetingOrder', MeetingOrderFieldEnum, 'meetings');

@ArgsType()
export class MeetingsArgs extends VoidableConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only meetings held by this body.' })
  body?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Held on or before this day.' })
  to?: string | null;

  @Field(() => MeetingOrder, { nullable: true, description: 'Sort order; default HELD_ON.' })
  orderBy?: Order<MeetingOrderField> | null;

  toList(within: MeetingListArgs['within']): MeetingListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      includeVoided: this.includeVoided,
      within,
      body: optionalId(this.body, 'body', 'Organisation'),
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'held_on', direction: 'asc' },
    };
  }
}
