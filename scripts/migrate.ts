import 'reflect-metadata';
import { loadConfig } from '../services/config.js';
import { openDatabase } from '../services/store/database.js';
import { migrate } from '../services/store/migrate.js';
import { runCli } from './cli.js';

await runCli(async () => {
  const db = await openDatabase(loadConfig(), { attach: true });
  try {
    const applied = await migrate(db.url);
    console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await db.stop();
  }
});
