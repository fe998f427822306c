import { readFileSync } from 'node:fs';
import path from 'node:path';

/** name@version of this checkout (package.json), which every manifest records. */
export const SOFTWARE: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  return { name: String(pkg.name), version: String(pkg.version) };
})();
