import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphQLSchema } from '../../schema/build-schema.js';
import { codegenConfig } from '../../web/codegen.config.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('the dashboard’s typed client (web/src/gql)', () => {
  it('is what codegen makes from the committed SDL and the dashboard’s operations (run npm run web:codegen)', async () => {
    const files = await generate({ ...codegenConfig, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const committed = await readFile(file.filename, 'utf8').catch(() => null);
      expect(committed, path.relative(root, file.filename)).toBe(file.content);
    }
  });

  it('every trusted document is valid against the schema the server builds', async () => {
    const manifest: Record<string, string> = JSON.parse(
      await readFile(path.join(root, 'web/src/gql/persisted-documents.json'), 'utf8'),
    );
    const schema = await buildGraphQLSchema();
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    for (const [hash, document] of Object.entries(manifest)) {
      expect(validate(schema, parse(document)), hash).toEqual([]);
    }
  });
});
