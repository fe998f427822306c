import {
  type GraphQLInputType,
  type GraphQLObjectType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { buildGraphQLSchema } from '../../../schema/build-schema.js';
import { toGlobalId } from '../../../schema/relay/global-id.js';
import type { Credential, TestGateway } from '../../support/gateway.js';
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
 * Posts each mutation to /graphql over HTTP as a client would (global ids, upper-case enums, its
 * credential) and reads the answer back as an id or a refusal. Each mutation takes one `input`; its
 * type comes from the schema.
 */
export function graphqlTransport(gw: TestGateway, credential: Credential): Transport {
  return async (mutation, input) => {
    const schema = await buildGraphQLSchema();
    const field = schema.getMutationType()?.getFields()[mutation];
    const arg = field?.args.find((a) => a.name === 'input');
    if (!field || !arg) throw new Error(`the schema has no mutation ${mutation}(input: ...)`);
    const variables = {
      input: toGraphQLValue(
        encodeRefs(input, (type, id) => toGlobalId(type, id)),
        arg.type,
      ),
    };
    // The written record's id: on the result itself, or on its one field that is a record (createApiKey's apiKey).
    const returned = getNamedType(field.type) as GraphQLObjectType;
    const holder = returned.getFields().id
      ? undefined
      : Object.values(returned.getFields()).find((f) => {
          const t = getNamedType(f.type);
          return isObjectType(t) && 'id' in t.getFields();
        })?.name;
    const selection = holder ? `{ ${holder} { id } }` : '{ id }';
    const query = `mutation Run($input: ${getNamedType(arg.type).name}!) { result: ${mutation}(input: $input) ${selection} }`;
    const reply = await gw.askOverHttp<{ result: (Record<string, { id: string }> & { id: string }) | null }>(
      query,
      variables,
      credential,
    );
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
    const written = holder ? reply.data?.result?.[holder] : reply.data?.result;
    const id = Buffer.from(written?.id ?? '', 'base64')
      .toString('utf8')
      .split(':')[1];
    return { id: Number(id) };
  };
}
