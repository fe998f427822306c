import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../../services/hierarchy/organisation.entity.js';
import type { GraphQLContext } from '../context.js';
import { OrganisationType } from '../hierarchy/organisation.type.js';
import { ComparisonRowType } from './comparison-row.type.js';

@Resolver(() => ComparisonRowType)
export class ComparisonRowResolver {
  @FieldResolver(() => OrganisationType, {
    nullable: true,
    description: 'The organisation of the row; null for "Khối, ngành Thành phố" and dimension rows.',
  })
  organisation(@Root() row: ComparisonRowType, @Ctx() ctx: GraphQLContext): Promise<Organisation | null> | null {
    return row.organisationId === null ? null : ctx.loaders.entities.of(Organisation).load(row.organisationId);
  }
}
