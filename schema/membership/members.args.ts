import { ArgsType, Field, ID } from 'type-graphql';
import {
  MEMBER_ORDER_FIELDS,
  type MemberListArgs,
  type MemberOrderField,
} from '../../services/membership/member.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { MemberStatus } from './membership-enums.type.js';

const MemberOrderFieldEnum = defineEnum('MemberOrderField', MEMBER_ORDER_FIELDS, 'Keys member lists sort by.', {
  admitted_on: 'Ngày kết nạp',
  id: 'Thứ tự nhập',
});

const MemberOrder = OrderInput('MemberOrder', MemberOrderFieldEnum, 'members');

/** Filters of member lists: the top-level one and an organisation's. */
@ArgsType()
export class MembersArgs extends VoidableConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only members whose cell is in this organisation's subtree." })
  under?: string | null;

  @Field(() => [MemberStatus], { nullable: true, description: 'Only these statuses.' })
  status?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Admitted on or after this day.' })
  admittedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Admitted on or before this day.' })
  admittedTo?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only members on this day (admitted by then, not yet left).',
  })
  activeOn?: string | null;

  @Field(() => MemberOrder, { nullable: true, description: 'Sort order; default ADMITTED_ON.' })
  orderBy?: Order<MemberOrderField> | null;

  toList(within: MemberListArgs['within']): MemberListArgs {
    checkRange(this.admittedFrom, this.admittedTo, 'admittedFrom');
    return {
      includeVoided: this.includeVoided,
      within,
      under: optionalId(this.under, 'under', 'Organisation'),
      statuses: this.status ?? undefined,
      admittedFrom: this.admittedFrom ?? undefined,
      admittedTo: this.admittedTo ?? undefined,
      activeOn: this.activeOn ?? undefined,
      order: this.orderBy ?? { field: 'admitted_on', direction: 'asc' },
    };
  }
}
