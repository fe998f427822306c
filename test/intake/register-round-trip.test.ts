import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsEngine } from '../../analytics/engine.js';
import { SYSTEM_CALLER } from '../../services/access/caller.js';
import { ImportService } from '../../services/intake/import.service.js';
import { IntakeUploadService } from '../../services/intake/intake-upload.service.js';
import { initORM } from '../../services/store/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { useDatabase } from '../support/use-database.js';
import { ADMISSION_HEADERS, csvFile, ORGANISATION_HEADERS } from './support/intake-files.js';

const YEARS = ['2015', '2017', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];

/** The administrative units of one database copied into another (no intake kind takes them). */
async function copyUnits(from: pg.Client, to: pg.Client): Promise<void> {
  const { rows } = await to.query<{ name: string }>(
    `select column_name as name from information_schema.columns
      where table_name = 'administrative_unit' and is_generated = 'NEVER' order by ordinal_position`,
  );
  const columns = rows.map((r) => `"${r.name}"`).join(', ');
  const out = from.query(copyTo(`copy (select ${columns} from administrative_unit order by id) to stdout`));
  const into = to.query(copyFrom(`copy administrative_unit (${columns}) from stdin`));
  await pipeline(out as unknown as Readable, into);
}

/** A file of one kind written through the service as the command line does, as the system. */
async function importInto(url: string, kind: string, content: Buffer, rowCount: number): Promise<void> {
  const orm = await initORM(url, 2);
  try {
    const upload = await new IntakeUploadService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).upload({
      kind,
      fileName: `${kind}.csv`,
      content,
      maxBytes: 2 ** 26,
    });
    const report = await new ImportService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).importRecords({
      kind,
      uploadId: upload.id,
      dryRun: false,
      maxRows: 200_000,
    });
    expect(report, kind).toMatchObject({ rowCount, writtenCount: rowCount, problemCount: 0 });
  } finally {
    await orm.close();
  }
}

describe('a register exported from a generated world and imported into an empty database', () => {
  const world = useDatabase({ scale: 0.01 });
  let empty: TestDatabase;
  let emptySql: pg.Client;
  const engines: AnalyticsEngine[] = [];

  beforeAll(async () => {
    empty = await createTestDatabase();
    emptySql = new pg.Client({ connectionString: empty.url });
    await emptySql.connect();
  });
  afterAll(async () => {
    await Promise.all(engines.map((e) => e.close()));
    await emptySql?.end();
    await empty?.drop();
  });

  it('gives the same analytics answers', async () => {
    await copyUnits(world.sql, emptySql);
    // The whole forest (Party, state, front) through the organisations kind, parents before children,
    // as an office would send it; the generator founds every organisation on or after its parent.
    const forest = (sql: pg.Client) =>
      sql.query<Record<string, string>>(
        `select o.code, o.name, o.kind, o.branch, coalesce(p.code, '') as parent, coalesce(o.host_sector, '') as sector,
                to_char(o.founded_on, 'DD/MM/YYYY') as day
           from organisation o left join organisation p on p.id = o.parent_id
          order by cardinality(o.path), o.id`,
      );
    const hierarchy = await forest(world.sql);
    const branches = new Set(hierarchy.rows.map((r) => r.branch));
    expect([...branches].sort()).toEqual(['front', 'party', 'state']);
    await importInto(
      empty.url,
      'organisations',
      csvFile([ORGANISATION_HEADERS, ...hierarchy.rows.map((r) => Object.values(r))]),
      hierarchy.rows.length,
    );
    expect((await forest(emptySql)).rows).toEqual(hierarchy.rows);
    const { rows } = await world.sql.query<Record<string, string>>(
      `select p.full_name, p.sex, p.birth_year::text, p.ethnicity, p.education, o.code, to_char(e.occurred_on, 'DD/MM/YYYY') as day
         from membership_event e join member m on m.id = e.member_id join person p on p.id = m.person_id
         join organisation o on o.id = e.organisation_id
        where e.kind = 'admission' order by e.id`,
    );
    expect(rows.length).toBeGreaterThan(500);
    await importInto(
      empty.url,
      'admissions',
      csvFile([ADMISSION_HEADERS, ...rows.map((r) => Object.values(r))]),
      rows.length,
    );

    const [original, imported] = [world.db.url, empty.url].map(
      (databaseUrl) => new AnalyticsEngine({ databaseUrl, path: ':memory:' }),
    ) as [AnalyticsEngine, AnalyticsEngine];
    engines.push(original, imported);
    await Promise.all([original.sync(), imported.sync()]);
    for (const period of YEARS) {
      for (const question of [
        { metric: 'admissions', period, groupBy: 'DISTRICT' as const },
        { metric: 'admissions', period, breakdown: 'sex', personal: true },
        { metric: 'admissions', period, breakdown: 'education', personal: true },
      ]) {
        const [a, b] = await Promise.all([original.compare(question), imported.compare(question)]);
        const answer = (c: typeof a) => ({
          value: c.value,
          base: c.baseValue,
          rows: c.rows.map((r) => [r.label, r.value]),
        });
        expect(answer(b), `${question.metric} ${period} ${question.groupBy ?? question.breakdown}`).toEqual(answer(a));
      }
    }
    const total = await original.compare({ metric: 'admissions', period: '2015-01..2025-12' });
    expect(total.value).toBeGreaterThan(0);
  });
});
