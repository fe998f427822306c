import 'reflect-metadata';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { initORM } from '../services/store/orm.js';
import { runCli } from './cli.js';

// Writes a migration with the difference between the entities and the database (developers only).
await runCli(async () => {
  const db = await openDatabase(loadConfig());
  const orm = await initORM(db.url);
  try {
    await orm.migrator.up();
    const result = await orm.migrator.createMigration(undefined, false, process.argv.includes('--initial'));
    console.log(result.fileName ? `created ${result.fileName}; list it in services/store/migrations.ts` : 'no changes');
  } finally {
    await orm.close();
    await db.stop();
  }
});
