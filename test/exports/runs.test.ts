import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventually, useExports } from './support/use-exports.js';

describe('exports through the gateway and its in-process worker', () => {
  const h = useExports();

  const SPEC = {
    title: 'Kết nạp theo quận',
    tables: [
      { name: 'ket_nap', question: 'compare', metric: 'admissions', groupBy: 'DISTRICT' },
      { name: 'ds', question: 'dataset', dataset: 'admissions' },
    ],
  };

  const RUN = `mutation ($input: RunExportInput!) { runExport(input: $input) { id status requestedBy periodText period { key label } } }`;
  const RUN_STATE = `query ($id: ID!) { exportRun(id: $id) {
    id status period { key label } snapshotAt startedAt finishedAt attempts error errorCode errorField requestedBy
    files { name format rows bytes sha256 url } } }`;

  interface RunState {
    id: string;
    status: string;
    error: string | null;
    errorCode: string | null;
    errorField: string[] | null;
    requestedBy: string;
    files: { name: string; format: string; rows: number; bytes: number; sha256: string; url: string }[];
    period: { key: string; label: string };
    snapshotAt: string | null;
    attempts: number;
  }

  async function runExport(input: Record<string, unknown>, headers?: Record<string, string>) {
    const res = await h.gw.ask<{ runExport: { id: string; status: string; requestedBy: string } }>(
      RUN,
      { input },
      { headers },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.runExport as { id: string; status: string; requestedBy: string };
  }

  /** The run once the worker is done with it (succeeded or failed for good). */
  function finished(id: string): Promise<RunState> {
    return eventually(`run ${id} to finish`, async () => {
      const res = await h.gw.ask<{ exportRun: RunState }>(RUN_STATE, { id });
      const run = res.data?.exportRun;
      return run && (run.status === 'SUCCEEDED' || run.status === 'FAILED') ? run : undefined;
    });
  }

  const runCount = async () => Number((await h.sql.query('select count(*)::int as n from export_run')).rows[0].n);

  describe('runExport through the in-process worker', () => {
    it('returns the queued run at once, then the worker writes the files; downloads match the manifest', async () => {
      const analyst = await h.gw.credential('analyst', '*');
      const queued = await runExport(
        { spec: SPEC, period: '2022-H1', formats: ['XLSX', 'CSV', 'PARQUET', 'JSON'] },
        analyst.headers,
      );
      expect(queued).toMatchObject({ status: 'QUEUED', requestedBy: analyst.subject });
      const run = await finished(queued.id);
      expect(run).toMatchObject({ status: 'SUCCEEDED', error: null, attempts: 1, period: { key: '2022-H1' } });
      expect(run.snapshotAt).not.toBeNull();
      expect(run.files.map((f) => f.name).sort()).toEqual(
        ['export.xlsx', 'ket_nap.csv', 'ket_nap.parquet', 'ket_nap.json', 'ds.csv', 'ds.parquet', 'ds.json'].sort(),
      );
      for (const f of run.files) {
        const res = await h.gw.inject({ method: 'GET', url: f.url });
        expect(res.statusCode).toBe(200);
        const body = res.rawPayload;
        expect(body.length).toBe(f.bytes);
        expect(createHash('sha256').update(body).digest('hex')).toBe(f.sha256);
      }
      const [folder] = (await readdir(h.exportDir)).filter((n) => n.startsWith('run-'));
      const manifest = JSON.parse(await readFile(path.join(h.exportDir, folder as string, 'manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { sha256: string }) => f.sha256).sort()).toEqual(
        run.files.map((f) => f.sha256).sort(),
      );
      const admissions = await h.gw.ask<{ compare: { value: number } }>(
        '{ compare(metric: "admissions", period: "2022-H1") { value } }',
      );
      expect(run.files.find((f) => f.name === 'ds.csv')?.rows).toBe(admissions.data?.compare.value);
    });

    it('asks for a credential with the export permission; a whole-city run is not for district callers', async () => {
      const [done] = (
        await h.sql.query(
          "select id, files from export_run where status = 'succeeded' and owner_scope_id is null order by id limit 1",
        )
      ).rows;
      const url = `/exports/runs/${done.id}/files/${done.files[0].name}`;
      expect((await h.gw.inject({ method: 'GET', url, headers: { authorization: '' } })).statusCode).toBe(401);
      const viewer = await h.gw.credential('viewer', '*');
      expect((await h.gw.inject({ method: 'GET', url, headers: viewer.headers })).statusCode).toBe(403);
      const district = await h.gw.credential('analyst', 'DU-001');
      expect((await h.gw.inject({ method: 'GET', url, headers: district.headers })).statusCode).toBe(403);
      const runs = await h.gw.ask<{ exportRuns: { nodes: { id: string; ownerScope: { code: string } | null }[] } }>(
        '{ exportRuns(first: 50) { nodes { id ownerScope { code } } } }',
        {},
        { headers: district.headers },
      );
      expect(runs.data?.exportRuns.nodes.length).toBeGreaterThan(0);
      for (const r of runs.data?.exportRuns.nodes ?? []) expect(r.ownerScope).toEqual({ code: 'DU-001' });
      const byViewer = await h.gw.ask(RUN, { input: { spec: SPEC, period: '2022-H1' } }, { headers: viewer.headers });
      expect(byViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const audit = await h.sql.query("select outcome from audit_log where kind = 'download' and subject = $1", [
        district.subject,
      ]);
      expect(audit.rows.map((r) => r.outcome)).toEqual(['FORBIDDEN']);
    });

    it("a district's export answers inside its district, and is seen there and above, not beside", async () => {
      const district = await h.gw.credential('analyst', 'DU-001');
      const spec = {
        title: 'Kết nạp của quận',
        tables: [
          { name: 'tong', question: 'compare', metric: 'admissions' },
          { name: 'ds', question: 'dataset', dataset: 'admissions' },
        ],
      };
      const queued = await runExport({ spec, period: '2022-H1', formats: ['CSV'] }, district.headers);
      const run = await finished(queued.id);
      expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });

      const scope = await h.gw.ask<{ organisation: { id: string } }>('{ organisation(code: "DU-001") { id } }');
      const inDistrict = await h.gw.ask<{ compare: { value: number } }>(
        'query ($scope: ID!) { compare(metric: "admissions", period: "2022-H1", scope: $scope) { value } }',
        { scope: scope.data?.organisation.id },
      );
      const cityWide = await h.gw.ask<{ compare: { value: number } }>(
        '{ compare(metric: "admissions", period: "2022-H1") { value } }',
      );
      const rows = run.files.find((f) => f.name === 'ds.csv')?.rows;
      expect(rows).toBe(inDistrict.data?.compare.value);
      expect(rows).toBeLessThan(cityWide.data?.compare.value as number);

      const listed = async (headers: Record<string, string>) =>
        (
          await h.gw.ask<{ exportRuns: { nodes: { id: string; ownerScope: { code: string } | null }[] } }>(
            '{ exportRuns(first: 50) { nodes { id ownerScope { code } } } }',
            {},
            { headers },
          )
        ).data?.exportRuns.nodes ?? [];
      const districtAdmin = await h.gw.credential('admin', 'DU-001');
      const ofDistrict = await listed(districtAdmin.headers);
      expect(ofDistrict).toContainEqual({ id: run.id, ownerScope: { code: 'DU-001' } });
      for (const r of ofDistrict) expect(r.ownerScope).toEqual({ code: 'DU-001' });
      expect((await listed((await h.gw.credential('admin', '*')).headers)).map((r) => r.id)).toContain(run.id);
      const beside = await h.gw.credential('admin', 'DU-002');
      expect(await listed(beside.headers)).toEqual([]);
      const file = run.files[0] as RunState['files'][number];
      expect((await h.gw.inject({ method: 'GET', url: file.url, headers: districtAdmin.headers })).statusCode).toBe(
        200,
      );
      expect((await h.gw.inject({ method: 'GET', url: file.url, headers: beside.headers })).statusCode).toBe(403);
    });

    it('refuses a district caller a spec or a schedule reaching past its district, and records nothing', async () => {
      const district = await h.gw.credential('analyst', 'DU-001');
      const before = await runCount();
      const outside = await h.gw.ask(
        RUN,
        {
          input: {
            spec: { title: 'x', tables: [{ name: 'x', question: 'dataset', dataset: 'admissions', scope: 'DU-002' }] },
            period: '2022-H1',
          },
        },
        { headers: district.headers },
      );
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        field: ['input', 'spec', 'tables', 0, 'scope'],
      });
      const schedule = await h.gw.ask<{ createExportSchedule: { id: string } }>(
        `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`,
        { input: { name: 'toàn thành phố', cron: '0 7 1 * *', period: 'M-1', spec: SPEC, formats: ['CSV'] } },
      );
      const cityScheduleId = schedule.data?.createExportSchedule.id;
      const bySchedule = await h.gw.ask(
        RUN,
        { input: { scheduleId: cityScheduleId, period: '2022-H1' } },
        { headers: district.headers },
      );
      expect(bySchedule.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const listed = await h.gw.ask<{ exportSchedules: { id: string }[] }>(
        '{ exportSchedules { id } }',
        {},
        { headers: district.headers },
      );
      expect(listed.data?.exportSchedules.map((x) => x.id)).not.toContain(cityScheduleId);
      expect(await runCount()).toBe(before);
      await h.gw.ask(`mutation ($id: ID!) { deleteExportSchedule(input: { id: $id }) { id } }`, { id: cityScheduleId });
    });

    it('refuses downloads of what a run did not write, without touching the file system', async () => {
      const [done] = (await h.sql.query("select id from export_run where status = 'succeeded' order by id limit 1"))
        .rows;
      for (const url of [
        `/exports/runs/${done.id}/files/..%2F..%2Fetc%2Fpasswd`,
        `/exports/runs/${done.id}/files/nothing.csv`,
        '/exports/runs/999999/files/export.xlsx',
        '/exports/runs/abc/files/export.xlsx',
      ]) {
        const res = await h.gw.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('NOT_FOUND');
      }
    });

    it('refuses a bad spec with its code and field path, and records nothing', async () => {
      const before = await runCount();
      const cases: [Record<string, unknown>, string, (string | number)[]][] = [
        [
          { ...SPEC, tables: [SPEC.tables[0], SPEC.tables[1], { name: 'x', question: 'compare', metric: 'nope' }] },
          'UNKNOWN_METRIC',
          ['input', 'spec', 'tables', 2, 'metric'],
        ],
        [
          {
            ...SPEC,
            tables: [{ name: 'x', question: 'compare', metric: 'admissions', groupBy: 'DISTRICT', breakdown: 'sex' }],
          },
          'GROUPING_NOT_ALLOWED',
          ['input', 'spec', 'tables', 0, 'breakdown'],
        ],
        [
          { ...SPEC, tables: [{ name: 'x', question: 'compare', metric: 'inspection_teams', groupBy: 'DISTRICT' }] },
          'GROUPING_NOT_ALLOWED',
          ['input', 'spec', 'tables', 0, 'groupBy'],
        ],
        [
          {
            ...SPEC,
            tables: [
              { name: 'x', question: 'compare', metric: 'admissions', where: [{ dimension: 'sex', values: ['x'] }] },
            ],
          },
          'INVALID_FILTER',
          ['input', 'spec', 'tables', 0, 'where', 0, 'values', 0],
        ],
        [
          { ...SPEC, tables: [{ name: 'x', question: 'share', metric: 'admissions' }] },
          'SHARE_NOT_DEFINED',
          ['input', 'spec', 'tables', 0, 'metric'],
        ],
        [
          { ...SPEC, tables: [{ name: 'x', question: 'dataset', dataset: 'people' }] },
          'UNKNOWN_DATASET',
          ['input', 'spec', 'tables', 0, 'dataset'],
        ],
        [
          { ...SPEC, tables: [{ name: 'x', question: 'compare', metric: 'admissions', scope: 'NO-SUCH' }] },
          'INVALID_SCOPE',
          ['input', 'spec', 'tables', 0, 'scope'],
        ],
        [
          { ...SPEC, tables: [{ name: 'x', question: 'pivot', metric: 'admissions' }] },
          'BAD_USER_INPUT',
          ['input', 'spec', 'tables', 0, 'question'],
        ],
        [
          { ...SPEC, tables: [{ name: 'a b', question: 'compare', metric: 'admissions' }] },
          'BAD_USER_INPUT',
          ['input', 'spec', 'tables', 0, 'name'],
        ],
        [
          { ...SPEC, tables: [SPEC.tables[0], SPEC.tables[0]] },
          'BAD_USER_INPUT',
          ['input', 'spec', 'tables', 1, 'name'],
        ],
        [{ title: 'x', tables: [] }, 'BAD_USER_INPUT', ['input', 'spec', 'tables']],
      ];
      for (const [spec, code, field] of cases) {
        const res = await h.gw.ask(RUN, { input: { spec, period: '2022-H1' } });
        expect(res.errors?.[0]?.extensions, JSON.stringify(spec)).toMatchObject({ code, field });
      }
      const period = await h.gw.ask(RUN, { input: { spec: SPEC, period: 'H-0' } });
      expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_PERIOD', field: ['input', 'period'] });
      const both = await h.gw.ask(RUN, { input: { period: '2022-H1' } });
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'spec'] });
      expect(await runCount()).toBe(before);
    });

    it('a spec that became invalid (its metric removed) fails the run with a readable error; earlier files stay', async () => {
      const before = await readdir(h.exportDir);
      // What a stored spec meets after a release drops a metric: the run checks its spec again when it runs.
      const stale = { ...SPEC, tables: [{ ...SPEC.tables[0], metric: 'retired_metric' }] };
      const [row] = (
        await h.sql.query(
          `insert into export_run (spec, formats, period_text, resolve_at, requested_by) values ($1, '{csv}', '2022-H1', now(), 'test') returning id`,
          [JSON.stringify(stale)],
        )
      ).rows;
      await h.exports.jobs.enqueueRun(row.id);
      const run = await finished(Buffer.from(`ExportRun:${row.id}`).toString('base64'));
      expect(run).toMatchObject({
        status: 'FAILED',
        errorCode: 'UNKNOWN_METRIC',
        errorField: ['spec', 'tables', '0', 'metric'],
      });
      expect(run.error).toMatch(/retired_metric/);
      expect(run.files).toEqual([]);
      expect(before.length).toBeGreaterThan(0);
      for (const folder of before) expect(await readdir(path.join(h.exportDir, folder))).toContain('manifest.json');
    });
  });

  describe('export schedules', () => {
    const CREATE = `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id name cron period formats keepRuns } }`;
    const UPDATE = `mutation ($input: UpdateExportScheduleInput!) { updateExportSchedule(input: $input) { id cron period } }`;
    const DELETE = `mutation ($id: ID!) { deleteExportSchedule(input: { id: $id }) { id name } }`;
    const input = {
      name: 'so-ket',
      cron: '0 7 1 1,7 *',
      period: 'H-1',
      formats: ['XLSX', 'CSV'],
      keepRuns: 4,
      spec: SPEC,
    };
    const cronOf = async (id: string) =>
      (
        await h.sql.query('select cron, timezone from pgboss.schedule where name = $1', [
          `export-schedule-${Buffer.from(id, 'base64').toString().split(':')[1]}`,
        ])
      ).rows[0];
    let id: string;

    it('creates a schedule and its cron in pg-boss, in Hà Nội time', async () => {
      const res = await h.gw.ask<{ createExportSchedule: { id: string } }>(CREATE, { input });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createExportSchedule).toMatchObject({ name: 'so-ket', formats: ['XLSX', 'CSV'], keepRuns: 4 });
      id = res.data?.createExportSchedule.id as string;
      expect(await cronOf(id)).toEqual({ cron: '0 7 1 1,7 *', timezone: 'Asia/Ho_Chi_Minh' });
    });

    it('refuses a bad schedule with its code and field, and records nothing', async () => {
      const before = (await h.sql.query('select count(*)::int as n from export_schedule')).rows[0].n;
      const cases: [Record<string, unknown>, string, (string | number)[]][] = [
        [{ ...input, name: 'other', cron: '61 * * * *' }, 'INVALID_CRON', ['input', 'cron']],
        [{ ...input, name: 'other', cron: '0 0 * * * *' }, 'INVALID_CRON', ['input', 'cron']],
        [{ ...input, name: 'so-ket' }, 'NAME_TAKEN', ['input', 'name']],
        [{ ...input, name: 'other', period: 'last half' }, 'INVALID_PERIOD', ['input', 'period']],
        [{ ...input, name: 'other', keepRuns: 0 }, 'BAD_USER_INPUT', ['input', 'keepRuns']],
        [
          {
            ...input,
            name: 'other',
            spec: { ...SPEC, tables: [{ name: 'x', question: 'series', metric: 'admissions' }] },
          },
          'BAD_USER_INPUT',
          ['input', 'spec', 'tables', 0, 'grain'],
        ],
      ];
      for (const [bad, code, field] of cases) {
        const res = await h.gw.ask(CREATE, { input: bad });
        expect(res.errors?.[0]?.extensions, JSON.stringify(bad)).toMatchObject({ code, field });
      }
      expect((await h.sql.query('select count(*)::int as n from export_schedule')).rows[0].n).toBe(before);
    });

    it('updates a schedule and its cron; refuses an unknown one', async () => {
      const res = await h.gw.ask(UPDATE, { input: { id, cron: '30 6 * * 1', period: 'Q-1' } });
      expect(res.data?.updateExportSchedule).toMatchObject({ cron: '30 6 * * 1', period: 'Q-1' });
      expect((await cronOf(id)).cron).toBe('30 6 * * 1');
      const missing = await h.gw.ask(UPDATE, {
        input: { id: Buffer.from('ExportSchedule:99999').toString('base64'), cron: '0 0 * * *' },
      });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
    });

    it("runs a schedule on demand with its spec and formats, listed in the schedule's runs", async () => {
      const queued = await runExport({ scheduleId: id, period: '2022-H1' });
      const run = await finished(queued.id);
      expect(run.status).toBe('SUCCEEDED');
      expect(run.files.map((f) => f.format).sort()).toEqual(['CSV', 'CSV', 'XLSX']);
      const page = await h.gw.ask<{
        exportRuns: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean } };
      }>(
        'query ($s: ID) { exportRuns(scheduleId: $s, first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } }',
        {
          s: id,
        },
      );
      expect(page.data?.exportRuns).toEqual({
        totalCount: 1,
        nodes: [{ id: queued.id }],
        pageInfo: { hasNextPage: false },
      });
      const all = await h.gw.ask<{ exportRuns: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(
        '{ exportRuns(first: 2) { nodes { id } pageInfo { endCursor } } }',
      );
      const next = await h.gw.ask<{ exportRuns: { nodes: { id: string }[] } }>(
        'query ($after: String) { exportRuns(first: 2, after: $after) { nodes { id } } }',
        { after: all.data?.exportRuns.pageInfo.endCursor },
      );
      const ids = [...(all.data?.exportRuns.nodes ?? []), ...(next.data?.exportRuns.nodes ?? [])].map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('deletes a schedule and its cron, keeping its runs; refuses an unknown one', async () => {
      const res = await h.gw.ask(DELETE, { id });
      expect(res.data).toEqual({ deleteExportSchedule: { id, name: 'so-ket' } });
      expect(await cronOf(id)).toBeUndefined();
      expect(
        (await h.sql.query('select count(*)::int as n from export_run where schedule_id is null')).rows[0].n,
      ).toBeGreaterThan(0);
      const again = await h.gw.ask(DELETE, { id });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'id'] });
      const run = await h.gw.ask(RUN, { input: { scheduleId: id, period: '2022-H1' } });
      expect(run.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'scheduleId'] });
    });
  });
});
