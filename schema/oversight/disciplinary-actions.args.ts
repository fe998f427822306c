import { ArgsType, Field } from 'type-graphql';
import type { OversightListArgs } from '../../services/oversight/oversight-record.queries.js';
import { DisciplineForm } from './oversight-enums.type.js';
import { OversightFilterArgs } from './oversight-filter.args.js';

@ArgsType()
export class DisciplinaryActionsArgs extends OversightFilterArgs {
  @Field(() => [DisciplineForm], { nullable: true, description: 'Only these forms (e.g. [REPRIMAND, WARNING]).' })
  form?: string[] | null;

  toList(within: OversightListArgs['within']): OversightListArgs {
    return this.toOversightList(within, this.form);
  }
}
