import { initORM } from './orm.js';

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const orm = await initORM(url, 1);
  try {
    const done = await orm.migrator.up();
    return done.map((m) => m.name);
  } finally {
    await orm.close();
  }
}
