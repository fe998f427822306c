import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { buildGraphQLSchema } from '../schema/build-schema.js';

// `npm run schema:print`: writes the committed SDL that front-end teams build on.
const sdl = `${printSchema(await buildGraphQLSchema())}\n`;
await writeFile(new URL('../schema/schema.graphql', import.meta.url), sdl);
console.log(`schema/schema.graphql: ${sdl.split('\n').length} lines`);
