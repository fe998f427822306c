import { ArgsType, Field, Int } from 'type-graphql';
import type { ProgrammeListArgs } from '../../services/programmes/programme.queries.js';
import { ConnectionArgs } from '../relay/connection.args.js';

@ArgsType()
export class ProgrammesArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Only programmes whose term covers this year.' })
  year?: number | null;

  toList(): ProgrammeListArgs {
    return { year: this.year ?? undefined };
  }
}
