import { Field, ID, InputType } from 'type-graphql';
import type { InspectionType as Type } from '../../services/oversight/inspection.entity.js';
import type { RecordInspectionInput as RecordInput } from '../../services/oversight/inspection.service.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { InspectionType } from './oversight-enums.type.js';
import { OversightSubjectInput } from './oversight-subject.inputs.js';

@InputType('RecordInspectionInput', { description: 'An inspection (kiểm tra) of one organisation or member on a day.' })
export class RecordInspectionInput extends OversightSubjectInput {
  @Field(() => InspectionType, { description: 'Why it took place.' })
  type!: Type;

  @Field(() => ID, { nullable: true, description: 'The InspectionTeam that carried it out.' })
  teamId?: string | null;

  @Field(() => DateScalar, { description: 'The day; the subject must exist then, and it is not after today.' })
  occurredOn!: string;

  toService(): RecordInput {
    return {
      ...this.subject(),
      type: this.type,
      teamId: inputId(this.teamId, 'teamId', 'InspectionTeam'),
      occurredOn: this.occurredOn,
    };
  }
}
