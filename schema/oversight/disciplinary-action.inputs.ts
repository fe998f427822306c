import { Field, InputType } from 'type-graphql';
import type { DisciplineForm as Form } from '../../services/oversight/disciplinary-action.entity.js';
import type { RecordDisciplinaryActionInput as RecordInput } from '../../services/oversight/disciplinary-action.service.js';
import { DateScalar } from '../scalars/date.scalar.js';
import { DisciplineForm } from './oversight-enums.type.js';
import { OversightSubjectInput } from './oversight-subject.inputs.js';

@InputType('RecordDisciplinaryActionInput', {
  description: 'A disciplinary decision (kỷ luật) against one organisation or member.',
})
export class RecordDisciplinaryActionInput extends OversightSubjectInput {
  @Field(() => DisciplineForm, {
    description: 'Members: REPRIMAND, WARNING, DISMISSAL, EXPULSION; organisations: REPRIMAND, WARNING, DISSOLUTION.',
  })
  form!: Form;

  @Field(() => DateScalar, { description: 'The day of the decision; the subject must exist then.' })
  decidedOn!: string;

  toService(): RecordInput {
    return { ...this.subject(), form: this.form, decidedOn: this.decidedOn };
  }
}
