import { Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import type { OrganisationListArgs } from '../../services/hierarchy/organisation.queries.js';
import { OrganisationFilterArgs } from './organisation-filter.args.js';

/** A subtree: the shared filters plus how many levels down to go. */
@ArgsType()
export class DescendantsArgs extends OrganisationFilterArgs {
  @Min(1, { message: 'depth must be at least 1' })
  @Field(() => Int, {
    nullable: true,
    description: 'At most this many levels below (1 = children); all levels when omitted.',
  })
  depth?: number | null;

  toDescendantList(): OrganisationListArgs {
    return { ...this.toList('descendants'), maxDepth: this.depth ?? undefined };
  }
}
