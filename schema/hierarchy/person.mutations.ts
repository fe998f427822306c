import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Person } from '../../services/hierarchy/person.entity.js';
import { PersonService } from '../../services/hierarchy/person.service.js';
import type { GraphQLContext } from '../context.js';
import { UpdatePersonInput } from './person.inputs.js';
import { PersonType } from './person.type.js';

@Resolver()
export class PersonMutations {
  @Mutation(() => PersonType, {
    description:
      "Corrects a person's own details (name, sex, birth year, ethnicity, education); personal data, for the roles " +
      'granted it (editor, admin), redacted in the audit log. Refusals: UNDER_AGE, NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.',
  })
  updatePerson(
    @Arg('input', () => UpdatePersonInput, { description: 'The person and the details to change.' })
    input: UpdatePersonInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person> {
    return new PersonService(ctx).update(input.toService());
  }
}
