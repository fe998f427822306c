import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A stand-in for dist/web: the two pages and one hashed asset, each saying which file it is. */
export async function fakeWebBuild(): Promise<{ root: string; remove(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'cg-web-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>dashboard page</title>');
  await writeFile(path.join(root, 'graphiql.html'), '<!doctype html><title>graphiql page</title>');
  await writeFile(path.join(root, 'assets/main-AbC123.js'), 'console.log("asset")');
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
