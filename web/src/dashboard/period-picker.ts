import { todayInHanoi } from './today';

type Kind = 'H1' | '9M' | 'Y' | 'H2' | 'Q' | 'M' | 'R';

const FIRST_YEAR = 2010;

/** The notation of a period in the API (2022-H1, 2022-01..2022-09, 2022-Q3, 2022-07, 2022-01-15..2022-03-31) as picker fields. */
function parse(key: string): { kind: Kind; year: string; sub?: string; from?: string; to?: string } | null {
  let m = /^(\d{4})$/.exec(key);
  if (m) return { kind: 'Y', year: m[1] as string };
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return { kind: m[2] === '1' ? 'H1' : 'H2', year: m[1] as string };
  m = /^(\d{4})-01\.\.(\d{4})-09$/.exec(key);
  if (m && m[1] === m[2]) return { kind: '9M', year: m[1] as string };
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return { kind: 'Q', year: m[1] as string, sub: m[2] };
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return { kind: 'M', year: m[1] as string, sub: String(Number(m[2])) };
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (m) return { kind: 'R', year: (m[2] as string).slice(0, 4), from: m[1], to: m[2] };
  return null;
}

/**
 * The period controls: a preset (6 tháng đầu năm, 9 tháng đầu năm, cả năm, quý, tháng) with its
 * year, or a free range of days. `value()` is the API's notation of what is chosen.
 */
export class PeriodPicker {
  private readonly kind: HTMLSelectElement;
  private readonly year: HTMLSelectElement;
  private readonly quarter: HTMLSelectElement;
  private readonly month: HTMLSelectElement;
  private readonly range: HTMLElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;

  constructor(root: Document) {
    const get = <T extends HTMLElement>(id: string) => root.getElementById(id) as T;
    this.kind = get('period-kind');
    this.year = get('period-year');
    this.quarter = get('period-quarter');
    this.month = get('period-month');
    this.range = get('period-range');
    this.from = get('period-from');
    this.to = get('period-to');
    const thisYear = Number(todayInHanoi().slice(0, 4));
    for (let y = thisYear; y >= FIRST_YEAR; y--) this.year.add(new Option(`Năm ${y}`, String(y)));
    for (let m = 1; m <= 12; m++) this.month.add(new Option(`Tháng ${m}`, String(m)));
  }

  /** Calls `listener` with the new notation whenever the choice makes a whole period. */
  onChange(listener: (period: string) => void): void {
    for (const el of [this.kind, this.year, this.quarter, this.month, this.from, this.to]) {
      el.addEventListener('change', () => {
        this.showFields();
        const value = this.value();
        if (value) listener(value);
      });
    }
  }

  /** Shows `key`; a notation the presets cannot show (another month range) is shown as its days. */
  set(key: string, days?: { from: string; to: string }): void {
    const p = parse(key) ?? (days ? { kind: 'R' as const, year: days.to.slice(0, 4), ...days } : null);
    if (!p) return;
    this.kind.value = p.kind;
    if (![...this.year.options].some((o) => o.value === p.year)) this.year.add(new Option(`Năm ${p.year}`, p.year));
    this.year.value = p.year;
    if (p.kind === 'Q' && p.sub) this.quarter.value = p.sub;
    if (p.kind === 'M' && p.sub) this.month.value = p.sub;
    if (p.kind === 'R') {
      this.from.value = p.from ?? '';
      this.to.value = p.to ?? '';
    } else if (days) {
      this.from.value = days.from;
      this.to.value = days.to;
    }
    this.showFields();
  }

  value(): string | null {
    const y = this.year.value;
    switch (this.kind.value as Kind) {
      case 'H1':
        return `${y}-H1`;
      case 'H2':
        return `${y}-H2`;
      case '9M':
        return `${y}-01..${y}-09`;
      case 'Y':
        return y;
      case 'Q':
        return `${y}-Q${this.quarter.value}`;
      case 'M':
        return `${y}-${this.month.value.padStart(2, '0')}`;
      case 'R':
        return this.from.value && this.to.value ? `${this.from.value}..${this.to.value}` : null;
    }
  }

  private showFields(): void {
    const kind = this.kind.value as Kind;
    this.year.hidden = kind === 'R';
    this.quarter.hidden = kind !== 'Q';
    this.month.hidden = kind !== 'M';
    this.range.hidden = kind !== 'R';
  }
}
