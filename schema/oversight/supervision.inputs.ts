import { Field, InputType } from 'type-graphql';
import type { SupervisionType as Type } from '../../services/oversight/supervision.entity.js';
import type { RecordSupervisionInput as RecordInput } from '../../services/oversight/supervision.service.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { SupervisionType } from './oversight-enums.type.js';
import { OversightSubjectInput } from './oversight-subject.inputs.js';

@InputType('RecordSupervisionInput', {
  description: 'A supervision (giám sát) of one organisation or member on a day.',
})
export class RecordSupervisionInput extends OversightSubjectInput {
  @Field(() => SupervisionType, { description: 'Regular or thematic.' })
  type!: Type;

  @Field(() => DateScalar, { description: 'The day; the subject must exist then, and it is not after today.' })
  occurredOn!: string;

  toService(): RecordInput {
    return { ...this.subject(), type: this.type, occurredOn: this.occurredOn };
  }
}
