import { ArgsType, Field, Int } from 'type-graphql';

/** Forward keyset paging, shared by every list. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Page size: default 50, at most 500 (more is refused with PAGE_TOO_LARGE).',
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Continue after this cursor (an endCursor or edge cursor of this same list).',
  })
  after?: string | null;
}
