import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Person } from '../../services/hierarchy/person.entity.js';
import type { Member } from '../../services/membership/member.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { PersonType } from '../hierarchy/person.type.js';
import { loadConnection } from '../relay/load-connection.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { MemberConnection, MemberType } from './member.type.js';
import { MembersArgs } from './members.args.js';
import { MemberStatus } from './membership-enums.type.js';
import { MembershipEventConnection } from './membership-event.type.js';
import { MembershipEventsArgs } from './membership-events.args.js';

@Resolver(() => MemberType)
export class MemberResolver {
  @Query(() => MemberConnection, { description: 'Party members, filtered by subtree, status and dates, paginated.' })
  members(@Args(() => MembersArgs) args: MembersArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.membership.members, 0, args, () => args.toList('all'), info);
  }

  @FieldResolver(() => PersonType, { description: 'The person (name, sex, birth year, ethnicity, education).' })
  person(@Root() m: Member, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Person, m.person);
  }

  @FieldResolver(() => OrganisationType, { description: 'The cell (chi bộ) the member belongs to now.' })
  cell(@Root() m: Member, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.ref(Organisation, m.cell);
  }

  @FieldResolver(() => String, { description: 'The status in Vietnamese, e.g. "Đảng viên chính thức".' })
  statusLabel(@Root() m: Member): string {
    return labelOf(MemberStatus, m.status);
  }

  @FieldResolver(() => MembershipEventConnection, { description: "The membership's events, oldest first by default." })
  events(
    @Root() m: Member,
    @Args(() => MembershipEventsArgs) args: MembershipEventsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.membership.events, m.id, args, () => args.toList('member'), info);
  }
}
