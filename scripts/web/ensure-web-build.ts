import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
/** Where the built dashboard and GraphiQL go (git-ignored); the gateway serves this folder. */
export const WEB_DIST = path.join(root, 'dist/web');
const STAMP = path.join(WEB_DIST, '.sources-hash');
// What the build reads: the front-end sources, the SDL (the download button depends on it) and the locked dependencies.
const INPUTS = ['web', 'schema/schema.graphql', 'package-lock.json'];

function sourcesHash(): string {
  const h = createHash('sha1');
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
    else h.update(path.relative(root, p)).update(readFileSync(p));
  };
  for (const input of INPUTS) walk(path.join(root, input));
  return h.digest('hex');
}

export interface EnsureWebBuildOptions {
  force?: boolean;
  log?: (line: string) => void;
}

/**
 * Builds dist/web with Vite when it is missing or was built from other sources (a hash of them is
 * stamped in it). The build goes to a folder of its own, moved into place when complete, so an
 * interrupted build is redone and two processes building at once (a test and npm start) never mix
 * their files. Returns whether it built.
 */
export async function ensureWebBuild({ force = false, log = () => {} }: EnsureWebBuildOptions = {}): Promise<boolean> {
  const hash = sourcesHash();
  const built = await readFile(STAMP, 'utf8').catch(() => null);
  if (!force && built === hash) return false;
  log('building the dashboard and GraphiQL (dist/web)');
  const started = Date.now();
  // Loaded only when building, so a warm start does not pay for Vite.
  const { build } = await import('vite');
  const staging = `${WEB_DIST}.building-${process.pid}`;
  try {
    await build({ configFile: path.join(root, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: staging } });
    await writeFile(path.join(staging, path.basename(STAMP)), hash);
    await rm(WEB_DIST, { recursive: true, force: true });
    // Another process may have put its (identical) build there meanwhile: then it stays.
    await rename(staging, WEB_DIST).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOTEMPTY' && e.code !== 'EEXIST') throw e;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  log(`dashboard built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
