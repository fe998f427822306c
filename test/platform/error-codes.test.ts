import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../services/error-codes.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The codes in the first column of every table under a README heading that names error codes. */
function readmeCodes(): Set<string> {
  const codes = new Set<string>();
  let fenced = false;
  let inErrorSection = false;
  for (const line of readFileSync(path.join(root, 'README.md'), 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    if (line.startsWith('#')) inErrorSection = /error codes/i.test(line);
    else if (inErrorSection && line.startsWith('|')) {
      const firstCell = line.split('|')[1] ?? '';
      for (const m of firstCell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) codes.add(m[1] as string);
    }
  }
  return codes;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}

describe('the table of error codes', () => {
  const table = Object.keys(ERROR_CODES);

  it('documents in the README every code of the table, and nothing else', () => {
    const documented = readmeCodes();
    expect(
      table.filter((c) => !documented.has(c)),
      'in services/error-codes.ts, not in the README',
    ).toEqual([]);
    expect(
      [...documented].filter((c) => !(c in ERROR_CODES)),
      'in the README, not in the table',
    ).toEqual([]);
  });

  it('gives every code a meaning, and every code is used by the code', () => {
    const code = ['services', 'schema', 'analytics', 'scripts']
      .flatMap((d) => sources(path.join(root, d)))
      .filter((text) => !text.includes('export const ERROR_CODES'))
      .join('\n');
    for (const [c, meaning] of Object.entries(ERROR_CODES)) {
      expect(meaning.length, c).toBeGreaterThan(10);
      expect(code.includes(`'${c}'`), `${c} is raised nowhere`).toBe(true);
    }
  });
});
