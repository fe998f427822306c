import { ArgsType, Field } from 'type-graphql';
import {
  DOCUMENT_ORDER_FIELDS,
  type DocumentListArgs,
  type DocumentOrderField,
} from '../../services/programmes/document.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { OrderInput } from '../relay/order.type.js';
import { searchText } from '../relay/search-text.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const DocumentOrderFieldEnum = defineEnum('DocumentOrderField', DOCUMENT_ORDER_FIELDS, 'Keys document lists sort by.', {
  issued_on: 'Ngày ban hành',
  code: 'Số hiệu',
});

const DocumentOrder = OrderInput('DocumentOrder', DocumentOrderFieldEnum, 'documents');

@ArgsType()
export class DocumentsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Words of the code, kind or title, any case and accents.' })
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these kinds, as written (e.g. "Quy định").' })
  kind?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on or before this day.' })
  to?: string | null;

  @Field(() => DocumentOrder, { nullable: true, description: 'Sort order; default ISSUED_ON (undated first).' })
  orderBy?: Order<DocumentOrderField> | null;

  toList(): DocumentListArgs {
    checkRange(this.from, this.to, 'from');
    return {
      search: searchText(this.search),
      kinds: this.kind ?? undefined,
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      order: this.orderBy ?? { field: 'issued_on', direction: 'asc' },
    };
  }
}
