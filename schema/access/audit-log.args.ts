import { ArgsType, Field } from 'type-graphql';
import type { AuditLogListArgs } from '../../services/access/audit-log.queries.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { DateTimeScalar } from '../scalars/date-time.scalar.js';

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only lines of this subject.' })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this kind: mutation, export, download or key.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation, e.g. "admitMember".' })
  operation?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this outcome: "ok" or an error code.' })
  outcome?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Lines at or after this instant.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Lines at or before this instant.' })
  to?: Date | null;

  toList(): AuditLogListArgs {
    return {
      subject: this.subject ?? undefined,
      kind: this.kind ?? undefined,
      operation: this.operation ?? undefined,
      outcome: this.outcome ?? undefined,
      from: this.from ?? undefined,
      to: this.to ?? undefined,
    };
  }
}
