import { ArgsType, Field, Int } from 'type-graphql';
import { DomainError } from '../../services/errors.js';
import type { OrganisationListArgs } from '../../services/hierarchy/organisation.queries.js';
import { OrganisationFilterArgs } from './organisation-filter.args.js';

/** A subtree: the shared filters plus how many levels down to go. */
@ArgsType()
export class DescendantsArgs extends OrganisationFilterArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'At most this many levels below (1 = children); all levels when omitted.',
  })
  depth?: number | null;

  toDescendantList(): OrganisationListArgs {
    if (this.depth != null && this.depth < 1)
      throw new DomainError('BAD_USER_INPUT', 'depth must be at least 1', ['depth']);
    return { ...this.toList('descendants'), maxDepth: this.depth ?? undefined };
  }
}
