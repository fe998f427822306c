import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../../web/codegen.config.js';

// `npm run web:codegen`: regenerates the dashboard's typed client (web/src/gql) from schema/schema.graphql.
const files = await generate(codegenConfig, true);
console.log(`web/src/gql: ${files.length} files`);
