import { ArgsType, Field } from 'type-graphql';
import type { OversightListArgs } from '../../services/oversight/oversight-record.queries.js';
import { InspectionType } from './oversight-enums.type.js';
import { OversightFilterArgs } from './oversight-filter.args.js';

@ArgsType()
export class InspectionsArgs extends OversightFilterArgs {
  @Field(() => [InspectionType], { nullable: true, description: 'Only these inspection types.' })
  type?: string[] | null;

  toList(within: OversightListArgs['within']): OversightListArgs {
    return this.toOversightList(within, this.type);
  }
}
