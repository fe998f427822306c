import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { schemaChanges } from './schema/schema-changes.js';

// `npm run schema:check [-- --base <git ref>]`: fails when schema/schema.graphql breaks clients of the base's schema.

const SDL = 'schema/schema.graphql';
const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tryGit = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return null;
  }
};

/** On a branch: where it left main. On main itself (CI after a merge): the commit before. */
function defaultBase(): string | null {
  const head = tryGit('rev-parse', 'HEAD');
  const main =
    tryGit('rev-parse', '--verify', '--quiet', 'main') ?? tryGit('rev-parse', '--verify', '--quiet', 'origin/main');
  if (main && head && main !== head) return tryGit('merge-base', 'HEAD', main);
  return tryGit('rev-parse', '--verify', '--quiet', 'HEAD~1');
}

const { values } = parseArgs({ options: { base: { type: 'string' } } });
const base = values.base ?? defaultBase();
if (!base) {
  console.log('schema:check: no base commit to compare with (a first commit, or a shallow clone); nothing to check');
  process.exit(0);
}
const oldSdl = tryGit('show', `${base}:${SDL}`);
if (oldSdl === null) {
  console.log(`schema:check: ${base} has no ${SDL}; nothing to check`);
  process.exit(0);
}
const changes = await schemaChanges(oldSdl, await readFile(SDL, 'utf8'));
const total = changes.breaking.length + changes.dangerous.length + changes.safe.length;
console.log(`schema:check: ${SDL} against ${base.slice(0, 12)}: ${total} change(s)`);
if (total) {
  console.log('\nFor schema/CHANGELOG.md:');
  for (const [label, list] of [
    ['Breaking', changes.breaking],
    ['Dangerous', changes.dangerous],
    ['Added or changed', changes.safe],
  ] as const) {
    for (const message of list) console.log(`- ${label}: ${message}`);
  }
}
if (changes.breaking.length) {
  console.error(
    `\nschema:check: ${changes.breaking.length} breaking change(s). Deprecate first (@deprecated(reason: …)), remove in a later release.`,
  );
  process.exit(1);
}
