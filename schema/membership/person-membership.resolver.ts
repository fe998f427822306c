import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Person } from '../../services/hierarchy/person.entity.js';
import type { Member } from '../../services/membership/member.entity.js';
import type { GraphQLContext } from '../context.js';
import { PersonType } from '../hierarchy/person.type.js';
import { MemberType } from './member.type.js';

/** A person's Party membership, where there is one. */
@Resolver(() => PersonType)
export class PersonMembershipResolver {
  @FieldResolver(() => MemberType, { nullable: true, description: 'Party membership; null for a non-member.' })
  async member(@Root() p: Person, @Ctx() ctx: GraphQLContext): Promise<Member | null> {
    return (await ctx.loaders.membership.memberOfPerson.load(p.id))[0] ?? null;
  }
}
