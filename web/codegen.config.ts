import { createHash } from 'node:crypto';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = import.meta.dirname;

/**
 * The typed client: types and documents for every `graphql(...)` call under web/src, generated from the
 * committed SDL, plus persisted-documents.json (sha256 → document), the dashboard's trusted documents.
 */
export const codegenConfig: CodegenConfig = {
  schema: path.join(here, '../schema/schema.graphql'),
  documents: [path.join(here, 'src/**/*.ts'), `!${path.join(here, 'src/gql/**')}`],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [path.join(here, 'src/gql/')]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          mode: 'replaceDocumentWithHash',
          // Plain hex sha256 of the document text: the hash Apollo's persisted queries check.
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};
