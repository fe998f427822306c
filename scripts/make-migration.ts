import 'reflect-metadata';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { initORM } from '../services/store/orm.js';

// Writes a migration with the difference between the entities and the database (developers only).
const config = loadConfig();
const db = await openDatabase(config);
const orm = await initORM(db.url);
try {
  await orm.migrator.up();
  const result = await orm.migrator.createMigration(undefined, false, process.argv.includes('--initial'));
  console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
} finally {
  await orm.close();
  await db.stop();
}
