import { describe, expect, it } from 'vitest';
import { useGateway } from './support/use-gateway.js';

describe('as-of answers', () => {
  const fx = useGateway();

  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const reply = await fx.gw.ask(query, variables);
    expect(reply.errors).toBeUndefined();
    return reply.data;
  };

  it("gives a person's positions on a day, and the whole history without one", async () => {
    const data = await ask(`{ people(search: "dinh tien dung", first: 1) { nodes {
      onDay: positions(asOf: "2022-07-13") { title from to organisation { code } }
      before: positions(asOf: "2021-01-01") { title }
      all: positions { title }
    } } }`);
    const [dung] = data.people.nodes;
    expect(dung.onDay).toEqual([
      {
        title: 'Trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU',
        from: '2021-04-20',
        to: '2024-06-05',
        organisation: { code: 'TU-BCD01' },
      },
      { title: 'Bí thư Thành ủy', from: '2021-04-08', to: '2024-06-05', organisation: { code: 'TU' } },
    ]);
    expect(dung.before).toEqual([]);
    expect(dung.all).toHaveLength(2);
    const tuyen = await ask(
      `{ people(search: "Nguyễn Thị Tuyến", first: 1) { nodes { positions(asOf: "2022-07-13") { title } } } }`,
    );
    expect(tuyen.people.nodes[0].positions).toEqual([{ title: 'Phó Bí thư Thường trực Thành ủy' }]);
  });

  it("gives an organisation's head and leadership on a day, the first and last days included", async () => {
    const data = await ask(`{ organisation(code: "TU") {
      review: head(asOf: "2022-07-13") { title person { name } }
      lastDayOfHue: head(asOf: "2021-04-07") { person { name } }
      firstDayOfDung: head(asOf: "2021-04-08") { person { name } }
      beforeAnyone: head(asOf: "2019-01-01") { person { name } }
      positions(asOf: "2022-07-13") { title role person { name } }
    } }`);
    const tu = data.organisation;
    expect(tu.review).toEqual({ title: 'Bí thư Thành ủy', person: { name: 'Đinh Tiến Dũng' } });
    expect(tu.lastDayOfHue.person.name).toBe('Vương Đình Huệ');
    expect(tu.firstDayOfDung.person.name).toBe('Đinh Tiến Dũng');
    expect(tu.beforeAnyone).toBeNull();
    expect(tu.positions.map((p: { role: string }) => p.role)).toEqual(['HEAD', 'STANDING_DEPUTY', 'DEPUTY', 'DEPUTY']);
    expect(tu.positions[1].person.name).toBe('Nguyễn Thị Tuyến');
  });

  it('counts the members of a subtree on a day, as the database does', async () => {
    const days = ['2011-01-01', '2016-01-01', '2021-12-31', '2022-01-01', '2022-07-13'];
    const fields = days.map((d, i) => `d${i}: memberCount(asOf: "${d}")`).join(' ');
    const data = await ask(
      `{ city: organisation(code: "TU") { ${fields} } ward: organisation(code: "G-001-01") { ${fields} } }`,
    );
    for (const [alias, code] of [
      ['city', 'TU'],
      ['ward', 'G-001-01'],
    ] as const) {
      for (const [i, day] of days.entries()) {
        const { rows } = await fx.sql.query(
          `select count(*)::int as n from member m join organisation c on c.id = m.cell_id
           join organisation r on r.code = $1 where c.path @> array[r.id]
           and m.admitted_on <= $2 and (m.left_on is null or m.left_on > $2)`,
          [code, day],
        );
        expect(data[alias][`d${i}`]).toBe(rows[0].n);
      }
    }
    // 120 cells: one member since 2010, one from 2015 who left on 2021-12-31 (no longer counted that day, as in
    // analytics), one since March 2022.
    expect(data.city).toEqual({ d0: 120, d1: 240, d2: 120, d3: 120, d4: 240 });
  });

  it("counts a programme's items per status on a day from the status history", async () => {
    const data = await ask(`{ programme(code: "01-CTr/TU") {
      review: statusCounts(asOf: "2022-07-13") { status label count }
      yearEnd: statusCounts(asOf: "2022-12-31") { status count }
      items(asOf: "2022-07-13") { totalCount edges { asOf status node { code } } }
      completed: items(asOf: "2022-07-13", status: [COMPLETED]) { nodes { code } }
    } }`);
    const p = data.programme;
    expect(p.review).toEqual([
      { status: 'ASSIGNED', label: 'Đã giao', count: 0 },
      { status: 'IN_PROGRESS', label: 'Đang triển khai', count: 2 },
      { status: 'DRAFT_SUBMITTED', label: 'Đã trình dự thảo, chờ phê duyệt', count: 1 },
      { status: 'COMPLETED', label: 'Đã hoàn thành', count: 2 },
    ]);
    expect(p.yearEnd.map((s: { count: number }) => s.count)).toEqual([1, 2, 0, 3]);
    expect(p.items.totalCount).toBe(5);
    expect(p.items.edges.map((e: { status: string }) => e.status)).toEqual([
      'COMPLETED',
      'DRAFT_SUBMITTED',
      'IN_PROGRESS',
      'COMPLETED',
      'IN_PROGRESS',
    ]);
    expect(p.items.edges.every((e: { asOf: string }) => e.asOf === '2022-07-13')).toBe(true);
    expect(p.completed.nodes).toEqual([{ code: '01' }, { code: '05' }]);
  });

  it("gives an item's status change in force on a day (a change counts from its own day)", async () => {
    const data = await ask(`{ programme(code: "01-CTr/TU") { items(asOf: "2022-12-31", first: 10) { nodes {
      code dayBefore: status(asOf: "2022-07-12") { status effectiveOn } onDay: status(asOf: "2022-07-13") { status }
      statusHistory { status }
    } } } }`);
    const item6 = data.programme.items.nodes.find((n: { code: string }) => n.code === '06');
    expect(item6.dayBefore).toEqual({ status: 'ASSIGNED', effectiveOn: '2021-06-01' });
    expect(item6.onDay).toEqual({ status: 'IN_PROGRESS' });
    expect(item6.statusHistory).toEqual([{ status: 'ASSIGNED' }, { status: 'IN_PROGRESS' }]);
    const item4 = data.programme.items.nodes.find((n: { code: string }) => n.code === '04');
    expect(item4.onDay).toBeNull();
  });

  it('refuses a malformed day, naming the problem', async () => {
    const reply = await fx.gw.ask(`{ organisation(code: "TU") { head(asOf: "2022-02-30") { title } } }`);
    expect(reply.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const asVariable = await fx.gw.ask(`query($d: Date) { organisation(code: "TU") { memberCount(asOf: $d) } }`, {
      d: '13/07/2022',
    });
    expect(asVariable.status).toBe(400);
    expect(asVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads decimal values as numbers', async () => {
    const data = await ask(`{ targets(metric: "non_state_enterprise_orgs") { nodes { period value scope { code } } }
      indexScores(index: [PAPI]) { nodes { year score rank outOf } } }`);
    expect(data.targets.nodes).toEqual([{ period: '2022', value: 68, scope: { code: 'TU' } }]);
    expect(data.indexScores.nodes).toEqual([{ year: 2022, score: 43.9, rank: 12, outOf: 63 }]);
  });
});
