import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHOLE_FOREST } from '../../services/access/access-scope.js';
import type { Caller } from '../../services/access/caller.js';
import { DomainError } from '../../services/errors.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { OrganisationService } from '../../services/hierarchy/organisation.service.js';
import { Position } from '../../services/hierarchy/position.entity.js';
import { AdmissionService } from '../../services/membership/admission.service.js';
import { Member } from '../../services/membership/member.entity.js';
import { ProgrammeItemStatusService } from '../../services/programmes/programme-item-status.service.js';
import { initORM } from '../../services/store/orm.js';
import { translateDatabaseError } from '../../services/write/database-error.js';
import { useDatabase } from '../support/use-database.js';
import { type Fixture, seedFixture } from './support/fixture.js';

const caller: Caller = { id: 'editor@race-test', role: 'editor', scope: WHOLE_FOREST };
const audit = () => ({ createdAt: new Date(), createdBy: 'test', updatedAt: new Date(), updatedBy: 'test' });
const SQL_WORDS = /insert|update|select|constraint|violates|duplicate key|organisation_|_id|foreign/i;

/** What a refused call came to: its code, or 'ok'. */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'ok';
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.message).not.toMatch(SQL_WORDS);
      return e.code;
    }
    throw e;
  }
}

describe('database refusals and concurrent writes', () => {
  const store = useDatabase();
  let orm: MikroORM;
  let fx: Fixture;

  beforeAll(async () => {
    fx = await seedFixture(store.sql);
    orm = await initORM(store.db.url, 4);
  });

  afterAll(async () => {
    await orm?.close();
  });

  /** The domain error a write the database refuses comes out as, written through the ORM as the services write. */
  const refused = (write: (em: MikroORM['em']) => Promise<unknown>) =>
    write(orm.em.fork()).then(
      () => expect.fail('expected the database to refuse the write'),
      (e: unknown) => translateDatabaseError(e) as DomainError,
    );

  it('turns a unique, foreign-key or check violation into CONFLICT, NOT_FOUND or CONSTRAINT_VIOLATION naming no SQL', async () => {
    const refusals = [
      await refused((em) =>
        em.insert(Organisation, {
          ...audit(),
          code: 'TU',
          name: 'x',
          kind: 'cell',
          branch: 'party',
          foundedOn: '2020-01-01',
          path: [],
        }),
      ),
      await refused((em) =>
        em.insert(Member, {
          ...audit(),
          person: fx.person.newcomer,
          cell: 999_999,
          admittedOn: '2020-01-01',
          probationEndsOn: '2021-01-01',
          status: 'full',
        }),
      ),
      await refused((em) => em.nativeUpdate(Position, { id: fx.position.secretaryOfA }, { endedOn: '1990-01-01' })),
    ];
    expect(refusals.map((e) => e.code)).toEqual(['CONFLICT', 'NOT_FOUND', 'CONSTRAINT_VIOLATION']);
    for (const e of refusals) expect(e.message).not.toMatch(SQL_WORDS);
  });

  it('leaves any other error as it is', () => {
    const other = new TypeError('not a database error');
    expect(translateDatabaseError(other)).toBe(other);
  });

  it('founds one organisation when two callers race for the same code, refusing the other', async () => {
    const found = () =>
      codeOf(
        new OrganisationService({ em: orm.em.fork(), caller }).found({
          code: 'CB-RACE',
          name: 'Chi bộ thử tranh chấp',
          kind: 'cell',
          branch: 'party',
          parentId: fx.org.grassrootsA,
          foundedOn: '2022-01-01',
        }),
      );
    const codes = await Promise.all([found(), found()]);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'ok')[0]).toMatch(/^(CODE_TAKEN|CONFLICT)$/);
    const rows = await store.sql.query("select count(*)::int as n from organisation where code = 'CB-RACE'");
    expect(rows.rows[0].n).toBe(1);
  });

  it('admits a person once when two admissions race, the second seeing the first (ALREADY_MEMBER)', async () => {
    const admit = () =>
      codeOf(
        new AdmissionService({ em: orm.em.fork(), caller }).admitMember({
          personId: fx.person.newcomer,
          cellId: fx.org.cellA1,
          admittedOn: '2022-05-19',
        }),
      );
    expect((await Promise.all([admit(), admit()])).sort()).toEqual(['ALREADY_MEMBER', 'ok']);
  });

  it('orders two racing status changes of one item, refusing the one dated no later (STATUS_OUT_OF_ORDER)', async () => {
    const set = (status: 'draft_submitted' | 'completed') =>
      codeOf(
        new ProgrammeItemStatusService({ em: orm.em.fork(), caller }).set({
          itemId: fx.item.started,
          status,
          effectiveOn: '2022-04-01',
        }),
      );
    expect((await Promise.all([set('draft_submitted'), set('completed')])).sort()).toEqual([
      'STATUS_OUT_OF_ORDER',
      'ok',
    ]);
  });
});
