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
import { ADMISSION_HEADERS, csvFile } from './support/intake-files.js';

const YEARS = ['2015', '2017', '2019', '2020', '2021', '2022', '2023', '2024', '2025'];

/** The hierarchy (units and organisations, parents before children) of one database copied into another. */
async function copyHierarchy(from: pg.Client, to: pg.Client): Promise<void> {
  for (const [table, order] of [
    ['administrative_unit', 'id'],
    ['organisation', 'array_length(path, 1), id'],
  ]) {
    const { rows } = await to.query<{ name: string }>(
      `select column_name as name from information_schema.columns where table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
      [table],
    );
    const columns = rows.map((r) => `"${r.name}"`).join(', ');
    const out = from.query(copyTo(`copy (select ${columns} from ${table} order by ${order}) to stdout`));
    const into = to.query(copyFrom(`copy ${table} (${columns}) from stdin`));
    await pipeline(out as unknown as Readable, into);
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
    await copyHierarchy(world.sql, emptySql);
    const { rows } = await world.sql.query<Record<string, string>>(
      `select p.full_name, p.sex, p.birth_year::text, p.ethnicity, p.education, o.code, to_char(e.occurred_on, 'DD/MM/YYYY') as day
         from membership_event e join member m on m.id = e.member_id join person p on p.id = m.person_id
         join organisation o on o.id = e.organisation_id
        where e.kind = 'admission' order by e.id`,
    );
    expect(rows.length).toBeGreaterThan(500);
    const register = csvFile([ADMISSION_HEADERS, ...rows.map((r) => Object.values(r))]);

    const orm = await initORM(empty.url, 2);
    try {
      const upload = await new IntakeUploadService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).upload({
        kind: 'admissions',
        fileName: 'register.csv',
        content: register,
        maxBytes: 2 ** 26,
      });
      const report = await new ImportService({ em: orm.em.fork(), caller: SYSTEM_CALLER }).importRecords({
        kind: 'admissions',
        uploadId: upload.id,
        dryRun: false,
        maxRows: 200_000,
      });
      expect(report).toMatchObject({ rowCount: rows.length, writtenCount: rows.length, problemCount: 0 });
    } finally {
      await orm.close();
    }

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
