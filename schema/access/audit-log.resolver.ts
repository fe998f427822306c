import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { loadConnection } from '../relay/load-connection.js';
import { AuditEntryConnection } from './audit-entry.type.js';
import { AuditLogArgs } from './audit-log.args.js';

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first, of callers within your scope (admins): every mutation, export and download.',
  })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo) {
    return loadConnection(ctx.loaders.access.auditLog, 0, args, () => args.toList(), info);
  }
}
