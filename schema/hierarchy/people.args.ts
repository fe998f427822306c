import { ArgsType, Field } from 'type-graphql';
import {
  PERSON_ORDER_FIELDS,
  type PersonListArgs,
  type PersonOrderField,
} from '../../services/hierarchy/person.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { OrderInput } from '../relay/order.type.js';
import { pickOrder } from '../relay/pick-order.js';
import { searchText } from '../relay/search-text.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const PersonOrderFieldEnum = defineEnum(
  'PersonOrderField',
  PERSON_ORDER_FIELDS,
  'Keys people lists can be sorted by.',
  {
    relevance: 'Mức độ khớp với từ khóa (chỉ khi có search)',
    name: 'Họ và tên',
    birth_year: 'Năm sinh',
  },
);

const PersonOrder = OrderInput('PersonOrder', PersonOrderFieldEnum, 'people');

@ArgsType()
export class PeopleArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words of the name, any case, with or without accents ("dinh tien dung" finds "Đinh Tiến Dũng"), or a register code ("hn-0000042").',
  })
  search?: string | null;

  @Field(() => PersonOrder, { nullable: true, description: 'Sort order; default NAME (RELEVANCE when searching).' })
  orderBy?: Order<PersonOrderField> | null;

  toList(): PersonListArgs {
    const search = searchText(this.search, true);
    return { search, order: pickOrder(this.orderBy, search, 'name') };
  }
}
