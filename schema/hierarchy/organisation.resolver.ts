import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '../../services/calendar.js';
import { DomainError } from '../../services/errors.js';
import { AdministrativeUnit } from '../../services/hierarchy/administrative-unit.entity.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { Position } from '../../services/hierarchy/position.entity.js';
import type { GraphQLContext } from '../context.js';
import { AsOfArg } from '../relay/as-of.arg.js';
import { fromGlobalId } from '../relay/global-id.js';
import { loadConnection } from '../relay/load-connection.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { ScansSubtree } from '../scans-subtree.js';
import { AdministrativeUnitType } from './administrative-unit.type.js';
import { DescendantsArgs } from './descendants.args.js';
import { OrganisationKind } from './hierarchy-enums.type.js';
import { OrganisationConnection, OrganisationType } from './organisation.type.js';
import { OrganisationFilterArgs } from './organisation-filter.args.js';
import { OrganisationsArgs } from './organisations.args.js';
import { PositionType } from './position.type.js';

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @Query(() => OrganisationType, {
    nullable: true,
    description: 'One organisation by global id or by code (give exactly one); null when none matches.',
  })
  async organisation(
    @Arg('id', () => ID, { nullable: true, description: 'Its global id.' }) id: string | null,
    @Arg('code', () => String, { nullable: true, description: 'Its code, e.g. "TU".' }) code: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organisation | null> {
    if ((id == null) === (code == null)) {
      throw new DomainError('BAD_USER_INPUT', 'give exactly one of id and code', [id == null ? 'id' : 'code']);
    }
    if (code != null) return ctx.loaders.hierarchy.organisationByCode.load(code);
    return ctx.loaders.entities.of(Organisation).load(fromGlobalId(id as string, ['id'], 'Organisation').id);
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations, filtered, searched (case- and accent-insensitive, best match first) and paginated.',
  })
  async organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.organisations, 0, args, () => args.toSearchList(), info);
  }

  @FieldResolver(() => String, { description: 'The kind in Vietnamese, e.g. "Chi bộ".' })
  kindLabel(@Root() o: Organisation): string {
    return labelOf(OrganisationKind, o.kind);
  }

  @FieldResolver(() => Int, { description: 'Levels below the root of its tree (the Thành ủy is 0).' })
  depth(@Root() o: Organisation): number {
    return o.depth ?? o.path.length - 1;
  }

  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The organisation directly above; null at a root.',
  })
  parent(@Root() o: Organisation, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return ctx.loaders.entities.ref(Organisation, o.parent);
  }

  @FieldResolver(() => OrganisationConnection, {
    description: 'The organisations directly below, filtered and paginated.',
  })
  async children(
    @Root() o: Organisation,
    @Args(() => OrganisationFilterArgs) args: OrganisationFilterArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.organisations, o.id, args, () => args.toList('children'), info);
  }

  @FieldResolver(() => [OrganisationType], { description: 'Every organisation above, root (Thành ủy) first.' })
  ancestors(@Root() o: Organisation, @Ctx() ctx: GraphQLContext): Promise<Organisation[]> {
    return ctx.loaders.hierarchy.ancestors.load(o.id);
  }

  @ScansSubtree()
  @FieldResolver(() => OrganisationConnection, {
    description: 'Organisations anywhere below (to `depth` levels), filtered and paginated; one indexed lookup.',
  })
  async descendants(
    @Root() o: Organisation,
    @Args(() => DescendantsArgs) args: DescendantsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.organisations, o.id, args, () => args.toDescendantList(), info);
  }

  @FieldResolver(() => AdministrativeUnitType, { nullable: true, description: 'The administrative unit it serves.' })
  administrativeUnit(@Root() o: Organisation, @Ctx() ctx: GraphQLContext): Promise<AdministrativeUnit | null> {
    return ctx.loaders.entities.ref(AdministrativeUnit, o.administrativeUnit);
  }

  @FieldResolver(() => PositionType, {
    nullable: true,
    description: 'The head (Bí thư, Chủ tịch ...) on the day; the latest appointment if two overlap.',
  })
  head(@Root() o: Organisation, @AsOfArg('to look at') asOf: string | null, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.hierarchy.head.load({ id: o.id, asOf: asOf ?? todayInVietnam() });
  }

  @FieldResolver(() => [PositionType], {
    description:
      'Positions held in this organisation on the day, head first; every position ever held when asOf is null.',
  })
  positions(
    @Root() o: Organisation,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; omit for the whole history.' })
    asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Position[]> {
    return ctx.loaders.hierarchy.positionsInOrganisation.load({ id: o.id, asOf: asOf ?? null });
  }
}
