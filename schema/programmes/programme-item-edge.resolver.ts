import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ProgrammeItem } from '../../services/programmes/programme-item.entity.js';
import type { GraphQLContext } from '../context.js';
import { ProgrammeItemEdge } from './programme-item-edge.type.js';
import { ItemStatus } from './programmes-enums.type.js';

/** The status of an item on the day its list was asked for. */
@Resolver(() => ProgrammeItemEdge)
export class ProgrammeItemEdgeResolver {
  @FieldResolver(() => ItemStatus, {
    nullable: true,
    description: 'The status on the list day; null before the first.',
  })
  async status(@Root() edge: { node: ProgrammeItem; asOf: string }, @Ctx() ctx: GraphQLContext) {
    const [change] = await ctx.loaders.programmes.statusOn.load({ id: edge.node.id, asOf: edge.asOf });
    return change?.status ?? null;
  }
}
