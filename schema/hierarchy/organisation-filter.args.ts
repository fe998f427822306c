import { ArgsType, Field, ID } from 'type-graphql';
import type { OrganisationListArgs, OrganisationOrderField } from '../../services/hierarchy/organisation.queries.js';
import type { Order } from '../../services/store/query/order.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { checkRange } from '../relay/date-range.js';
import { optionalId } from '../relay/optional-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { Branch, HostSector, OrganisationKind } from './hierarchy-enums.type.js';
import { OrganisationOrder } from './organisation-order.args.js';

/** Filters every organisation list takes (children, descendants, the top-level list). */
@ArgsType()
export class OrganisationFilterArgs extends ConnectionArgs {
  @Field(() => [OrganisationKind], { nullable: true, description: 'Only these kinds.' })
  kind?: string[] | null;

  @Field(() => [Branch], { nullable: true, description: 'Only these branches.' })
  branch?: string[] | null;

  @Field(() => [HostSector], { nullable: true, description: 'Only grassroots organisations hosted in these sectors.' })
  hostSector?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only organisations of this administrative unit.' })
  administrativeUnit?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Founded on or after this day.' })
  foundedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Founded on or before this day.' })
  foundedTo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only organisations that existed on this day.' })
  activeOn?: string | null;

  @Field(() => OrganisationOrder, {
    nullable: true,
    description: 'Sort order; default NAME (RELEVANCE when searching).',
  })
  orderBy?: Order<OrganisationOrderField> | null;

  /** The filters as the list query takes them; `within` says which list. */
  toList(within: OrganisationListArgs['within'], search?: string): OrganisationListArgs {
    checkRange(this.foundedFrom, this.foundedTo, 'foundedFrom');
    return {
      within,
      search,
      kinds: this.kind ?? undefined,
      branches: this.branch ?? undefined,
      hostSectors: this.hostSector ?? undefined,
      unitId: optionalId(this.administrativeUnit, 'administrativeUnit', 'AdministrativeUnit'),
      foundedFrom: this.foundedFrom ?? undefined,
      foundedTo: this.foundedTo ?? undefined,
      activeOn: this.activeOn ?? undefined,
      order: this.orderBy ?? { field: 'name', direction: 'asc' },
    };
  }
}
