import { ArgsType, Field } from 'type-graphql';
import {
  UNIT_ORDER_FIELDS,
  type UnitListArgs,
  type UnitOrderField,
} from '../../services/hierarchy/administrative-unit.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { OrderInput } from '../relay/order.type.js';
import { pickOrder } from '../relay/pick-order.js';
import { searchText } from '../relay/search-text.js';
import { defineEnum } from '../scalars/graphql-enum.js';
import { UnitKind, UnitLevel } from './hierarchy-enums.type.js';

const UnitOrderFieldEnum = defineEnum('AdministrativeUnitOrderField', UNIT_ORDER_FIELDS, 'Keys unit lists sort by.', {
  relevance: 'Mức độ khớp với từ khóa (chỉ khi có search)',
  code: 'Mã đơn vị hành chính',
  name: 'Tên',
});

const UnitOrder = OrderInput('AdministrativeUnitOrder', UnitOrderFieldEnum, 'administrative units');

/** Filters of administrative unit lists (top level and children). */
@ArgsType()
export class AdministrativeUnitsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name, any case, with or without accents ("ung hoa" finds "Ứng Hòa").',
  })
  search?: string | null;

  @Field(() => [UnitLevel], { nullable: true, description: 'Only these tiers.' })
  level?: string[] | null;

  @Field(() => [UnitKind], { nullable: true, description: 'Only these kinds.' })
  kind?: string[] | null;

  @Field(() => UnitOrder, { nullable: true, description: 'Sort order; default CODE (RELEVANCE when searching).' })
  orderBy?: Order<UnitOrderField> | null;

  toList(within: UnitListArgs['within']): UnitListArgs {
    const search = searchText(this.search);
    return {
      within,
      search,
      levels: this.level ?? undefined,
      kinds: this.kind ?? undefined,
      order: pickOrder(this.orderBy, search, 'code'),
    };
  }
}
