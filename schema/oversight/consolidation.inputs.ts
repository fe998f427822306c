import { Field, ID, InputType, Int } from 'type-graphql';
import type { RecordConsolidationInput as RecordInput } from '../../services/oversight/consolidation.service.js';
import type { DesignationKind as Kind } from '../../services/oversight/designation.entity.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DesignationKind } from './oversight-enums.type.js';

@InputType('RecordConsolidationInput', {
  description: 'A designated organisation declared consolidated; names the designation by organisation, kind and year.',
})
export class RecordConsolidationInput {
  @Field(() => ID, { description: 'The designated Organisation.' })
  organisationId!: string;

  @Field(() => DesignationKind, { description: 'The kind of the designation being closed.' })
  kind!: Kind;

  @Field(() => Int, { description: 'The year of the designation.' })
  year!: number;

  @Field(() => DateScalar, { description: 'The day; not before the designation, not after today.' })
  consolidatedOn!: string;

  toService(): RecordInput {
    return {
      organisationId: inputId(this.organisationId, 'organisationId', 'Organisation'),
      kind: this.kind,
      year: this.year,
      consolidatedOn: this.consolidatedOn,
    };
  }
}
