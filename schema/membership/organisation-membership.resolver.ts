import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '../../services/calendar.js';
import type { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { AsOfArg } from '../relay/as-of.arg.js';
import { loadConnection } from '../relay/load-connection.js';
import { ScansSubtree } from '../scans-subtree.js';
import { MemberConnection } from './member.type.js';
import { MembersArgs } from './members.args.js';
import { MembershipEventConnection } from './membership-event.type.js';
import { MembershipEventsArgs } from './membership-events.args.js';

/** An organisation's members and membership events, counted over its whole subtree. */
@Resolver(() => OrganisationType)
export class OrganisationMembershipResolver {
  @ScansSubtree()
  @FieldResolver(() => Int, {
    description: 'Party members in the subtree on the day (admitted by then, not yet left), where they sit now.',
  })
  memberCount(@Root() o: Organisation, @AsOfArg('to count on') asOf: string | null, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.membership.memberCount.load({ id: o.id, asOf: asOf ?? todayInVietnam() });
  }

  @ScansSubtree()
  @FieldResolver(() => MemberConnection, { description: 'Party members whose cell is in the subtree.' })
  members(
    @Root() o: Organisation,
    @Args(() => MembersArgs) args: MembersArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.membership.members, o.id, args, () => args.toList('subtree'), info);
  }

  @ScansSubtree()
  @FieldResolver(() => MembershipEventConnection, {
    description: 'Membership events counted in the subtree (e.g. admissions in 2022-H1 with kind and dates).',
  })
  membershipEvents(
    @Root() o: Organisation,
    @Args(() => MembershipEventsArgs) args: MembershipEventsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.membership.events, o.id, args, () => args.toList('subtree'), info);
  }
}
