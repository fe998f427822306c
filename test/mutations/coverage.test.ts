import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { mutationCases } from './cases/all.cases.js';
import { serviceCalls } from './support/service-calls.js';

describe('every mutation is covered by the mutation suite', () => {
  it('has a service call for each mutation of the schema, and none the schema lacks', async () => {
    const schema = await buildGraphQLSchema();
    const inSchema = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
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
