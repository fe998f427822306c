import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../relay/connection.type.js';
import { Node } from '../relay/node.type.js';
import { RecordType } from '../relay/record.type.js';
import { EducationLevel, Sex } from './hierarchy-enums.type.js';

@ObjectType('Person', {
  implements: Node,
  description: 'A person: office holders, Party members, meeting participants.',
})
export class PersonType extends RecordType {
  @Field(() => String, {
    description:
      'Register code (mã hồ sơ), e.g. "HN-0012345": unique and stable, how intake files and person(code:) name the person.',
  })
  code!: string;

  @Field(() => String, {
    name: 'name',
    description: 'Full name in Vietnamese, family name first, e.g. "Đinh Tiến Dũng".',
  })
  fullName!: string;

  @Field(() => Sex, { description: 'Sex as recorded.' })
  sex!: string;

  @Field(() => Int, { description: 'Year of birth.' })
  birthYear!: number;

  @Field(() => String, { description: 'Ethnic group (dân tộc), e.g. "Kinh".' })
  ethnicity!: string;

  @Field(() => EducationLevel, { description: 'Highest level of general or professional education.' })
  education!: string;
}

export const PersonConnection = ConnectionType('Person', PersonType);
