import { Field, ID, InputType } from 'type-graphql';
import type { CreateApiKeyInput as CreateInput } from '../../services/access/api-key.service.js';
import { inputId } from '../input-id.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';
import { RoleEnum } from './access-enums.type.js';

@InputType('CreateApiKeyInput', { description: 'A key for a service account or a scheduled job.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for; shown in lists and the audit log.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'The role it acts with.' })
  role!: string;

  @Field(() => String, {
    description: 'The code of the organisation whose subtree it may reach (e.g. "DU-001"), "*" for the whole forest.',
  })
  scope!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; never when absent.' })
  expiresAt?: Date | null;

  toService(): CreateInput {
    return { name: this.name, role: this.role as never, scope: this.scope, expiresAt: this.expiresAt ?? undefined };
  }
}

@InputType('RevokeApiKeyInput', { description: 'The key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The id of the ApiKey.' })
  keyId!: string;

  toService(): { keyId: number } {
    return { keyId: inputId(this.keyId, 'keyId', 'ApiKey') };
  }
}
