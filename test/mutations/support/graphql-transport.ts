import { toGlobalId } from '../../../schema/relay/global-id.js';
import { encodeRefs, type MutationName, type Transport } from './mutation-case.js';

/** Each mutation takes one `input` of the type named after it, and answers with a node. */
const inputTypes: Record<MutationName, string> = {
  admitMember: 'AdmitMemberInput',
  recordInspection: 'RecordInspectionInput',
  recordSupervision: 'RecordSupervisionInput',
  recordDisciplinaryAction: 'RecordDisciplinaryActionInput',
  designateOrganisation: 'DesignateOrganisationInput',
  recordConsolidation: 'RecordConsolidationInput',
  foundOrganisation: 'FoundOrganisationInput',
  dissolveOrganisation: 'DissolveOrganisationInput',
  appointPosition: 'AppointPositionInput',
  endPosition: 'EndPositionInput',
  setProgrammeItemStatus: 'SetProgrammeItemStatusInput',
  setTarget: 'SetTargetInput',
};

/** GraphQL enums are the stored values in upper case; the cases are written with the stored values. */
const ENUM_FIELDS = new Set([
  'sex',
  'education',
  'kind',
  'branch',
  'hostSector',
  'role',
  'type',
  'form',
  'actingBody',
  'status',
]);

function toGraphQLValues(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toGraphQLValues(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toGraphQLValues(v, k)]));
  }
  return typeof value === 'string' && key && ENUM_FIELDS.has(key) ? value.toUpperCase() : value;
}

/**
 * Posts each mutation to /graphql as a client would (global ids, upper-case enums, the caller in
 * x-civicgraph-user) and reads the answer back as an id or a refusal.
 */
export function graphqlTransport(url: string, caller: string): Transport {
  return async (mutation, input) => {
    const variables = { input: toGraphQLValues(encodeRefs(input, toGlobalId)) };
    const query = `mutation Run($input: ${inputTypes[mutation]}!) { result: ${mutation}(input: $input) { id } }`;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-civicgraph-user': caller },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as {
      data?: { result: { id: string } | null } | null;
      errors?: { message: string; extensions?: { code: string; field?: (string | number)[] } }[];
    };
    const [error] = body.errors ?? [];
    if (error) {
      return {
        error: { code: error.extensions?.code ?? 'NONE', field: error.extensions?.field, message: error.message },
      };
    }
    const id = Buffer.from(body.data?.result?.id ?? '', 'base64')
      .toString('utf8')
      .split(':')[1];
    return { id: Number(id) };
  };
}
