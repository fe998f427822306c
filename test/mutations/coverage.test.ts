import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { mutationCases } from './cases/all.cases.js';
import { serviceCalls } from './support/service-calls.js';

/**
 * Export mutations queue work in pg-boss and write no counted data; test/exports/runs.test.ts runs
 * each of them accepted and refused (with codes, fields and nothing recorded) against the real queues.
 */
const COVERED_BY_EXPORT_TESTS = ['runExport', 'createExportSchedule', 'updateExportSchedule', 'deleteExportSchedule'];
/**
 * importRecords takes an upload (POST /intake/uploads) and answers a report, not a node:
 * test/intake/intake.test.ts runs it accepted and refused over HTTP, with the table digest proving
 * refusals and dry runs wrote nothing, a viewer refused and an outsider's rows FORBIDDEN.
 */
const COVERED_BY_INTAKE_TESTS = ['importRecords'];

describe('every mutation is covered by the mutation suite', () => {
  it('has a service call for each mutation of the schema, and none the schema lacks', async () => {
    const schema = await buildGraphQLSchema();
    const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {})
      .filter((m) => !COVERED_BY_EXPORT_TESTS.includes(m) && !COVERED_BY_INTAKE_TESTS.includes(m))
      .sort();
    expect(Object.keys(serviceCalls).sort()).toEqual(inSchema);
  });

  it('has at least one accepted and one refused case for each mutation', () => {
    const cases = Object.values(mutationCases).flat();
    for (const mutation of Object.keys(serviceCalls)) {
      const mine = cases.filter((c) => c.mutation === mutation);
      expect(
        mine.some((c) => !c.refused),
        `${mutation} has no accepted case`,
      ).toBe(true);
      expect(
        mine.some((c) => c.refused),
        `${mutation} has no refused case`,
      ).toBe(true);
    }
  });
});
