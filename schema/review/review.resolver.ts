import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { buildReview } from '../../analytics/review/review.js';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import { engineOf } from '../analytics/engine-of.js';
import { scopeIdOf } from '../analytics/scope-id.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { ReviewType } from './review.type.js';

@Resolver(() => ReviewType)
export class ReviewResolver {
  @Query(() => ReviewType, {
    description:
      'The statistics of a review for a period and scope: admissions against the same period and the plan, new organisations in non-state enterprises, consolidation, inspection, supervision and discipline, and the programme items as of the review meeting. Refusals: INVALID_PERIOD, INVALID_SCOPE, ANALYTICS_NOT_READY.',
  })
  async review(
    @Arg('period', () => String, { description: 'A period (2022-H1, 2021, ...) or a relative one (H-1, Y-1, ...).' })
    period: string,
    @Arg('scope', () => ID, {
      nullable: true,
      description: "An organisation's id: its own figures. Default: the city.",
    })
    scope: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReviewType> {
    const review = await buildReview(engineOf(ctx), ctx.em, period, scopeIdOf(scope));
    return { period: review.period, scopeId: review.figures.scope.id, text: review.text, markdown: review.markdown };
  }

  @FieldResolver(() => OrganisationType, { nullable: true, description: 'The organisation whose subtree is reviewed.' })
  scope(@Root() review: ReviewType, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.entities.of(Organisation).load(review.scopeId);
  }
}
