import { correctedRecord } from '../corrections/correction-fields.js';
import { parseInput } from '../write/parse-input.js';
import { WriteService } from '../write/write-service.js';
import { IndexScore } from './index-score.entity.js';
import { indexScoreRules, type RecordIndexScoreInput } from './index-score-rules.js';

/** Records a unit's score and rank in a governance index for a year, as the world generator writes them. */
export class IndexScoreService extends WriteService {
  async record(raw: RecordIndexScoreInput): Promise<IndexScore> {
    const input = parseInput(indexScoreRules.input, raw);
    return this.write(async (w) => {
      // Voided first, so the corrected score is the one live score of its index, unit and year.
      const replaces = await correctedRecord<IndexScore>(w, 'IndexScore', input);
      const unit = await indexScoreRules.check(w, input);
      const { index, year, score, rank, outOf } = input;
      return w.create(IndexScore, { index, year, unit, score, rank, outOf, replaces });
    });
  }
}
