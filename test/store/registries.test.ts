import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withMigrationListed } from '../../scripts/list-migration.js';
import { entities } from '../../services/store/entities.js';
import { migrationsList } from '../../services/store/migrations.js';
import { exportedClasses, filesUnder, readSource, repoRoot } from '../support/source-files.js';

describe('the hand-kept registries of the store', () => {
  it('lists every entity class of every *.entity.ts file in services/store/entities.ts', async () => {
    const files = filesUnder('services', '.entity.ts');
    expect(files.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const file of files) {
      for (const { name, value } of await exportedClasses(file)) {
        if (!entities.includes(value as never)) missing.push(`${name} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every migration file in services/store/migrations.ts, in the order of their names', () => {
    const files = readdirSync(path.join(repoRoot, 'services/store/migrations'))
      .filter((f) => /^Migration\d+_\w+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });

  it('lets npm run db:make-migration list a new migration last, with its import', () => {
    const source = readSource('services/store/migrations.ts');
    const listed = withMigrationListed(source, 'Migration20991231000000_next');
    expect(listed).toContain(
      "import { Migration20991231000000_next } from './migrations/Migration20991231000000_next.js';\n",
    );
    const entries = listed.slice(listed.indexOf('migrationsList = [')).match(/^ {2}(Migration\w+),$/gm);
    expect(entries?.map((e) => e.trim().replace(',', ''))).toEqual([
      ...migrationsList.map((m) => m.name),
      'Migration20991231000000_next',
    ]);
  });
});
