import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaChanges } from '../../scripts/schema/schema-changes.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(root, 'scripts/schema-check.ts');
const TSX = path.join(root, 'node_modules/.bin/tsx');

const V1 = `
type Query {
  organisation(code: String): Organisation
  compare(metric: String!, period: String!): Int!
}
type Organisation {
  name: String!
  kindLabel: String!
  oldName: String @deprecated(reason: "use name")
}
`;

describe('schema changes', () => {
  it('a new field or optional argument is safe', async () => {
    const changes = await schemaChanges(V1, V1.replace('name: String!', 'name: String!\n  code: String!'));
    expect(changes.breaking).toEqual([]);
    expect(changes.safe).toHaveLength(1);
  });

  it('a removed field, a changed type and a new required argument are breaking', async () => {
    expect((await schemaChanges(V1, V1.replace('  kindLabel: String!\n', ''))).breaking).toHaveLength(1);
    expect((await schemaChanges(V1, V1.replace('kindLabel: String!', 'kindLabel: Int!'))).breaking).toHaveLength(1);
    expect(
      (await schemaChanges(V1, V1.replace('period: String!)', 'period: String!, scope: ID!)'))).breaking,
    ).toHaveLength(1);
  });

  it('removing a field that was deprecated first is not breaking', async () => {
    const changes = await schemaChanges(V1, V1.replace(/ {2}oldName.*\n/, ''));
    expect(changes.breaking).toEqual([]);
    expect(changes.dangerous).toHaveLength(1);
  });
});

describe('npm run schema:check', () => {
  let repo: string;
  afterEach(async () => {
    if (repo) await rm(repo, { recursive: true, force: true });
  });

  async function git(...args: string[]) {
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });
  }
  async function commit(sdl: string, message: string) {
    await writeFile(path.join(repo, 'schema/schema.graphql'), sdl);
    await git('add', '.');
    await git('commit', '-q', '-m', message);
  }
  async function check(): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await run(TSX, [SCRIPT], { cwd: repo });
      return { code: 0, out: stdout + stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, out: err.stdout + err.stderr };
    }
  }

  async function newRepo() {
    repo = await mkdtemp(path.join(os.tmpdir(), 'cg-schema-check-'));
    await mkdir(path.join(repo, 'schema'));
    await git('init', '-q', '-b', 'main');
    await commit(V1, 'v1');
  }

  it('on a branch, compares with where it left main and fails on a breaking change', async () => {
    await newRepo();
    await git('checkout', '-q', '-b', 'feature');
    await commit(V1.replace('  kindLabel: String!\n', ''), 'drop kindLabel');
    const res = await check();
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/Field 'kindLabel' .*removed/);
    expect(res.out).toContain('1 breaking change');
  });

  it('on main, compares with the previous commit; a deprecated field may go', async () => {
    await newRepo();
    await commit(V1.replace(/ {2}oldName.*\n/, ''), 'drop the deprecated oldName');
    const res = await check();
    expect(res.code).toBe(0);
    expect(res.out).toContain('1 change(s)');
  });

  it('with no earlier commit there is nothing to compare, and it says so', async () => {
    await newRepo();
    const res = await check();
    expect(res.code).toBe(0);
    expect(res.out).toContain('nothing to check');
  });
});
