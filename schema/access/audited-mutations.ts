import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { AuditTrail } from '../../services/access/audit-trail.js';
import type { GraphQLContext } from '../context.js';

/**
 * Gives every mutation its audit line: the resolver runs with `ctx.audit` set, so a write service
 * records the line inside its transaction; whatever did not (and every refusal) is recorded here.
 * Mutations run one after another, so one context can carry the line of the current one.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, ctx: GraphQLContext, info) => {
      const audit = new AuditTrail(ctx.caller, ctx.origin, 'mutation', info.fieldName, args);
      try {
        const result = await resolve(source, args, { ...ctx, audit }, info);
        await audit.record(ctx.em, 'ok', result);
        return result;
      } catch (error) {
        await audit.record(ctx.em, error);
        throw error;
      }
    };
  }
  return schema;
}
