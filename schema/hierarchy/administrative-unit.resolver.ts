import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { AdministrativeUnit } from '../../services/hierarchy/administrative-unit.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { AdministrativeUnitConnection, AdministrativeUnitType } from './administrative-unit.type.js';
import { AdministrativeUnitsArgs } from './administrative-units.args.js';
import { UnitKind } from './hierarchy-enums.type.js';
import { OrganisationConnection } from './organisation.type.js';
import { OrganisationFilterArgs } from './organisation-filter.args.js';

@Resolver(() => AdministrativeUnitType)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnitType, {
    nullable: true,
    description: 'One administrative unit by GSO code ("001" is Ba Đình).',
  })
  administrativeUnit(
    @Arg('code', () => String, { description: 'GSO code.' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.hierarchy.unitByCode.load(code);
  }

  @Query(() => AdministrativeUnitConnection, {
    description: 'Administrative units, filtered, searched (case- and accent-insensitive) and paginated.',
  })
  async administrativeUnits(
    @Args(() => AdministrativeUnitsArgs) args: AdministrativeUnitsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.units, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => String, { description: 'The kind in Vietnamese, e.g. "Huyện".' })
  kindLabel(@Root() u: AdministrativeUnit): string {
    return labelOf(UnitKind, u.kind);
  }

  @FieldResolver(() => AdministrativeUnitType, {
    nullable: true,
    description: 'The unit it belongs to; null for the city.',
  })
  parent(@Root() u: AdministrativeUnit, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(AdministrativeUnit, u.parent);
  }

  @FieldResolver(() => AdministrativeUnitConnection, { description: 'The units directly below.' })
  async children(
    @Root() u: AdministrativeUnit,
    @Args(() => AdministrativeUnitsArgs) args: AdministrativeUnitsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.units, u.id, args, () => args.toList('children'), info);
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations serving this unit.' })
  async organisations(
    @Root() u: AdministrativeUnit,
    @Args(() => OrganisationFilterArgs) args: OrganisationFilterArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.hierarchy.organisations, u.id, args, () => args.toList('unit'), info);
  }
}
