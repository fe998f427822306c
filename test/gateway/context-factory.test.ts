import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContextFactory } from '../../services/gateway/context-factory.js';
import { initORM } from '../../services/store/orm.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const request = (headers: Record<string, string | string[]>) => ({ headers }) as unknown as FastifyRequest;

describe('per-request context factory', () => {
  let db: TestDatabase;
  let orm: MikroORM;

  beforeAll(async () => {
    db = await createTestDatabase();
    orm = await initORM(db.url, 2);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('gives every request its own EntityManager fork and fresh loaders', async () => {
    const make = createContextFactory({ orm });
    const [a, b] = await Promise.all([make(request({})), make(request({}))]);
    expect(a.em).not.toBe(b.em);
    expect(a.em).not.toBe(orm.em);
    expect(a.loaders.hierarchy.organisations).not.toBe(b.loaders.hierarchy.organisations);
    expect(a.loaders.entities).not.toBe(b.loaders.entities);
    expect(a.loaders.membership.memberCount).not.toBe(b.loaders.membership.memberCount);
  });

  it('reads the caller from x-civicgraph-user, "anonymous" when missing or malformed', async () => {
    const make = createContextFactory({ orm });
    expect((await make(request({ 'x-civicgraph-user': ' nguyen.van.a@hanoi ' }))).caller).toEqual({
      id: 'nguyen.van.a@hanoi',
    });
    expect((await make(request({ 'x-civicgraph-user': 'Trần Thị B' }))).caller.id).toBe('anonymous');
    expect((await make(request({ 'x-civicgraph-user': 'analyst-7' }))).caller.id).toBe('analyst-7');
    expect((await make(request({}))).caller.id).toBe('anonymous');
    expect((await make(request({ 'x-civicgraph-user': 'x'.repeat(101) }))).caller.id).toBe('anonymous');
  });

  it('passes the commit hook through to resolvers', async () => {
    let commits = 0;
    const ctx = await createContextFactory({ orm, onCommitted: () => commits++ })(request({}));
    ctx.onCommitted?.();
    expect(commits).toBe(1);
  });
});
