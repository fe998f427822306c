import { ArgsType, Field, ID } from 'type-graphql';
import type { OrganisationListArgs } from '../../services/hierarchy/organisation.queries.js';
import { optionalId } from '../relay/optional-id.js';
import { pickOrder } from '../relay/pick-order.js';
import { searchText } from '../relay/search-text.js';
import { OrganisationFilterArgs } from './organisation-filter.args.js';

/** The top-level organisation list: the shared filters plus search and subtree. */
@ArgsType()
export class OrganisationsArgs extends OrganisationFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name, in any case, with or without accents ("ba dinh" finds "Quận ủy Ba Đình").',
  })
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations below this one (its whole subtree, itself excluded).',
  })
  under?: string | null;

  toSearchList(): OrganisationListArgs {
    const search = searchText(this.search);
    return {
      ...this.toList('all', search),
      under: optionalId(this.under, 'under', 'Organisation'),
      order: pickOrder(this.orderBy, search, 'name'),
    };
  }
}
