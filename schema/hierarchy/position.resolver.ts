import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { Person } from '../../services/hierarchy/person.entity.js';
import type { Position } from '../../services/hierarchy/position.entity.js';
import type { GraphQLContext } from '../context.js';
import { labelOf } from '../scalars/graphql-enum.js';
import { PositionRole } from './hierarchy-enums.type.js';
import { OrganisationType } from './organisation.type.js';
import { PersonType } from './person.type.js';
import { PositionType } from './position.type.js';

@Resolver(() => PositionType)
export class PositionResolver {
  @FieldResolver(() => PersonType, { description: 'Who holds (or held) the position.' })
  person(@Root() p: Position, @Ctx() ctx: GraphQLContext): Promise<Person | null> {
    return ctx.loaders.entities.ref(Person, p.person);
  }

  @FieldResolver(() => OrganisationType, { description: 'Where the position is.' })
  organisation(@Root() p: Position, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> {
    return ctx.loaders.entities.ref(Organisation, p.organisation);
  }

  @FieldResolver(() => String, { description: 'The role in Vietnamese, e.g. "Người đứng đầu".' })
  roleLabel(@Root() p: Position): string {
    return labelOf(PositionRole, p.role);
  }
}
