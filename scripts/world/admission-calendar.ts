import type { Calibration } from './calibration.js';
import { dayOf, halfOf, WORLD_END, WORLD_START, WORLD_YEARS, weekdayOf } from './dates.js';
import type { Random } from './random.js';
import { WeightedPicker } from './weighted-picker.js';

// Admission ceremonies cluster before the Party's founding day (3 Feb), Hồ Chí Minh's birthday (19 May) and National Day (2 Sep).
const ANNIVERSARIES: [number, number][] = [
  [2, 3],
  [5, 19],
  [9, 2],
];
const RUN_UP_DAYS = 21;
const RUN_UP_BOOST = 2.6;
const WEEKEND_WEIGHT = 0.35;

/** Admissions per day of the world's history (index = day - WORLD_START); each half-year adds up to its calibrated figure. */
export function admissionCalendar(calibration: Calibration, random: Random): Int32Array {
  const perDay = new Int32Array(WORLD_END - WORLD_START + 1);
  for (const year of WORLD_YEARS) {
    const peaks = ANNIVERSARIES.map(([m, d]) => dayOf(year, m, d));
    calibration.halves('admissions', year).forEach((n, h) => {
      const range = halfOf(year, (h + 1) as 1 | 2);
      const weights: number[] = [];
      for (let day = range.from; day <= range.to; day++) {
        const wd = weekdayOf(day);
        let w = wd === 0 || wd === 6 ? WEEKEND_WEIGHT : 1;
        if (peaks.some((p) => p - day >= 0 && p - day < RUN_UP_DAYS)) w *= RUN_UP_BOOST;
        weights.push(w);
      }
      const picker = new WeightedPicker(weights);
      for (let i = 0; i < n; i++) {
        const k = range.from + picker.pick(random) - WORLD_START;
        perDay[k] = (perDay[k] as number) + 1;
      }
    });
  }
  return perDay;
}
