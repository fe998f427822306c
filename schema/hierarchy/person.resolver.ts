import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Person } from '../../services/hierarchy/person.entity.js';
import type { Position } from '../../services/hierarchy/position.entity.js';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { Sex } from './hierarchy-enums.type.js';
import { PeopleArgs } from './people.args.js';
import { PersonConnection, PersonType } from './person.type.js';
import { PositionType } from './position.type.js';

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonConnection, {
    description: 'People, searched by name ignoring case and accents (best match first), paginated.',
  })
  async people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.hierarchy.people, 0, args, () => args.toList(), info);
  }

  @Query(() => PersonType, {
    nullable: true,
    description: 'One person by register code, e.g. "HN-0012345" (any case); null if none, or outside your scope.',
  })
  person(
    @Arg('code', () => String, { description: 'Register code (mã hồ sơ).' }) code: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.hierarchy.personByCode.load(code.trim().toUpperCase());
  }

  @FieldResolver(() => [PositionType], {
    description: 'Positions held on the day (e.g. 2022-07-13), latest first; the whole history when asOf is omitted.',
  })
  positions(
    @Root() p: Person,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; omit for every position ever held.' })
    asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Position[]> {
    return ctx.loaders.hierarchy.positionsOfPerson.load({ id: p.id, asOf: asOf ?? null });
  }

  @FieldResolver(() => String, { description: 'Sex in Vietnamese ("Nam", "Nữ").' })
  sexLabel(@Root() p: Person): string {
    return labelOf(Sex, p.sex);
  }
}
