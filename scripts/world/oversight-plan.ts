import {
  MEMBER_DISCIPLINE_FORMS,
  ORGANISATION_DISCIPLINE_FORMS,
} from '../../services/oversight/disciplinary-action.entity.js';
import { apportion } from './apportion.js';
import type { Calibration } from './calibration.js';
import { type DayRange, halfOf, WORLD_YEARS, workdayIn } from './dates.js';
import type { Random } from './random.js';

export type OversightTable = 'inspection' | 'supervision' | 'discipline';
export type SubjectKind = 'org' | 'member';

/** One oversight action to place on its day; the subject is chosen when the day comes. */
export interface OversightSlot {
  day: number;
  table: OversightTable;
  subject: SubjectKind;
  year: number;
  half: 1 | 2;
  /** `signs`: counts towards the year's quota of subjects inspected on signs of violation by an inspection commission. */
  role: 'plain' | 'signs' | 'team';
  team: number;
  form: string;
  /** The year has a signs-of-violation quota, so other rows never combine that type with a commission. */
  quota: boolean;
}

export interface TeamPlan {
  id: number;
  formed: number;
}

// Typical shares, in the order of the entity's form lists.
const MEMBER_FORM_SHARES = [0.75, 0.13, 0.012, 0.108];
const ORG_FORM_SHARES = [0.85, 0.15, 0];

/**
 * Every inspection, supervision and disciplinary action of 2015-2025 as dated slots whose numbers
 * per half-year are the calibrated distinct-subject counts, with the special subsets (programme
 * teams, signs-of-violation quota) and discipline forms laid out.
 */
export function planOversight(calibration: Calibration, random: Random): { slots: OversightSlot[]; teams: TeamPlan[] } {
  const slots: OversightSlot[] = [];
  const teams: TeamPlan[] = [];
  const workday = (range: DayRange) => workdayIn(range, (n) => random.int(n));
  for (const year of WORLD_YEARS) {
    for (const subject of ['org', 'member'] as const) {
      const metric = subject === 'org' ? 'orgs' : 'members';
      const counts = calibration.halves(`inspected_${metric}`, year);
      const quota = calibration.find(`inspected_${metric}`, String(year), 'signs_of_violation');
      const signs = quota === undefined ? [0, 0] : apportion(quota, counts);
      counts.forEach((n, h) => {
        const half = (h + 1) as 1 | 2;
        const range = halfOf(year, half);
        const period = `${year}-H${half}`;
        const teamCount = calibration.find('inspection_teams', period) ?? 0;
        if (subject === 'org') {
          for (let t = 0; t < teamCount; t++) {
            teams.push({ id: teams.length + 1, formed: workday({ from: range.from + 45, to: range.from + 110 }) });
          }
        }
        const halfTeams = teams.slice(teams.length - teamCount);
        const teamSubjects = teamCount
          ? Math.min(n, calibration.find(`inspected_${metric}`, period, 'programme_teams') ?? 0)
          : 0;
        const signed = Math.min(signs[h] as number, n - teamSubjects);
        for (let i = 0; i < n; i++) {
          const base = { table: 'inspection' as const, subject, year, half, form: '', quota: quota !== undefined };
          if (i < teamSubjects) {
            const team = halfTeams[i % halfTeams.length] as TeamPlan;
            slots.push({ ...base, day: workday({ from: team.formed + 7, to: range.to }), role: 'team', team: team.id });
          } else {
            slots.push({ ...base, day: workday(range), role: i < teamSubjects + signed ? 'signs' : 'plain', team: 0 });
          }
        }
      });
      calibration.halves(`supervised_${metric}`, year).forEach((n, h) => {
        const half = (h + 1) as 1 | 2;
        for (let i = 0; i < n; i++) {
          slots.push({
            day: workday(halfOf(year, half)),
            table: 'supervision',
            subject,
            year,
            half,
            role: 'plain',
            team: 0,
            form: '',
            quota: false,
          });
        }
      });
      const [h1, h2] = calibration.halves(`disciplined_${metric}`, year);
      const forms = disciplineForms(calibration, `disciplined_${metric}`, year, h1 + h2, subject);
      random.shuffle(forms);
      forms.forEach((form, i) => {
        const half = i < h1 ? 1 : 2;
        slots.push({
          day: workday(halfOf(year, half)),
          table: 'discipline',
          subject,
          year,
          half,
          role: 'plain',
          team: 0,
          form,
          quota: false,
        });
      });
    }
  }
  slots.sort((a, b) => a.day - b.day);
  return { slots, teams };
}

/** The year's forms, one per action: the calibrated split when given (apportioned if it does not add up), else typical shares. */
function disciplineForms(
  calibration: Calibration,
  metric: string,
  year: number,
  total: number,
  subject: SubjectKind,
): string[] {
  const names = subject === 'org' ? ORGANISATION_DISCIPLINE_FORMS : MEMBER_DISCIPLINE_FORMS;
  const given = names.map((f) => calibration.find(metric, String(year), f));
  const weights = given.every((g) => g === undefined)
    ? subject === 'org'
      ? ORG_FORM_SHARES
      : MEMBER_FORM_SHARES
    : given.map((g) => g ?? 0);
  const parts = apportion(total, weights);
  return names.flatMap((f, i) => Array<string>(parts[i] as number).fill(f));
}
