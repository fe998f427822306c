import { ArgsType, Field, ID } from 'type-graphql';
import {
  OVERSIGHT_ORDER_FIELDS,
  type OversightListArgs,
  type OversightOrderField,
} from '../../services/oversight/oversight-record.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { ActingBody, OversightSubject } from './oversight-enums.type.js';

const OversightOrderFieldEnum = defineEnum(
  'OversightOrderField',
  OVERSIGHT_ORDER_FIELDS,
  'Keys oversight lists sort by.',
  {
    date: 'Ngày (kiểm tra, giám sát, quyết định kỷ luật)',
    id: 'Thứ tự nhập',
  },
);

const OversightOrder = OrderInput('OversightOrder', OversightOrderFieldEnum, 'oversight records');

/** Filters shared by inspection, supervision and discipline lists; each adds its own type or form. */
@ArgsType()
export class OversightFilterArgs extends VoidableConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only records counted in this organisation's subtree." })
  under?: string | null;

  @Field(() => OversightSubject, { nullable: true, description: 'Only records about organisations, or about members.' })
  subject?: 'organisation' | 'member' | null;

  @Field(() => ID, { nullable: true, description: 'Only records of this acting committee.' })
  actingCommittee?: string | null;

  @Field(() => [ActingBody], { nullable: true, description: 'Only records by these acting bodies.' })
  actingBody?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  to?: string | null;

  @Field(() => OversightOrder, { nullable: true, description: 'Sort order; default DATE.' })
  orderBy?: Order<OversightOrderField> | null;

  /** The list query; `kinds` are the inspection or supervision types, or the discipline forms, asked for. */
  toOversightList(within: OversightListArgs['within'], kinds: string[] | null | undefined): OversightListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      includeVoided: this.includeVoided,
      within,
      kinds: kinds ?? undefined,
      under: optionalId(this.under, 'under', 'Organisation'),
      subject: this.subject ?? undefined,
      actingCommittee: optionalId(this.actingCommittee, 'actingCommittee', 'Organisation'),
      actingBodies: this.actingBody ?? undefined,
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'date', direction: 'asc' },
    };
  }
}
