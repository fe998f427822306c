import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { enumField } from '../write/enum-field.js';
import { inputFields } from '../write/input-fields.js';
import { fieldPath, parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { scopeContains } from './access-scope.js';
import { ApiKey } from './api-key.entity.js';
import { hashKey, keyPrefixOf, newKeySecret } from './key-secret.js';
import { ROLES } from './roles.js';
import { scopeByCode } from './scope-lookup.js';

const createInput = z.object({
  name: inputFields.text,
  role: enumField(ROLES),
  /** An organisation code, or "*" for the whole forest. */
  scope: inputFields.text,
  expiresAt: z.date({ error: 'must be a point in time' }).optional(),
});
export type CreateApiKeyInput = z.input<typeof createInput>;

const revokeInput = z.object({ keyId: inputFields.id });
export type RevokeApiKeyInput = z.input<typeof revokeInput>;

/** A key as created: the record, and the secret that is shown this once and never stored. */
export interface CreatedApiKey {
  apiKey: ApiKey;
  key: string;
}

/** Keys for service accounts and scheduled jobs: created and revoked by admins, never wider than their own scope. */
export class ApiKeyService extends WriteService {
  protected override readonly permission = 'admin' as const;

  async create(raw: CreateApiKeyInput): Promise<CreatedApiKey> {
    const input = parseInput(createInput, raw);
    const key = newKeySecret();
    const apiKey = await this.write(async (w) => {
      if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
        throw new DomainError('BAD_USER_INPUT', 'the expiry must lie in the future', fieldPath('expiresAt'));
      }
      const scope = await scopeByCode(w.em, input.scope, fieldPath('scope'));
      if (!scopeContains(w.caller.scope, scope)) {
        throw new DomainError(
          'FORBIDDEN',
          `A key for ${input.scope} would reach beyond your own scope (${w.caller.scope.code}).`,
          fieldPath('scope'),
        );
      }
      return w.create(ApiKey, {
        name: input.name,
        role: input.role,
        scope: scope.organisationId === null ? undefined : w.em.getReference(Organisation, scope.organisationId),
        keyHash: hashKey(key),
        keyPrefix: keyPrefixOf(key),
        expiresAt: input.expiresAt,
      });
    });
    return { apiKey, key };
  }

  async revoke(raw: RevokeApiKeyInput): Promise<ApiKey> {
    const input = parseInput(revokeInput, raw);
    return this.write(async (w) => {
      const field = fieldPath('keyId');
      const apiKey = await w.find(ApiKey, input.keyId, field, LockMode.PESSIMISTIC_WRITE);
      if (apiKey.revokedAt) {
        throw new DomainError(
          'KEY_REVOKED',
          `This key was already revoked on ${apiKey.revokedAt.toISOString()}.`,
          field,
        );
      }
      apiKey.revokedAt = new Date();
      apiKey.revokedBy = w.caller.id;
      w.touch(apiKey);
      return apiKey;
    });
  }
}
