import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { WHOLE_FOREST } from '../../services/access/access-scope.js';
import { type Caller, SYSTEM_CALLER } from '../../services/access/caller.js';
import { createContextFactory } from '../../services/gateway/context-factory.js';
import { OrganisationService } from '../../services/hierarchy/organisation.service.js';
import { useOrm } from '../support/use-orm.js';

const admin: Caller = { id: 'admin@context-test', role: 'admin', scope: WHOLE_FOREST };
/** A request as the authentication hook leaves it: with its caller. */
const request = (caller: Caller | undefined = admin) =>
  ({ headers: {}, ip: '127.0.0.1', id: 'req-1', caller }) as unknown as FastifyRequest;

describe('per-request context factory', () => {
  const fx = useOrm();

  it('gives every request its own EntityManager fork and fresh loaders', async () => {
    const make = createContextFactory({ orm: fx.orm });
    const [a, b] = await Promise.all([make(request()), make(request())]);
    expect(a.em).not.toBe(b.em);
    expect(a.em).not.toBe(fx.orm.em);
    expect(a.loaders.hierarchy.organisations).not.toBe(b.loaders.hierarchy.organisations);
    expect(a.loaders.entities).not.toBe(b.loaders.entities);
    expect(a.loaders.membership.memberCount).not.toBe(b.loaders.membership.memberCount);
  });

  it('takes the caller the authentication hook found, with where the request came from', async () => {
    const ctx = await createContextFactory({ orm: fx.orm })(request(SYSTEM_CALLER));
    expect(ctx.caller).toBe(SYSTEM_CALLER);
    expect(ctx.origin).toEqual({ address: '127.0.0.1', requestId: 'req-1' });
  });

  it('refuses a request that did not pass the authentication hook', async () => {
    await expect(createContextFactory({ orm: fx.orm })(request(null as never))).rejects.toThrow(
      /not behind the authentication hook/,
    );
  });

  it('wires the commit hook into the write services: called once per commit, never for a refusal', async () => {
    let commits = 0;
    const ctx = await createContextFactory({ orm: fx.orm, onCommitted: () => commits++ })(request());
    const city = {
      code: 'TU',
      name: 'Thành ủy',
      kind: 'city_committee',
      branch: 'party',
      foundedOn: '1930-02-03',
    } as const;
    const written = await new OrganisationService(ctx).found(city);
    expect(commits).toBe(1);
    expect((await fx.sql.query('select code from organisation where id = $1', [written.id])).rows).toEqual([
      { code: 'TU' },
    ]);
    await expect(new OrganisationService(ctx).found(city)).rejects.toMatchObject({ code: 'CODE_TAKEN' });
    expect(commits).toBe(1);
  });

  it('hands the analytics catalogue to the services that store metric ids', async () => {
    const ctx = await createContextFactory({ orm: fx.orm })(request());
    expect(() => ctx.checkMetric('admissions', ['input', 'metric'])).not.toThrow();
    expect(() => ctx.checkMetric('no_such_metric', ['input', 'metric'])).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_METRIC', field: ['input', 'metric'] }),
    );
  });
});
