import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs } from '../relay/connection.args.js';

/** Page arguments of lists of voidable records: voided ones are left out unless asked for. */
@ArgsType()
export class VoidableConnectionArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Voided records too (with voidedAt, voidedBy, voidReason, replacedBy); left out by default.',
  })
  includeVoided!: boolean;
}
