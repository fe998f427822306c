import { todayInHanoi } from './today';

export const BASELINES = ['SAME_PERIOD_LAST_YEAR', 'PREVIOUS_PERIOD'] as const;
export type Baseline = (typeof BASELINES)[number];

/** What the dashboard shows; kept in the address as ?metric=&period=&baseline=&scope= so a view can be shared. */
export interface View {
  metric: string;
  period: string;
  baseline: Baseline;
  /** An organisation code; empty for the whole city. */
  scope: string;
}

/** The last half-year that has ended in Hà Nội: what a review would ask for first. */
function lastCompletedHalfYear(): string {
  const [year, month] = todayInHanoi().split('-').map(Number) as [number, number];
  return month >= 7 ? `${year}-H1` : `${year - 1}-H2`;
}

export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const baseline = params.get('baseline');
  return {
    metric: params.get('metric') || 'admissions',
    period: params.get('period') || lastCompletedHalfYear(),
    baseline: BASELINES.find((b) => b === baseline) ?? 'SAME_PERIOD_LAST_YEAR',
    scope: params.get('scope') ?? '',
  };
}

/** The address's query string for a view (the default baseline and the city scope are left out). */
export function viewSearch(view: View): string {
  const params = new URLSearchParams({ metric: view.metric, period: view.period });
  if (view.baseline !== 'SAME_PERIOD_LAST_YEAR') params.set('baseline', view.baseline);
  if (view.scope) params.set('scope', view.scope);
  return `?${params}`;
}
