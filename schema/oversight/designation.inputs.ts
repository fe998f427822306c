import { Field, ID, InputType, Int } from 'type-graphql';
import type { DesignationKind as Kind } from '../../services/oversight/designation.entity.js';
import type { DesignateOrganisationInput as DesignateInput } from '../../services/oversight/designation.service.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DesignationKind } from './oversight-enums.type.js';

@InputType('DesignateOrganisationInput', {
  description:
    'Naming a grassroots party organisation weak or to be consolidated for a year: the population of consolidation shares.',
})
export class DesignateOrganisationInput {
  @Field(() => ID, {
    description: 'The grassroots Organisation (grassroots committee or cell, partial committee, cell).',
  })
  organisationId!: string;

  @Field(() => DesignationKind, { description: 'Weak, or to be consolidated.' })
  kind!: Kind;

  @Field(() => Int, { description: 'The year the designation is for: that of designatedOn or the next.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The day it was decided.' })
  designatedOn!: string;

  @Field(() => String, { description: 'The plan or resolution behind it, e.g. "Nghị quyết 15, Chỉ thị 15".' })
  plan!: string;

  @Field(() => ID, { nullable: true, description: 'The Organisation (e.g. a steering committee) monitoring it.' })
  monitoredById?: string | null;

  toService(): DesignateInput {
    return {
      organisationId: inputId(this.organisationId, 'organisationId', 'Organisation'),
      kind: this.kind,
      year: this.year,
      designatedOn: this.designatedOn,
      plan: this.plan,
      monitoredById: inputId(this.monitoredById, 'monitoredById', 'Organisation'),
    };
  }
}
