import { JSONResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';

@ObjectType('AuditEntry', { description: 'One line of the append-only audit log.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Its position in the log (grows with time).' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;

  @Field(() => String, { description: 'The authenticated subject, e.g. "key:12:xuat-bao-cao" or a token\'s sub.' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The role the subject acted with.' })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'The subject\'s scope (an organisation code, "*").' })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'The client address.' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'The request id, as in the server log.' })
  requestId?: string | null;

  @Field(() => String, { description: 'mutation, export, download or key.' })
  kind!: string;

  @Field(() => String, { description: 'The operation, e.g. "admitMember".' })
  operation!: string;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'The input as sent, with birth year, ethnicity and education redacted.',
  })
  input?: unknown;

  @Field(() => String, { description: '"ok", or the error code of the refusal.' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'What was written or read, e.g. "Member:812".' })
  target?: string | null;
}

export const AuditEntryConnection = ConnectionType('AuditEntry', AuditEntryType);
