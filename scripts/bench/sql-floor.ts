import { createServer } from 'node:http';
import pg from 'pg';

/**
 * The floor of the side-by-side bench: an HTTP server that answers each query with ONE hand-written
 * SQL statement building the same JSON as our answer, sent as PostgreSQL returns it (no parsing, no
 * GraphQL, no credential), prepared once per connection. No GraphQL server can be faster than this
 * on the same database.
 *
 *   usage: tsx scripts/bench/sql-floor.ts DATABASE_URL PORT   (POST /<name>, names below)
 */
const DAY = `date '2022-07-13'`;
const orgId = (alias: string) => `encode(convert_to('Organisation:' || ${alias}.id, 'UTF8'), 'base64')`;
const head = (
  alias: string,
) => `(select json_build_object('title', x.title, 'person', json_build_object('name', pe.full_name))
  from position x join person pe on pe.id = x.person_id
  where x.organisation_id = ${alias}.id and x.role = 'head' and x.started_on <= ${DAY}
    and (x.ended_on is null or x.ended_on >= ${DAY})
  order by x.started_on desc, x.id desc limit 1)`;
const memberCount = (alias: string) => `(select count(*)::int from member m join organisation o on o.id = m.cell_id
  where o.path @> array[${alias}.id] and m.admitted_on <= ${DAY} and (m.left_on is null or m.left_on > ${DAY}))`;
const GRASSROOTS = `('grassroots_committee', 'grassroots_cell')`;

const STATEMENTS: Record<string, string> = {
  // { people(search: "nguyen thi tuyen", first: 10) { nodes { id name } } }: the same filter, ranking and candidates.
  people: `select json_build_object('data', json_build_object('people', json_build_object('nodes',
      coalesce(json_agg(json_build_object('id', encode(convert_to('Person:' || p.id, 'UTF8'), 'base64'), 'name', p.full_name)
        order by p.rank, p.sim, p.id), '[]'))))::text as body
    from (select t.id, t.full_name,
        case when lower(t.full_name) = lower('nguyen thi tuyen') then 0
          when search_key(t.full_name) = search_key('nguyen thi tuyen') then 1
          when search_key(t.full_name) like (search_key('nguyen thi tuyen') || '%') then 2
          when search_key(t.full_name) like ('%' || search_key('nguyen thi tuyen') || '%') then 3 else 4 end as rank,
        -similarity(search_key(t.full_name), search_key('nguyen thi tuyen')) as sim
      from (select * from person c where search_key(c.full_name) like ('%' || search_key('nguyen%thi%tuyen') || '%') limit 5000) t
      order by rank, sim, t.id limit 10) p`,
  // The README's tree: city → 30 districts → 20 grassroots each, with heads and member counts on a day.
  heads: `select json_build_object('data', json_build_object('organisation', json_build_object(
      'id', ${orgId('r')}, 'name', r.name, 'head', ${head('r')},
      'children', json_build_object(
        'totalCount', (select count(*)::int from organisation c where c.parent_id = r.id and c.kind = 'district_committee'),
        'nodes', (select coalesce(json_agg(json_build_object('id', ${orgId('c')}, 'name', c.name,
            'children', json_build_object(
              'totalCount', (select count(*)::int from organisation g where g.parent_id = c.id and g.kind in ${GRASSROOTS}),
              'nodes', (select coalesce(json_agg(json_build_object('id', ${orgId('g')}, 'name', g.name,
                  'head', ${head('g')}, 'memberCount', ${memberCount('g')}) order by g.name, g.id), '[]')
                from (select * from organisation g where g.parent_id = c.id and g.kind in ${GRASSROOTS}
                  order by g.name, g.id limit 20) g))) order by c.name, c.id), '[]')
          from (select * from organisation c where c.parent_id = r.id and c.kind = 'district_committee'
            order by c.name, c.id limit 30) c)))))::text as body
    from organisation r where r.code = 'TU'`,
};

const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
pool.on('error', () => {});
createServer((req, res) => {
  const name = (req.url ?? '').slice(1);
  const statement = STATEMENTS[name];
  req.resume();
  if (!statement) return void res.writeHead(404).end();
  // Prepared on each connection, as PostGraphile's statements and our compiled reads are: planned once.
  pool.query<{ body: string }>({ name: `floor_${name}`, text: statement }).then(
    ({ rows }) => res.writeHead(200, { 'content-type': 'application/json' }).end(rows[0]?.body),
    (e: Error) => res.writeHead(500).end(e.message),
  );
}).listen(Number(port), '127.0.0.1');
