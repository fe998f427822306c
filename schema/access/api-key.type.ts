import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';
import { RoleEnum } from './access-enums.type.js';

@ObjectType('ApiKey', {
  description: 'A service account key; its secret is shown once, when created, and never stored.',
})
export class ApiKeyType {
  @Field(() => String, { description: 'What the key is for, e.g. "xuất báo cáo hằng tháng".' })
  name!: string;

  @Field(() => RoleEnum, { description: 'The role it acts with.' })
  role!: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  keyPrefix!: string;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it stops working; null: never.' })
  expiresAt?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was last used (written at most once a minute); null: never.',
  })
  lastUsedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who revoked it.' })
  revokedBy?: string | null;
}

export const ApiKeyConnection = ConnectionType('ApiKey', ApiKeyType);

@ObjectType('CreatedApiKey', { description: 'A new key and its secret: copy the secret now, it is not shown again.' })
export class CreatedApiKeyType {
  @Field(() => String, { description: 'The secret, to send as "Authorization: Bearer <key>".' })
  key!: string;

  @Field(() => ApiKeyType, { description: 'The key as listed.' })
  apiKey!: ApiKeyType;
}
