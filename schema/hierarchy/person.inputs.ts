import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel as Education, Sex as SexValue } from '../../services/hierarchy/person.entity.js';
import type { UpdatePersonInput as UpdateService } from '../../services/hierarchy/person.service.js';
import { inputId } from '../input-id.js';
import { EducationLevel, Sex } from './hierarchy-enums.type.js';

@InputType('UpdatePersonInput', {
  description: "Corrections to a person's own details; give the person and at least one detail. Personal data.",
})
export class UpdatePersonInput {
  @Field(() => ID, { description: 'The Person.' })
  personId!: string;

  @Field(() => String, { nullable: true, description: 'Full name in Vietnamese, family name first.' })
  fullName?: string | null;

  @Field(() => Sex, { nullable: true, description: 'Sex as recorded in Party files.' })
  sex?: SexValue | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of birth (1900-2030); a member must still have been 18 in the year of admission.',
  })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity (dân tộc), e.g. "Kinh", "Tày".' })
  ethnicity?: string | null;

  @Field(() => EducationLevel, { nullable: true, description: 'Highest level of education.' })
  education?: Education | null;

  toService(): UpdateService {
    return {
      personId: inputId(this.personId, 'personId', 'Person'),
      fullName: this.fullName ?? undefined,
      sex: this.sex ?? undefined,
      birthYear: this.birthYear ?? undefined,
      ethnicity: this.ethnicity ?? undefined,
      education: this.education ?? undefined,
    };
  }
}
