import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiKey } from '../../services/access/api-key.entity.js';
import { ApiKeyService, type CreatedApiKey } from '../../services/access/api-key.service.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { toGlobalId } from '../relay/global-id.js';
import { loadConnection } from '../relay/load-connection.js';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs.js';
import { ApiKeyConnection, ApiKeyType, CreatedApiKeyType } from './api-key.type.js';
import { ApiKeysArgs } from './api-keys.args.js';

/** Keys for service accounts: admins list, create and revoke those of their scope. */
@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'API keys of your scope, newest first (admins).' })
  apiKeys(@Args(() => ApiKeysArgs) args: ApiKeysArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.access.apiKeys, 0, args, () => args.toList(), info);
  }

  @Mutation(() => CreatedApiKeyType, {
    description:
      'Creates a key; its secret comes back this once. Refusals: FORBIDDEN (a scope wider than yours), NOT_FOUND, BAD_USER_INPUT.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name, role, scope and optional expiry.' })
    input: CreateApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiKey> {
    return new ApiKeyService(ctx).create(input.toService());
  }

  @Mutation(() => ApiKeyType, {
    description:
      'Revokes a key at once (other server processes stop accepting it within AUTH_CACHE_SECONDS). Refusals: KEY_REVOKED, NOT_FOUND, FORBIDDEN.',
  })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKey> {
    return new ApiKeyService(ctx).revoke(input.toService());
  }

  @FieldResolver(() => ID, { description: 'Its id, for revokeApiKey.' })
  id(@Root() key: ApiKey): string {
    return toGlobalId('ApiKey', key.id);
  }

  @FieldResolver(() => String, {
    description: 'The code of the organisation whose subtree it reaches, "*" for the whole forest.',
  })
  async scope(@Root() key: ApiKey, @Ctx() ctx: GraphQLContext): Promise<string> {
    const organisation = await ctx.loaders.entities.ref(Organisation, key.scope);
    return organisation?.code ?? '*';
  }
}
