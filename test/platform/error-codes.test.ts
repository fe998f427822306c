import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../services/error-codes.js';
import { filesUnder, readSource } from '../support/source-files.js';

/** The codes in the first column of every table under a README heading that names error codes. */
function readmeCodes(): Set<string> {
  const codes = new Set<string>();
  let fenced = false;
  let inErrorSection = false;
  for (const line of readSource('README.md').split('\n')) {
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
      .flatMap((d) => filesUnder(d))
      .filter((file) => file !== 'services/error-codes.ts')
      .map(readSource)
      .join('\n');
    for (const [c, meaning] of Object.entries(ERROR_CODES)) {
      expect(meaning.length, c).toBeGreaterThan(10);
      expect(code.includes(`'${c}'`), `${c} is raised nowhere`).toBe(true);
    }
  });
});
