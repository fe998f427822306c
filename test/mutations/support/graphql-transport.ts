import { type GraphQLInputType, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { buildGraphQLSchema } from '../../../schema/build-schema.js';
import { toGlobalId } from '../../../schema/relay/global-id.js';
import type { TestGateway } from '../../support/gateway.js';
import { encodeRefs, type Transport } from './mutation-case.js';

/** GraphQL enums are the stored values in upper case; the cases are written with the stored values. */
function toGraphQLValue(value: unknown, type: GraphQLInputType): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return toGraphQLValue(value, type.ofType);
  if (isListType(type)) return (value as unknown[]).map((v) => toGraphQLValue(v, type.ofType));
  if (isEnumType(type) && typeof value === 'string') return value.toUpperCase();
  if (isInputObjectType(type) && typeof value === 'object') {
    const fields = type.getFields();
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fields[k] ? toGraphQLValue(v, fields[k].type) : v]),
    );
  }
  return value;
}

/**
 * Posts each mutation to /graphql over HTTP as a client would (global ids, upper-case enums, the
 * caller in x-civicgraph-user) and reads the answer back as an id or a refusal. Each mutation takes
 * one `input`; its type comes from the schema.
 */
export function graphqlTransport(gw: TestGateway, caller: string): Transport {
  return async (mutation, input) => {
    const schema = await buildGraphQLSchema();
    const arg = schema
      .getMutationType()
      ?.getFields()
      [mutation]?.args.find((a) => a.name === 'input');
    if (!arg) throw new Error(`the schema has no mutation ${mutation}(input: ...)`);
    const variables = { input: toGraphQLValue(encodeRefs(input, toGlobalId), arg.type) };
    const query = `mutation Run($input: ${getNamedType(arg.type).name}!) { result: ${mutation}(input: $input) { id } }`;
    const reply = await gw.askOverHttp<{ result: { id: string } | null }>(query, variables, {
      headers: { 'x-civicgraph-user': caller },
    });
    const [error] = reply.errors ?? [];
    if (error) {
      return {
        error: {
          code: error.extensions?.code ?? 'NONE',
          field: error.extensions?.field ?? undefined,
          message: error.message,
        },
      };
    }
    const id = Buffer.from(reply.data?.result?.id ?? '', 'base64')
      .toString('utf8')
      .split(':')[1];
    return { id: Number(id) };
  };
}
