import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { initORM } from '../services/store/orm.js';
import { runCli } from './cli.js';
import { withMigrationListed } from './list-migration.js';

const listFile = fileURLToPath(new URL('../services/store/migrations.ts', import.meta.url));

// Writes a migration with the difference between the entities and the database, and lists it (developers only).
await runCli(async () => {
  const db = await openDatabase(loadConfig());
  const orm = await initORM(db.url);
  try {
    await orm.migrator.up();
    const result = await orm.migrator.createMigration(undefined, false, process.argv.includes('--initial'));
    if (!result.fileName) {
      console.log('no changes');
      return;
    }
    const name = path.basename(result.fileName, '.ts');
    writeFileSync(listFile, withMigrationListed(readFileSync(listFile, 'utf8'), name));
    console.log(`created ${result.fileName} and listed it in services/store/migrations.ts`);
  } finally {
    await orm.close();
    await db.stop();
  }
});
