import { ArgsType, Field, ID } from 'type-graphql';
import { todayInVietnam } from '../../services/calendar.js';
import {
  ITEM_ORDER_FIELDS,
  type ItemOrderField,
  type ProgrammeItemListArgs,
} from '../../services/programmes/programme-item.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { optionalId } from '../relay/optional-id.js';
import { OrderInput } from '../relay/order.type.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { ItemStatus, ProgrammeItemKind } from './programmes-enums.type.js';

const ItemOrderFieldEnum = defineEnum('ProgrammeItemOrderField', ITEM_ORDER_FIELDS, 'Keys item lists sort by.', {
  code: 'Mã',
  assigned_on: 'Ngày giao',
});

const ItemOrder = OrderInput('ProgrammeItemOrder', ItemOrderFieldEnum, 'programme items');

@ArgsType()
export class ProgrammeItemsArgs extends ConnectionArgs {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day to look at: items assigned by then, with their status that day; default today.',
  })
  asOf?: string | null;

  @Field(() => [ItemStatus], { nullable: true, description: 'Only items in these statuses on that day.' })
  status?: string[] | null;

  @Field(() => [ProgrammeItemKind], { nullable: true, description: 'Only these kinds.' })
  kind?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only items led by this agency.' })
  leadAgency?: string | null;

  @Field(() => ItemOrder, { nullable: true, description: 'Sort order; default CODE.' })
  orderBy?: Order<ItemOrderField> | null;

  toList(): ProgrammeItemListArgs {
    return {
      asOf: this.asOf ?? todayInVietnam(),
      statuses: this.status ?? undefined,
      kinds: this.kind ?? undefined,
      leadAgency: optionalId(this.leadAgency, 'leadAgency', 'Organisation'),
      order: this.orderBy ?? { field: 'code', direction: 'asc' },
    };
  }
}
