import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useGateway } from './support/use-gateway.js';

const PEOPLE = `query($q: String) { people(search: $q, first: 10) { totalCount nodes { name } } }`;
const ORGS = `query($q: String) { organisations(search: $q, first: 5) { totalCount nodes { name depth } } }`;
const UNITS = `query($q: String) { administrativeUnits(search: $q, first: 5) { totalCount nodes { name code } } }`;

describe('search ignores case and Vietnamese diacritics, best match first', () => {
  const fx = useGateway();

  const names = async (query: string, q: string, list: string) => {
    const reply = await fx.gw.ask(query, { q });
    expect(reply.errors).toBeUndefined();
    return reply.data[list].nodes.map((n: { name: string }) => n.name);
  };

  it('"dinh tien dung" finds Đinh Tiến Dũng first, then longer names holding the phrase', async () => {
    expect(await names(PEOPLE, 'dinh tien dung', 'people')).toEqual(['Đinh Tiến Dũng', 'Nguyễn Đinh Tiến Dũng']);
    expect(await names(PEOPLE, 'ĐINH TIẾN DŨNG', 'people')).toEqual(['Đinh Tiến Dũng', 'Nguyễn Đinh Tiến Dũng']);
    // Decomposed input (combining accents, as some keyboards send) is the same query.
    expect((await names(PEOPLE, 'Đinh Tiến Dũng'.normalize('NFD'), 'people'))[0]).toBe('Đinh Tiến Dũng');
  });

  it('"nguyen thi tuyen" finds both spellings; typed with accents, the exact one comes first', async () => {
    expect(new Set(await names(PEOPLE, 'nguyen thi tuyen', 'people'))).toEqual(
      new Set(['Nguyễn Thị Tuyến', 'Nguyễn Thị Tuyền']),
    );
    expect(await names(PEOPLE, 'Nguyễn Thị Tuyền', 'people')).toEqual(['Nguyễn Thị Tuyền', 'Nguyễn Thị Tuyến']);
    expect(await names(PEOPLE, 'Nguyễn Thị Tuyến', 'people')).toEqual(['Nguyễn Thị Tuyến', 'Nguyễn Thị Tuyền']);
  });

  it('"ba dinh" finds the district unit, and the district committee before its grassroots organisations', async () => {
    expect((await names(UNITS, 'ba dinh', 'administrativeUnits'))[0]).toBe('Ba Đình');
    const reply = await fx.gw.ask(ORGS, { q: 'ba dinh' });
    expect(reply.data.organisations.nodes[0]).toEqual({ name: 'Quận ủy Ba Đình', depth: 1 });
    expect(reply.data.organisations.totalCount).toBe(1 + 40 + 40);
  });

  it('"ung hoa" finds Ứng Hòa', async () => {
    expect(await names(UNITS, 'ung hoa', 'administrativeUnits')).toEqual(['Ứng Hòa']);
    expect((await names(ORGS, 'ung hoa', 'organisations'))[0]).toBe('Huyện ủy Ứng Hòa');
  });

  it('words match in order, with other words allowed between; LIKE wildcards match only themselves', async () => {
    expect(await names(PEOPLE, 'nguyen tuyen', 'people')).toEqual(['Nguyễn Thị Tuyến', 'Nguyễn Thị Tuyền']);
    expect(await names(PEOPLE, 'dung dinh tien', 'people')).toEqual([]);
    expect(await names(PEOPLE, 'tien%dung', 'people')).toEqual([]);
    expect(await names(PEOPLE, 'dinh_tien', 'people')).toEqual([]);
  });

  it('a blank search lists everyone; RELEVANCE without a search is refused', async () => {
    const all = await fx.gw.ask(`{ people(search: "  ", first: 1) { totalCount } }`);
    const none = await fx.gw.ask(`{ people(first: 1) { totalCount } }`);
    expect(all.data.people.totalCount).toBe(none.data.people.totalCount);
    const refused = await fx.gw.ask(`{ people(orderBy: { field: RELEVANCE }) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['orderBy', 'field'] });
  });

  it('search uses the trigram index over search_key(), with the word bound as a parameter', async () => {
    const client = new pg.Client({ connectionString: fx.db.url });
    await client.connect();
    try {
      // The fixture is small enough for a sequential scan; forbid it to see whether the index applies at all.
      await client.query('set enable_seqscan = off');
      const plan = await client.query(
        `explain select id from person t where search_key(t.full_name) like ('%' || search_key($1) || '%' || search_key($2) || '%')`,
        ['nguyen', 'tuyen'],
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/person_name_search_idx/);
    } finally {
      await client.end();
    }
  });
});
