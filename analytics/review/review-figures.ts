import { type Attainment, attainment } from '../attainment.js';
import { type Comparison, compare } from '../compare.js';
import type { AnalyticsEngine } from '../engine.js';
import type { Period } from '../period.js';
import { resolveScope, type Scope } from '../scope.js';
import { type Share, share } from '../share.js';

/** The programme whose review the statistics belong to. */
export const REVIEW_PROGRAMME = '01-CTr/TU';

/** Every number the statistical part of a review prints, read from one replica generation. */
export interface ReviewFigures {
  period: Period;
  scope: Scope;
  isCity: boolean;
  snapshotAt: string;
  admissions: Comparison;
  admissionsPlan: Attainment;
  nonStateOrgs: Attainment;
  consolidated: Share;
  weakConsolidated: Share;
  oversight: Record<
    | 'inspectedOrgs'
    | 'inspectedMembers'
    | 'supervisedOrgs'
    | 'supervisedMembers'
    | 'disciplinedOrgs'
    | 'disciplinedMembers',
    number
  >;
  /** Discipline split by form (rows with their Vietnamese labels). */
  disciplineForms: { orgs: Comparison; members: Comparison };
  /** Inspection teams on the programme and what they inspected. */
  programmeTeams: { teams: number; orgs: number; members: number };
  /** The programme's items on `itemsAsOf` by status, and their lead agencies. */
  itemsAsOf: string;
  items: Comparison;
  leadAgencies: number;
  /** Admissions split for the chart: by district for the city, by direct children below it. */
  admissionsSplit: Comparison;
}

/**
 * Asks the analytics questions a review needs, all on one replica generation so the figures agree.
 * `itemsAsOf` is the day programme items are counted on (the review meeting's day).
 */
export async function reviewFigures(
  engine: AnalyticsEngine,
  period: Period,
  scopeId: number | undefined,
  itemsAsOf: string,
): Promise<ReviewFigures> {
  return engine.read(async (query, replica) => {
    const scope = await resolveScope(query, scopeId);
    const [city] = await query('select id from city');
    const isCity = Number(city?.id) === scope.id;
    const base = { period: period.key, scope: scope.id };
    const count = async (metric: string, where: { dimension: string; values: string[] }[] = [], p = period.key) =>
      (await compare(query, { metric, period: p, scope: scope.id, where })).value;
    const programme = [{ dimension: 'programme', values: [REVIEW_PROGRAMME] }];
    const teams = [{ dimension: 'team_programme', values: [REVIEW_PROGRAMME] }];
    return {
      period,
      scope,
      isCity,
      snapshotAt: replica.info.snapshotAt,
      admissions: await compare(query, { metric: 'admissions', ...base }),
      admissionsPlan: await attainment(query, { metric: 'admissions', ...base }),
      nonStateOrgs: await attainment(query, { metric: 'non_state_enterprise_orgs', ...base }),
      consolidated: await share(query, { metric: 'grassroots_consolidated', ...base }),
      weakConsolidated: await share(query, { metric: 'weak_grassroots_consolidated', ...base }),
      oversight: {
        inspectedOrgs: await count('inspected_orgs'),
        inspectedMembers: await count('inspected_members'),
        supervisedOrgs: await count('supervised_orgs'),
        supervisedMembers: await count('supervised_members'),
        disciplinedOrgs: await count('disciplined_orgs'),
        disciplinedMembers: await count('disciplined_members'),
      },
      disciplineForms: {
        orgs: await compare(query, { metric: 'disciplined_orgs', ...base, breakdown: 'form' }),
        members: await compare(query, { metric: 'disciplined_members', ...base, breakdown: 'form' }),
      },
      programmeTeams: {
        teams: await count('inspection_teams', teams),
        orgs: await count('inspected_orgs', teams),
        members: await count('inspected_members', teams),
      },
      itemsAsOf,
      items: await compare(query, {
        metric: 'programme_items',
        period: itemsAsOf,
        scope: scope.id,
        breakdown: 'status',
        where: programme,
      }),
      leadAgencies: await count('programme_lead_agencies', programme, itemsAsOf),
      admissionsSplit: await compare(query, {
        metric: 'admissions',
        ...base,
        groupBy: isCity ? 'DISTRICT' : 'DIRECT_CHILDREN',
      }),
    };
  });
}
