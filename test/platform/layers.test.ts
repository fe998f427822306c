import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from '../support/source-files.js';

/** Every top-level folder a file under `dir` imports from (relative imports only), by file. */
function importsOf(dir: string): { file: string; folder: string }[] {
  return filesUnder(dir).flatMap((file) =>
    [...readSource(file).matchAll(/from '(\.[^']+)'/g)].map((m) => ({
      file,
      folder: path.normalize(path.join(path.dirname(file), m[1] as string)).split(path.sep)[0] as string,
    })),
  );
}

describe('layers: arrows point down, only the composition root knows them all', () => {
  it('storage and domain logic (services/, but for gateway/) import neither the API nor the analytics', () => {
    const up = importsOf('services').filter(
      (i) => !i.file.startsWith('services/gateway/') && ['schema', 'analytics', 'scripts'].includes(i.folder),
    );
    expect(up).toEqual([]);
  });

  it('the analytics do not import the API, the API does not import the scripts', () => {
    expect(importsOf('analytics').filter((i) => ['schema', 'scripts'].includes(i.folder))).toEqual([]);
    expect(importsOf('schema').filter((i) => i.folder === 'scripts')).toEqual([]);
  });
});
