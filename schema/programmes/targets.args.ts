import { ArgsType, Field, ID } from 'type-graphql';
import type { TargetListArgs } from '../../services/programmes/target.queries.js';
import { ConnectionArgs } from '../relay/connection.args.js';
import { optionalId } from '../relay/optional-id.js';

@ArgsType()
export class TargetsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this metric id (e.g. "admissions").' })
  metric?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this period (e.g. "2022").' })
  period?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only targets set for this organisation.' })
  scope?: string | null;

  toList(within: TargetListArgs['within']): TargetListArgs {
    return {
      within,
      metric: this.metric ?? undefined,
      period: this.period ?? undefined,
      scope: optionalId(this.scope, 'scope', 'Organisation'),
    };
  }
}
