import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { DocumentConnection, DocumentType } from './document.type.js';
import { DocumentsArgs } from './documents.args.js';

@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => DocumentConnection, {
    description: 'Party and state documents, searched by code or title, by kind and date.',
  })
  documents(
    @Args(() => DocumentsArgs) args: DocumentsArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return loadConnection(ctx.loaders.programmes.documents, 0, args, () => args.toList(), info);
  }
}
