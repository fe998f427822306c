import { ArgsType, Field } from 'type-graphql';
import type { OversightListArgs } from '../../services/oversight/oversight-record.queries.js';
import { SupervisionType } from './oversight-enums.type.js';
import { OversightFilterArgs } from './oversight-filter.args.js';

@ArgsType()
export class SupervisionsArgs extends OversightFilterArgs {
  @Field(() => [SupervisionType], { nullable: true, description: 'Only these supervision types.' })
  type?: string[] | null;

  toList(within: OversightListArgs['within']): OversightListArgs {
    return this.toOversightList(within, this.type);
  }
}
