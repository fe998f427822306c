import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../services/errors.js';
import type { GraphQLContext } from '../context.js';
import { fromGlobalId, toGlobalId } from './global-id.js';
import { Node } from './node.type.js';
import { nodeTypeName } from './node-type-name.js';
import { nodeTypes } from './node-types.js';
import { MAX_PAGE_SIZE } from './page-args.js';

/** Relay object identification: the global `id` of every node type, and `node` / `nodes` to fetch by it. */
@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() value: { id: number }): string {
    return toGlobalId(nodeTypeName(value), value.id);
  }

  @Query(() => Node, { nullable: true, description: 'Any object by its global id; null when it no longer exists.' })
  node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.load(id, ['id'], ctx);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by global id, in the order asked (null where missing); at most ${MAX_PAGE_SIZE} ids.`,
  })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[], @Ctx() ctx: GraphQLContext) {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new DomainError('PAGE_TOO_LARGE', `at most ${MAX_PAGE_SIZE} ids, got ${ids.length}`, ['ids']);
    }
    return Promise.all(ids.map((id, i) => this.load(id, ['ids', i], ctx)));
  }

  private load(value: string, field: (string | number)[], ctx: GraphQLContext) {
    const { type, id } = fromGlobalId(value, field);
    const entity = nodeTypes.get(type);
    if (!entity) throw new DomainError('INVALID_ID', `no object type ${type}`, field);
    return ctx.loaders.entities.of(entity).load(id);
  }
}
