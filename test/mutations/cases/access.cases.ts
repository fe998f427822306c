import { expect } from 'vitest';
import { type MutationCase, ref } from '../support/mutation-case.js';

const field = (name: string) => ['input', name];

export const accessCases: MutationCase[] = [
  {
    title: 'createApiKey makes a key of a role for a subtree, keeping only its hash',
    mutation: 'createApiKey',
    input: () => ({ name: 'Văn phòng Huyện ủy', role: 'analyst', scope: 'HU-SS' }),
    async verify({ db, id, fx, caller }) {
      const { rows } = await db.query(
        'select name, role, scope_id, key_hash, created_by, revoked_at from api_key where id = $1',
        [id],
      );
      expect(rows).toEqual([
        expect.objectContaining({
          name: 'Văn phòng Huyện ủy',
          role: 'analyst',
          scope_id: fx.org.districtB,
          created_by: caller,
          revoked_at: null,
        }),
      ]);
      expect(rows[0].key_hash).toMatch(/^[0-9a-f]{64}$/);
    },
  },
  {
    title: 'createApiKey refuses a scope that names no organisation (NOT_FOUND)',
    mutation: 'createApiKey',
    input: () => ({ name: 'x', role: 'viewer', scope: 'KHONG-CO' }),
    refused: { code: 'NOT_FOUND', field: field('scope') },
  },
  {
    title: 'createApiKey refuses an unknown role (BAD_USER_INPUT)',
    mutation: 'createApiKey',
    input: () => ({ name: 'x', role: 'superuser', scope: 'TU' }),
    refused: { code: 'BAD_USER_INPUT', field: field('role') },
  },
  {
    title: 'revokeApiKey revokes a key, recording who did',
    mutation: 'revokeApiKey',
    input: (fx) => ({ keyId: ref('ApiKey', fx.key) }),
    async verify({ db, id, caller }) {
      const { rows } = await db.query('select revoked_at, revoked_by from api_key where id = $1', [id]);
      expect(rows[0].revoked_at).not.toBeNull();
      expect(rows[0].revoked_by).toBe(caller);
    },
  },
  {
    title: 'revokeApiKey refuses a key revoked already (KEY_REVOKED)',
    mutation: 'revokeApiKey',
    input: (fx) => ({ keyId: ref('ApiKey', fx.key) }),
    refused: { code: 'KEY_REVOKED', field: field('keyId') },
  },
];
