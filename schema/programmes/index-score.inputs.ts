import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { GovernanceIndex as IndexValue } from '../../services/programmes/index-score.entity.js';
import type { RecordIndexScoreInput as RecordService } from '../../services/programmes/index-score-rules.js';
import { correctionOf } from '../corrections/correction-of.js';
import { inputId } from '../input-id.js';
import { GovernanceIndex } from './programmes-enums.type.js';

@InputType('RecordIndexScoreInput', {
  description:
    "A unit's score and rank in a governance index for a year; once per index, unit and year (a correction replaces one).",
})
export class RecordIndexScoreInput {
  @Field(() => GovernanceIndex, { description: 'PAR_INDEX, SIPAS or PAPI.' })
  index!: IndexValue;

  @Field(() => Int, { description: 'The year scored; not after this year.' })
  year!: number;

  @Field(() => ID, { description: 'The AdministrativeUnit scored (the city, for the national rankings).' })
  unitId!: string;

  @Field(() => Float, { nullable: true, description: 'The score; give it, the rank, or both.' })
  score?: number | null;

  @Field(() => Int, { nullable: true, description: 'The rank (1 is best); not above outOf.' })
  rank?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many were ranked (63 provinces).' })
  outOf?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The record of this kind this one corrects: it is voided and the new one replaces it, in one write.',
  })
  corrects?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the corrected record is voided (with corrects).' })
  correctionReason?: string | null;

  toService(): RecordService {
    return {
      index: this.index,
      year: this.year,
      unitId: inputId(this.unitId, 'unitId', 'AdministrativeUnit'),
      score: this.score ?? undefined,
      rank: this.rank ?? undefined,
      outOf: this.outOf ?? undefined,
      ...correctionOf(this),
    };
  }
}
