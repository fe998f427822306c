import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { OrganisationService } from '../../services/hierarchy/organisation.service.js';
import type { GraphQLContext } from '../context.js';
import { DissolveOrganisationInput, FoundOrganisationInput } from './organisation.inputs.js';
import { OrganisationType } from './organisation.type.js';

@Resolver()
export class OrganisationMutations {
  @Mutation(() => OrganisationType, {
    description:
      'Founds an organisation. Refusals: CODE_TAKEN, KIND_DOES_NOT_FIT_BRANCH, KIND_DOES_NOT_FIT_PARENT, ' +
      'ORGANISATION_DISSOLVED (parent), DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, BAD_USER_INPUT.',
  })
  foundOrganisation(
    @Arg('input', () => FoundOrganisationInput, {
      description: 'The organisation to found: code, name, kind, branch, parent and founding day.',
    })
    input: FoundOrganisationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organisation> {
    return new OrganisationService(ctx).found(input.toService());
  }

  @Mutation(() => OrganisationType, {
    description:
      'Dissolves an organisation, ending the terms still open in it. Refusals: ORGANISATION_DISSOLVED, ' +
      'HAS_ACTIVE_CHILDREN, HAS_ACTIVE_MEMBERS, LATER_RECORDS_EXIST, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND.',
  })
  dissolveOrganisation(
    @Arg('input', () => DissolveOrganisationInput, { description: 'The organisation to dissolve and the day.' })
    input: DissolveOrganisationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organisation> {
    return new OrganisationService(ctx).dissolve(input.toService());
  }
}
