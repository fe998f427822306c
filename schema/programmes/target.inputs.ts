import { Field, Float, ID, InputType } from 'type-graphql';
import type { SetTargetInput as SetInput } from '../../services/programmes/target.service.js';
import { inputId } from '../input-id.js';

@InputType('SetTargetInput', {
  description: 'The planned value of a metric for a scope and a period; replaces the one set before.',
})
export class SetTargetInput {
  @Field(() => String, { description: 'A metric id from `metrics`, e.g. "non_state_enterprise_orgs".' })
  metric!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The Organisation whose subtree the target is for; the city when absent.',
  })
  scopeId?: string | null;

  @Field(() => String, { description: 'A year, half, quarter or month: "2022", "2022-H1", "2022-Q3", "2022-07".' })
  period!: string;

  @Field(() => Float, { description: 'The planned value, not negative.' })
  value!: number;

  toService(): SetInput {
    return {
      metric: this.metric,
      scopeId: inputId(this.scopeId, 'scopeId', 'Organisation'),
      period: this.period,
      value: this.value,
    };
  }
}
