import { describe, expect, it } from 'vitest';
import type { Json, Reply } from '../support/gateway.js';
import { useGateway } from './support/use-gateway.js';

// The generated scale-1 world: the article's people, programme and tree, as a front end would ask for them.
describe('the scale-1 world through the API', () => {
  const fx = useGateway({ world: { scale: 1 } });

  const ask = async (query: string) => {
    const reply = await fx.gw.ask(query);
    expect(reply.errors).toBeUndefined();
    return reply.data;
  };

  it('finds the four chairs of the 2022-07-13 meeting by unaccented name, with their positions that day', async () => {
    const expected: [string, string, string[]][] = [
      ['dinh tien dung', 'Đinh Tiến Dũng', ['Bí thư Thành ủy', 'Trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU']],
      [
        'nguyen thi tuyen',
        'Nguyễn Thị Tuyến',
        ['Phó Bí thư Thường trực Thành ủy', 'Phó trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU'],
      ],
      ['nguyen ngoc tuan', 'Nguyễn Ngọc Tuấn', ['Phó Bí thư Thành ủy', 'Chủ tịch Hội đồng nhân dân Thành phố']],
      [
        'nguyen van phong',
        'Nguyễn Văn Phong',
        ['Phó Bí thư Thành ủy', 'Phó trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU'],
      ],
    ];
    for (const [search, name, titles] of expected) {
      const data = await ask(
        `{ people(search: "${search}", first: 20) { nodes { name positions(asOf: "2022-07-13") { title } } } }`,
      );
      const nodes: { name: string; positions: { title: string }[] }[] = data.people.nodes;
      // Exact (accent-insensitive) matches come first; the office holder is among them.
      expect(nodes[0]?.name).toBe(name);
      const holder = nodes.find((n) => n.positions.length > 0);
      expect(holder?.name).toBe(name);
      expect(holder?.positions.map((p) => p.title)).toEqual(expect.arrayContaining(titles));
    }
  });

  it('names the head of the Thành ủy on 2022-07-13 and before', async () => {
    const data = await ask(`{ organisation(code: "TU") {
      review: head(asOf: "2022-07-13") { title person { name } }
      before: head(asOf: "2021-01-01") { person { name } } } }`);
    expect(data.organisation.review).toEqual({ title: 'Bí thư Thành ủy', person: { name: 'Đinh Tiến Dũng' } });
    expect(data.organisation.before.person.name).toBe('Vương Đình Huệ');
  });

  it('finds Ba Đình and Ứng Hòa, the district first', async () => {
    const data = await ask(`{
      ba: administrativeUnits(search: "ba dinh", first: 3) { nodes { name level } }
      ung: administrativeUnits(search: "ung hoa", first: 3) { nodes { name level } }
      baOrg: organisations(search: "ba dinh", first: 3) { nodes { name } }
      ungOrg: organisations(search: "ung hoa", first: 3) { nodes { name } }
    }`);
    expect(data.ba.nodes[0]).toEqual({ name: 'Ba Đình', level: 'DISTRICT' });
    expect(data.ung.nodes[0]).toEqual({ name: 'Ứng Hòa', level: 'DISTRICT' });
    expect(data.baOrg.nodes[0].name).toBe('Quận ủy Ba Đình');
    expect(data.ungOrg.nodes[0].name).toBe('Huyện ủy Ứng Hòa');
  });

  it("reproduces programme 01-CTr/TU's 34 items by status on 2022-07-13, and its 11 lead agencies", async () => {
    const data = await ask(`{ programme(code: "01-CTr/TU") {
      statusCounts(asOf: "2022-07-13") { status count }
      items(asOf: "2022-07-13", first: 100) { totalCount nodes { leadAgency { code } } }
      meetings(from: "2022-07-13", to: "2022-07-13") { nodes { participants { role roleLabel person { name } } } }
    } }`);
    const p = data.programme;
    expect(p.statusCounts).toEqual([
      { status: 'ASSIGNED', count: 0 },
      { status: 'IN_PROGRESS', count: 5 },
      { status: 'DRAFT_SUBMITTED', count: 5 },
      { status: 'COMPLETED', count: 24 },
    ]);
    expect(p.items.totalCount).toBe(34);
    expect(new Set(p.items.nodes.map((n: { leadAgency: { code: string } }) => n.leadAgency.code)).size).toBe(11);
    const chairs = p.meetings.nodes[0].participants.filter((x: { role: string }) => x.role === 'CHAIR');
    expect(chairs.map((c: { person: { name: string } }) => c.person.name)).toEqual([
      'Đinh Tiến Dũng',
      'Nguyễn Thị Tuyến',
      'Nguyễn Ngọc Tuấn',
      'Nguyễn Văn Phong',
    ]);
  });

  it('serves the tree (city → 30 districts → 20 grassroots each → head and member count) in one statement', async () => {
    let reply: Reply<Json> | undefined;
    const statements = await fx.gw.statementsDuring(async () => {
      reply = await fx.gw.ask(`{ organisation(code: "TU") { children(kind: [DISTRICT_COMMITTEE], first: 30) { nodes {
        children(kind: [GRASSROOTS_COMMITTEE, GRASSROOTS_CELL], first: 20) { nodes {
          code head(asOf: "2022-07-13") { person { name } } memberCount(asOf: "2022-07-13") } } } } } }`);
    });
    expect(reply?.errors).toBeUndefined();
    const districts = reply?.data.organisation.children.nodes;
    expect(districts).toHaveLength(30);
    const grassroots = districts.flatMap((d: { children: { nodes: unknown[] } }) => d.children.nodes);
    expect(grassroots).toHaveLength(600);
    const { rows } = await fx.sql.query(
      `select g.code, count(m.id)::int as n from organisation g
       join organisation c on c.path @> array[g.id]
       left join member m on m.cell_id = c.id and m.admitted_on <= '2022-07-13' and (m.left_on is null or m.left_on > '2022-07-13')
       where g.code = any($1) group by g.code`,
      [grassroots.map((g: { code: string }) => g.code)],
    );
    const expected = Object.fromEntries(rows.map((r) => [r.code, r.n]));
    for (const g of grassroots) expect(g.memberCount).toBe(expected[g.code]);
    // A compiled read (schema/compiled/); the resolvers' depth + 1 statements are held by statement-count.test.ts.
    expect(statements).toBe(1);
  });
});
