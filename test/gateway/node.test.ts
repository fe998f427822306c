import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../schema/relay/global-id.js';
import { useGateway } from './support/use-gateway.js';

/** Each node type, its table, and a selection that walks its relations (so every field resolver runs). */
const TYPES: [string, string, string][] = [
  [
    'AdministrativeUnit',
    'administrative_unit',
    'code name kind kindLabel level parent { code } children { totalCount }',
  ],
  [
    'Organisation',
    'organisation',
    'code name kindLabel depth parent { code } ancestors { code } administrativeUnit { code }',
  ],
  [
    'Person',
    'person',
    'name sex sexLabel birthYear member { status } positions { title from to organisation { code } }',
  ],
  ['Position', 'position', 'title role roleLabel from to person { name } organisation { code }'],
  ['Member', 'member', 'admittedOn status statusLabel person { name } cell { code } events { totalCount }'],
  ['MembershipEvent', 'membership_event', 'kind kindLabel occurredOn member { admittedOn } organisation { code }'],
  [
    'Inspection',
    'inspection',
    'type typeLabel occurredOn subject subjectOrganisation { code } placedIn { code } actingCommittee { code } actingBodyLabel team { name }',
  ],
  ['Supervision', 'supervision', 'type typeLabel occurredOn subject placedIn { code } actingBody'],
  ['DisciplinaryAction', 'disciplinary_action', 'form formLabel decidedOn subject subjectOrganisation { code }'],
  [
    'Designation',
    'designation',
    'kind kindLabel year plan organisation { code } monitoredBy { code } consolidation { consolidatedOn }',
  ],
  ['Consolidation', 'consolidation', 'consolidatedOn designation { year }'],
  [
    'InspectionTeam',
    'inspection_team',
    'name formedOn formedBy { code } programme { code } documents { code } inspections { totalCount }',
  ],
  [
    'Programme',
    'programme',
    'code title steeringCommittee { code } meetings { totalCount } inspectionTeams { totalCount }',
  ],
  [
    'ProgrammeItem',
    'programme_item',
    'code kindLabel programme { code } leadAgency { code } statusHistory { status effectiveOn }',
  ],
  ['ProgrammeItemStatus', 'programme_item_status', 'status statusLabel effectiveOn item { code }'],
  ['Target', 'target', 'metric period value scope { code }'],
  ['Meeting', 'meeting', 'heldOn title body { code } programme { code } participants { roleLabel person { name } }'],
  ['MeetingParticipant', 'meeting_participant', 'role roleLabel sortOrder meeting { heldOn } person { name }'],
  ['Document', 'document', 'code kind issuer issuedOn title'],
  ['IndexScore', 'index_score', 'index year score rank outOf unit { code }'],
];

describe('node(id) and global ids', () => {
  const fx = useGateway();

  it.each(TYPES)('fetches a %s again by its id, with its fields and relations', async (type, table, fields) => {
    const { rows } = await fx.sql.query(`select min(id) as id from ${table}`);
    const id = toGlobalId(type, rows[0].id);
    const reply = await fx.gw.ask(`query($id: ID!) { node(id: $id) { __typename id ... on ${type} { ${fields} } } }`, {
      id,
    });
    expect(reply.errors).toBeUndefined();
    expect(reply.data.node).toMatchObject({ __typename: type, id });
    for (const value of Object.values(reply.data.node)) expect(value).not.toBeUndefined();
  });

  it('answers nodes(ids) in the order asked, null where a row is missing', async () => {
    const ids = [toGlobalId('Organisation', 1), toGlobalId('Organisation', 999999), toGlobalId('Document', 1)];
    const reply = await fx.gw.ask(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(reply.data.nodes).toEqual([
      { __typename: 'Organisation', id: ids[0] },
      null,
      { __typename: 'Document', id: ids[2] },
    ]);
  });

  it('refuses ids it did not issue, and ids of the wrong type where a type is expected', async () => {
    const bad = await fx.gw.ask(`{ node(id: "T3JnYW5pc2F0aW9uOmFiYw==") { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['id'] });
    const unknownType = await fx.gw.ask(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Secret', 1) });
    expect(unknownType.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['id'] });
    const wrongType = await fx.gw.ask(`query($u: ID!) { organisations(under: $u) { totalCount } }`, {
      u: toGlobalId('Person', 1),
    });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_ID', field: ['under'] });
    expect(wrongType.errors?.[0]?.message).toMatch(/expected the id of a Organisation/);
  });

  it('ids are opaque base64 of "Type:id" and round-trip through organisation(id:)', async () => {
    const { data } = await fx.gw.ask(`{ organisation(code: "TU") { id code } }`);
    expect(Buffer.from(data.organisation.id, 'base64').toString()).toMatch(/^Organisation:\d+$/);
    const again = await fx.gw.ask(`query($id: ID) { organisation(id: $id) { code } }`, { id: data.organisation.id });
    expect(again.data.organisation.code).toBe('TU');
    const both = await fx.gw.ask(`{ organisation(id: "x", code: "TU") { code } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
