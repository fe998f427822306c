import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { Consolidation } from '../../services/oversight/consolidation.entity.js';
import type { Designation } from '../../services/oversight/designation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { ConsolidationType } from './consolidation.type.js';
import { DesignationConnection, DesignationType } from './designation.type.js';
import { DesignationsArgs } from './designations.args.js';
import { DesignationKind } from './oversight-enums.type.js';

@Resolver(() => DesignationType)
export class DesignationResolver {
  @Query(() => DesignationConnection, {
    description: 'Organisations designated weak or to be consolidated, by year, kind, subtree and progress.',
  })
  designations(
    @Args(() => DesignationsArgs) args: DesignationsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.designations, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => OrganisationType, { description: 'The organisation designated.' })
  organisation(@Root() d: Designation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, d.organisation);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The committee monitoring it, if any.' })
  monitoredBy(@Root() d: Designation, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, d.monitoredBy);
  }

  @FieldResolver(() => ConsolidationType, { nullable: true, description: 'Its consolidation; null while pending.' })
  async consolidation(@Root() d: Designation, @Ctx() ctx: GraphQLContext): Promise<Consolidation | null> {
    return (await ctx.loaders.oversight.consolidationOf.load(d.id))[0] ?? null;
  }

  @FieldResolver(() => String, { description: 'The kind in Vietnamese.' })
  kindLabel(@Root() d: Designation): string {
    return labelOf(DesignationKind, d.kind);
  }
}
