import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnalyticsEngine } from '../engine.js';
import type { Period } from '../period.js';
import { resolvePeriod } from '../relative-period.js';
import { reviewDay } from './review-day.js';
import { type ReviewDocument, reviewDocument } from './review-document.js';
import { type ReviewFigures, reviewFigures } from './review-figures.js';
import { reviewMarkdown, reviewText } from './review-markup.js';

export interface Review {
  period: Period;
  figures: ReviewFigures;
  document: ReviewDocument;
  text: string;
  markdown: string;
}

/** The statistical part of a review for a period (absolute or relative, resolved now) and a scope (default the city). */
export async function buildReview(
  engine: AnalyticsEngine,
  em: EntityManager,
  periodText: string,
  scopeId?: number,
): Promise<Review> {
  const period = resolvePeriod(periodText, new Date(), ['period']);
  const figures = await reviewFigures(engine, period, scopeId, await reviewDay(em, period));
  const document = reviewDocument(figures);
  return { period, figures, document, text: reviewText(document), markdown: reviewMarkdown(document) };
}
