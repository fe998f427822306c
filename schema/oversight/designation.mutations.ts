import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Consolidation } from '../../services/oversight/consolidation.entity.js';
import { ConsolidationService } from '../../services/oversight/consolidation.service.js';
import type { Designation } from '../../services/oversight/designation.entity.js';
import { DesignationService } from '../../services/oversight/designation.service.js';
import type { GraphQLContext } from '../context.js';
import { RecordConsolidationInput } from './consolidation.inputs.js';
import { ConsolidationType } from './consolidation.type.js';
import { DesignateOrganisationInput } from './designation.inputs.js';
import { DesignationType } from './designation.type.js';

@Resolver()
export class DesignationMutations {
  @Mutation(() => DesignationType, {
    description:
      'Designates a grassroots organisation weak or to be consolidated for a year. Refusals: ALREADY_DESIGNATED, ' +
      'NOT_A_GRASSROOTS_ORGANISATION, ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT, DATE_IN_FUTURE, NOT_FOUND, BAD_USER_INPUT.',
  })
  designateOrganisation(
    @Arg('input', () => DesignateOrganisationInput, {
      description: 'The grassroots organisation, the kind of designation, the year and the plan behind it.',
    })
    input: DesignateOrganisationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Designation> {
    return new DesignationService(ctx).designate(input.toService());
  }

  @Mutation(() => ConsolidationType, {
    description:
      'Declares a designated organisation consolidated. Refusals: NOT_DESIGNATED, ALREADY_CONSOLIDATED, ' +
      'ORGANISATION_DISSOLVED, DATE_BEFORE_SUBJECT (before the designation), DATE_IN_FUTURE, NOT_FOUND.',
  })
  recordConsolidation(
    @Arg('input', () => RecordConsolidationInput, {
      description: 'The designation (organisation, kind, year) and the day it was consolidated.',
    })
    input: RecordConsolidationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Consolidation> {
    return new ConsolidationService(ctx).record(input.toService());
  }
}
