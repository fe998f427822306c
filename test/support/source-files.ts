import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The repository's root, for tests that read its sources. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Paths (from the repository root) of the files under `dir` whose names end with `suffix`. */
export function filesUnder(dir: string, suffix = '.ts'): string[] {
  return readdirSync(path.join(repoRoot, dir)).flatMap((entry) => {
    const rel = path.join(dir, entry);
    if (statSync(path.join(repoRoot, rel)).isDirectory()) return filesUnder(rel, suffix);
    return rel.endsWith(suffix) ? [rel] : [];
  });
}

export function readSource(file: string): string {
  return readFileSync(path.join(repoRoot, file), 'utf8');
}

/** The classes a module exports, by export name (functions that make classes are not classes). */
export async function exportedClasses(file: string): Promise<{ name: string; value: unknown }[]> {
  const module: Record<string, unknown> = await import(path.join(repoRoot, file));
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value)))
    .map(([name, value]) => ({ name, value }));
}
