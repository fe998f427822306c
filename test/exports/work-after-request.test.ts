import { describe, expect, it } from 'vitest';
import { eventually, useExports } from './support/use-exports.js';

describe('work a request sets off, after that request’s deadline', () => {
  // Requests get 1.5 s; everything below happens after that.
  const h = useExports({ REQUEST_TIMEOUT_MS: '1500', ANALYTICS_SYNC_DEBOUNCE_MS: '2000' });
  const CREATE = `mutation ($input: CreateExportScheduleInput!) { createExportSchedule(input: $input) { id } }`;

  it('a schedule created through the API runs its slots long after the creating request ended', async () => {
    const res = await h.gw.ask<{ createExportSchedule: { id: string } }>(CREATE, {
      input: {
        name: 'sau-han',
        cron: '0 7 1 * *',
        period: 'M-1',
        formats: ['CSV'],
        spec: { title: 'Kết nạp', tables: [{ name: 'ket_nap', question: 'compare', metric: 'admissions' }] },
      },
    });
    expect(res.errors).toBeUndefined();
    const scheduleId = Number(
      Buffer.from(res.data?.createExportSchedule.id as string, 'base64')
        .toString()
        .split(':')[1],
    );
    await new Promise((r) => setTimeout(r, 2_000));
    // The slot as pg-boss's cron would deliver it, to the worker the creating request started.
    await h.sql.query(`insert into pgboss.job (name, data) values ($1, $2)`, [
      `export-schedule-${scheduleId}`,
      JSON.stringify({ scheduleId }),
    ]);
    const run = await eventually('the slot’s run', async () => {
      const { rows } = await h.sql.query(
        `select status, error from export_run where schedule_id = $1 and status in ('succeeded', 'failed')`,
        [scheduleId],
      );
      return rows[0];
    });
    expect(run).toEqual({ status: 'succeeded', error: null });
  });

  it('a write’s analytics sync, due after the write’s request ended, brings the replica up to date', async () => {
    const before = h.engine.status().snapshotAt as Date;
    const res = await h.gw.ask(
      `mutation { setTarget(input: { metric: "admissions", period: "2026", value: 1234 }) { value } }`,
    );
    expect(res.errors).toBeUndefined();
    const after = await eventually('a newer replica', async () => {
      const { snapshotAt } = h.engine.status();
      return snapshotAt && snapshotAt > before ? snapshotAt : undefined;
    });
    expect(after.getTime()).toBeGreaterThan(before.getTime());
    expect(h.engine.status().lastFailureAt).toBeNull();
  });
});
