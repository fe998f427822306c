import { ORGANISATION_ORDER_FIELDS } from '../../services/hierarchy/organisation.queries.js';
import { OrderInput } from '../relay/order.type.js';
import { defineEnum } from '../scalars/graphql-enum.js';

const OrganisationOrderField = defineEnum(
  'OrganisationOrderField',
  ORGANISATION_ORDER_FIELDS,
  'Keys organisation lists can be sorted by.',
  {
    relevance: 'Mức độ khớp với từ khóa (chỉ khi có search)',
    name: 'Tên',
    code: 'Mã',
    founded_on: 'Ngày thành lập',
  },
);

export const OrganisationOrder = OrderInput('OrganisationOrder', OrganisationOrderField, 'organisations');
