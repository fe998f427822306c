import { ArgsType, Field } from 'type-graphql';
import type { ApiKeyListArgs } from '../../services/access/api-key.queries.js';
import { ConnectionArgs } from '../relay/connection.args.js';

@ArgsType()
export class ApiKeysArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Also list revoked keys (default false).' })
  includeRevoked?: boolean | null;

  toList(): ApiKeyListArgs {
    return { includeRevoked: this.includeRevoked ?? false };
  }
}
