import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { DesignationConnection } from './designation.type.js';
import { DesignationsArgs } from './designations.args.js';

/** The years an organisation was designated weak or to be consolidated. */
@Resolver(() => OrganisationType)
export class OrganisationDesignationsResolver {
  @FieldResolver(() => DesignationConnection, { description: 'Designations of this organisation itself.' })
  designations(
    @Root() o: Organisation,
    @Args(() => DesignationsArgs) args: DesignationsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.oversight.designations, o.id, args, () => args.toList('organisation'), info);
  }
}
