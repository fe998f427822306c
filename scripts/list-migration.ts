/**
 * services/store/migrations.ts with migration `name` added: its import after the last one and its
 * entry at the end of the list (names start with their timestamp, so the newest goes last).
 */
export function withMigrationListed(source: string, name: string): string {
  const lastImport = source.lastIndexOf('\nimport ');
  const importEnd = source.indexOf('\n', lastImport + 1);
  const listEnd = source.indexOf('\n].map(');
  if (lastImport < 0 || listEnd < 0) throw new Error('services/store/migrations.ts is not in the expected shape');
  return (
    `${source.slice(0, importEnd + 1)}import { ${name} } from './migrations/${name}.js';\n` +
    `${source.slice(importEnd + 1, listEnd)}\n  ${name},${source.slice(listEnd)}`
  );
}
