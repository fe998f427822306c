import type { EntityManager } from '@mikro-orm/postgresql';
import type { Period } from '../period.js';
import { REVIEW_PROGRAMME } from './review-figures.js';

/**
 * The day a review counts programme items on: the programme's first meeting after the period (a
 * review is held a few weeks after it closes), within three months; otherwise the period's last day.
 */
export async function reviewDay(em: EntityManager, period: Period): Promise<string> {
  const [meeting] = await em.getConnection().execute<{ day: string }[]>(
    `select to_char(m.held_on, 'YYYY-MM-DD') as day from meeting m join programme p on p.id = m.programme_id
     where p.code = ? and m.held_on > ?::date and m.held_on <= ?::date + interval '3 months'
     order by m.held_on limit 1`,
    [REVIEW_PROGRAMME, period.to, period.to],
  );
  return meeting?.day ?? period.to;
}
