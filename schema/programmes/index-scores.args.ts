import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { IndexScoreListArgs } from '../../services/programmes/index-score.queries.js';
import { VoidableConnectionArgs } from '../corrections/voidable-connection.args.js';
import { optionalId } from '../relay/optional-id.js';
import { GovernanceIndex } from './programmes-enums.type.js';

@ArgsType()
export class IndexScoresArgs extends VoidableConnectionArgs {
  @Field(() => [GovernanceIndex], { nullable: true, description: 'Only these indices.' })
  index?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Only this year.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'Only this administrative unit (Hà Nội).' })
  unit?: string | null;

  toList(): IndexScoreListArgs {
    return {
      includeVoided: this.includeVoided,
      indices: this.index ?? undefined,
      year: this.year ?? undefined,
      unitId: optionalId(this.unit, 'unit', 'AdministrativeUnit'),
    };
  }
}
