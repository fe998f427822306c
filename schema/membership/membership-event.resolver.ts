import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Member } from '../../services/membership/member.entity.js';
import type { MembershipEvent } from '../../services/membership/membership-event.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { MemberType } from './member.type.js';
import { MembershipEventKind } from './membership-enums.type.js';
import { MembershipEventConnection, MembershipEventType } from './membership-event.type.js';
import { MembershipEventsArgs } from './membership-events.args.js';

@Resolver(() => MembershipEventType)
export class MembershipEventResolver {
  @Query(() => MembershipEventConnection, {
    description:
      'Membership events (admissions, transfers, exits ...), filtered by subtree, kind and dates, paginated.',
  })
  membershipEvents(
    @Args(() => MembershipEventsArgs) args: MembershipEventsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.membership.events, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => MemberType, { description: 'Whose membership.' })
  member(@Root() e: MembershipEvent, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Member, e.member);
  }

  @FieldResolver(() => OrganisationType, { description: 'The cell the event counts in, as it was that day.' })
  organisation(@Root() e: MembershipEvent, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, e.organisation);
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The other cell of a transfer.' })
  counterpart(@Root() e: MembershipEvent, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, e.counterpart);
  }

  @FieldResolver(() => String, { description: 'The kind in Vietnamese, e.g. "Kết nạp".' })
  kindLabel(@Root() e: MembershipEvent): string {
    return labelOf(MembershipEventKind, e.kind);
  }
}
