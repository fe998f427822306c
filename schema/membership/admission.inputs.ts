import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel as Education, Sex as SexValue } from '../../services/hierarchy/person.entity.js';
import type { AdmitMemberInput as AdmitInput } from '../../services/membership/admission.service.js';
import { correctionOf } from '../corrections/correction-of.js';
import { EducationLevel, Sex } from '../hierarchy/hierarchy-enums.type.js';
import { inputId } from '../input-id.js';
import { DateScalar } from '../scalars/date.scalar.js';

@InputType('NewPersonInput', { description: 'A person not yet on record, with what reviews split admissions by.' })
export class NewPersonInput {
  @Field(() => String, { description: 'Full name in Vietnamese, e.g. "Trần Thị Mai".' })
  fullName!: string;

  @Field(() => Sex, { description: 'Sex as recorded in Party files.' })
  sex!: SexValue;

  @Field(() => Int, { description: 'Year of birth; the person must be 18 in the year of admission.' })
  birthYear!: number;

  @Field(() => String, { nullable: true, description: 'Ethnicity (dân tộc); Kinh when absent.' })
  ethnicity?: string | null;

  @Field(() => EducationLevel, { description: 'Highest level of education.' })
  education!: Education;

  @Field(() => String, {
    nullable: true,
    description:
      'Register code (mã hồ sơ), e.g. "HN-0012345": at most 30 letters, digits, "-", "." or "/", stored upper-case; the next free "HN-…" one when absent. Refusal: PERSON_CODE_TAKEN.',
  })
  code?: string | null;

  /** As the services take a new person: absent optional fields left out, for their defaults. */
  toService() {
    return { ...this, ethnicity: this.ethnicity ?? undefined, code: this.code ?? undefined };
  }
}

@InputType('AdmitMemberInput', {
  description:
    'Admission (kết nạp) of a person into a cell: give personId for someone on record or person for a new one.',
})
export class AdmitMemberInput {
  @Field(() => ID, { nullable: true, description: 'An existing Person who is not yet a member.' })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true, description: 'A new person, recorded with the admission.' })
  person?: NewPersonInput | null;

  @Field(() => ID, { description: 'The cell (an Organisation of kind CELL or GRASSROOTS_CELL) admitting them.' })
  cellId!: string;

  @Field(() => DateScalar, { description: 'The day of admission; probation ends 12 months later.' })
  admittedOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The record of this kind this one corrects: it is voided and the new one replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): AdmitInput {
    return {
      personId: inputId(this.personId, 'personId', 'Person'),
      person: this.person?.toService(),
      cellId: inputId(this.cellId, 'cellId', 'Organisation'),
      admittedOn: this.admittedOn,
      ...correctionOf(this),
    };
  }
}
