import { INSPECTION_TYPES } from '../../services/oversight/inspection.entity.js';
import { admissionCalendar } from './admission-calendar.js';
import type { Calibration } from './calibration.js';
import { addYears, dayOf, parseDay, WORLD_END, WORLD_START, workdayIn, yearOf, yearStart } from './dates.js';
import { DISTRICTS, districtCommitteeName } from './districts.js';
import { EVENT, EventLog } from './event-log.js';
import { LEFT, MemberStore } from './member-store.js';
import { COMMISSION_HEADS, NAMED_PEOPLE } from './named-people.js';
import type { CellInfo, GrassrootsInfo, OrgTree } from './org-tree.js';
import type { OrganisationPlan } from './organisations.js';
import { type OversightSlot, planOversight, type TeamPlan } from './oversight-plan.js';
import { Random } from './random.js';
import { WeightedPicker } from './weighted-picker.js';

export interface PositionRow {
  personId: number;
  orgId: number;
  title: string;
  role: 'head' | 'standing_deputy' | 'deputy' | 'member';
  started: number;
  /** Last day held (inclusive, as the API reads it); 0 while held. */
  ended: number;
}

export interface OversightRow {
  subjectOrg: number;
  /** Member id, 0 when the subject is an organisation. */
  subjectMember: number;
  placedIn: number;
  acting: number;
  body: 'committee' | 'inspection_commission';
  /** Inspection or supervision type, or discipline form. */
  kind: string;
  team: number;
  day: number;
}

export interface History {
  members: MemberStore;
  events: EventLog;
  positions: PositionRow[];
  inspections: OversightRow[];
  supervisions: OversightRow[];
  disciplines: OversightRow[];
  teams: TeamPlan[];
}

const SCHEDULED = { exit: 0, transfer: 1, full: 2 } as const;
const STOCK_DAY = dayOf(2020, 10, 31);
// Yearly chances: leaving the city, being struck off, resigning; moving to another cell.
const OTHER_EXITS: [number, number][] = [
  [LEFT.transferredOut, 0.003],
  [LEFT.removal, 0.0008],
  [LEFT.resignation, 0.0003],
];
const OTHER_EXIT_RATE = OTHER_EXITS.reduce((s, [, r]) => s + r, 0);
const PROBATION_FAILURE = 0.015;
// Share of members admitted 2015 to the stock day who are still members then.
const NEW_MEMBER_SURVIVAL = 0.97;
// Weights in the order of the entity's INSPECTION_TYPES.
const INSPECTION_TYPE_PICKER = new WeightedPicker([0.45, 0.35, 0.1, 0.1]);

function deathRate(age: number): number {
  if (age < 50) return 0.001;
  if (age < 60) return 0.004;
  if (age < 70) return 0.012;
  if (age < 80) return 0.035;
  return 0.09;
}

/**
 * Plays the world's membership forward day by day from 2015 to 2025 (admissions, full membership,
 * transfers, exits, organisations founded and dissolved) and places every oversight action on a
 * subject that exists that day, so no event precedes its subject or follows its end.
 */
export function simulateHistory(plan: OrganisationPlan, calibration: Calibration, seed: number): History {
  return new Simulation(plan, calibration, seed).run();
}

class Simulation {
  private readonly tree: OrgTree;
  private readonly members = new MemberStore();
  private readonly events = new EventLog();
  private readonly positions: PositionRow[] = [];
  private readonly inspections: OversightRow[] = [];
  private readonly supervisions: OversightRow[] = [];
  private readonly disciplines: OversightRow[] = [];
  private readonly random: Random;
  private readonly oversightRandom: Random;
  private readonly cellMembers: number[][];
  private readonly cellOfOrg = new Map<number, number>();
  private readonly grassrootsOfOrg = new Map<number, GrassrootsInfo>();
  private readonly scheduled: number[][];
  private readonly stockPicker: WeightedPicker;
  private readonly admissionPicker: WeightedPicker;
  private readonly residentialPickers: { cells: number[]; picker: WeightedPicker }[];
  private readonly subordinateOrgs: number[];
  private readonly currentHead = new Map<number, PositionRow>();
  private readonly used = new Map<string, Set<number>>();

  constructor(
    private readonly plan: OrganisationPlan,
    private readonly calibration: Calibration,
    private readonly seed: number,
  ) {
    this.tree = plan.tree;
    this.random = Random.stream(seed, 'members');
    this.oversightRandom = Random.stream(seed, 'oversight');
    const cells = this.tree.cells;
    this.cellMembers = cells.map(() => []);
    for (const [i, c] of cells.entries()) this.cellOfOrg.set(c.orgId, i);
    for (const g of this.tree.grassroots) this.grassrootsOfOrg.set(g.orgId, g);
    this.scheduled = Array.from({ length: WORLD_END - WORLD_START + 1 }, () => []);
    this.stockPicker = new WeightedPicker(cells.map((c) => c.weight));
    this.admissionPicker = new WeightedPicker(cells.map((c) => c.weight * (c.residential ? 0.6 : 1.4)));
    const residential = (di: number) =>
      cells.flatMap((c, i) => (c.residential && (di < 0 || c.district === di) ? [i] : []));
    this.residentialPickers = [-1, ...DISTRICTS.map((_, di) => di)].map((di) => {
      const list = residential(di);
      return { cells: list, picker: new WeightedPicker(list.map((i) => (cells[i] as CellInfo).weight)) };
    });
    this.subordinateOrgs = [
      ...cells.filter((c) => c.orgId !== c.grassrootsId).map((c) => c.orgId),
      ...this.tree.partials,
    ];
  }

  run(): History {
    const admissions = admissionCalendar(this.calibration, Random.stream(this.seed, 'admissions'));
    const { slots, teams } = planOversight(this.calibration, Random.stream(this.seed, 'oversight-plan'));
    this.seedNamedPeople();
    const admittedBeforeStockDay = admissions.slice(0, STOCK_DAY - WORLD_START + 1).reduce((s, n) => s + n, 0);
    this.seedExistingMembers(
      this.calibration.get('members', '2020-10') -
        NAMED_PEOPLE.length -
        Math.round(admittedBeforeStockDay * NEW_MEMBER_SURVIVAL),
    );
    this.appointExistingHeads();
    const foundings = this.byDay(this.plan.foundings, (id) => this.tree.byId(id).founded);
    const dissolutions = this.byDay(this.plan.dissolutions, (id) => this.tree.byId(id).dissolved - 1);
    let next = 0;
    for (let day = WORLD_START; day <= WORLD_END; day++) {
      const k = day - WORLD_START;
      for (const org of foundings[k] ?? []) this.found(org, day);
      for (const item of this.scheduled[k] as number[]) this.runScheduled(item >>> 2, item & 3, day);
      for (let i = admissions[k] as number; i > 0; i--) this.admit(day);
      while (next < slots.length && (slots[next] as OversightSlot).day === day)
        this.oversee(slots[next++] as OversightSlot);
      for (const org of dissolutions[k] ?? []) this.dissolve(org, day);
    }
    return {
      members: this.members,
      events: this.events,
      positions: this.positions,
      inspections: this.inspections,
      supervisions: this.supervisions,
      disciplines: this.disciplines,
      teams,
    };
  }

  /** Ids grouped by day of the history (index = day - WORLD_START). */
  private byDay(ids: number[], dayOf: (id: number) => number): number[][] {
    const out: number[][] = [];
    for (const id of ids) {
      const k = dayOf(id) - WORLD_START;
      if (k < 0 || k > WORLD_END - WORLD_START) continue;
      const list = out[k] ?? [];
      list.push(id);
      out[k] = list;
    }
    return out;
  }

  // --- members -------------------------------------------------------------------------------

  private seedNamedPeople(): void {
    const office = this.grassrootsOfOrg.get(this.tree.byCode('TU-KCQ-CS001').id);
    const cell = office?.cells[0] ?? 0;
    for (const p of NAMED_PEOPLE) {
      const m = this.members.add(parseDay(p.admitted), p.birthYear, cell);
      this.members.holdsOffice[m] = 1;
      this.members.fullMember[m] = 1;
      this.place(m, cell);
      for (const pos of p.positions) {
        this.positions.push({
          personId: m + 1,
          orgId: this.tree.byCode(pos.org).id,
          title: pos.title,
          role: pos.role,
          started: parseDay(pos.from),
          ended: pos.to ? parseDay(pos.to) : 0,
        });
      }
    }
  }

  /** Members admitted before 2015, as many as needed for the calibrated stock on 2020-10-31. */
  private seedExistingMembers(survivorsWanted: number): void {
    const r = this.random;
    let survivors = 0;
    while (survivors < survivorsWanted) {
      let cell = this.stockPicker.pick(r);
      while (this.tree.byId((this.tree.cells[cell] as CellInfo).orgId).founded >= WORLD_START)
        cell = this.stockPicker.pick(r);
      const u = r.float();
      const year = u < 0.12 ? r.between(1955, 1974) : u < 0.45 ? r.between(1975, 1994) : r.between(1995, 2014);
      const age = 19 + Math.floor(22 * r.float() ** 1.6);
      const admitted = yearStart(year) + r.int(365);
      const m = this.members.add(admitted, Math.max(1915, year - age), cell);
      this.place(m, cell);
      const probationEnds = addYears(admitted, 1);
      if (probationEnds < WORLD_START) this.members.fullMember[m] = 1;
      else this.schedule(probationEnds, m, SCHEDULED.full);
      if (this.planFuture(m, WORLD_START) > STOCK_DAY) survivors++;
    }
  }

  private admit(day: number): void {
    const r = this.random;
    const cell = this.openCell(this.admissionPicker, null, day);
    const age = 20 + Math.floor(20 * r.float() ** 1.8);
    const m = this.members.add(day, yearOf(day) - age, cell);
    this.place(m, cell);
    this.events.add(m, EVENT.admission, day, this.orgOfCell(cell));
    this.schedule(addYears(day, 1), m, SCHEDULED.full);
    if (r.chance(PROBATION_FAILURE)) {
      this.members.plannedReason[m] = LEFT.removal;
      this.schedule(day + r.between(120, 330), m, SCHEDULED.exit);
    } else {
      this.planFuture(m, day + 1);
    }
  }

  /** Draws the member's exit and transfer for the rest of the history; returns the exit day (Infinity if none). */
  private planFuture(m: number, from: number): number {
    const r = this.random;
    const born = this.members.birthYear[m] as number;
    let transferPlanned = false;
    for (let year = yearOf(from); year <= 2025; year++) {
      const start = Math.max(from, yearStart(year));
      const end = yearStart(year + 1) - 1;
      if (start > end) continue;
      const fraction = (end - start + 1) / 365;
      const age = year - born;
      const death = deathRate(age);
      if (r.float() < (death + OTHER_EXIT_RATE) * fraction) {
        let x = r.float() * (death + OTHER_EXIT_RATE) - death;
        let reason: number = LEFT.death;
        for (const [why, rate] of OTHER_EXITS) {
          if (x < 0) break;
          reason = why;
          x -= rate;
        }
        this.members.plannedReason[m] = reason;
        const day = r.between(start, end);
        this.schedule(day, m, SCHEDULED.exit);
        return day;
      }
      if (!transferPlanned && r.float() < (age < 60 ? 0.012 : 0.003) * fraction) {
        this.schedule(r.between(start, end), m, SCHEDULED.transfer);
        transferPlanned = true;
      }
    }
    return Number.POSITIVE_INFINITY;
  }

  private schedule(day: number, m: number, what: number): void {
    if (day >= WORLD_START && day <= WORLD_END) (this.scheduled[day - WORLD_START] as number[]).push(m * 4 + what);
  }

  private runScheduled(m: number, what: number, day: number): void {
    const ms = this.members;
    if (ms.left[m] !== 0) return;
    if (what === SCHEDULED.full) {
      ms.fullMember[m] = 1;
      this.events.add(m, EVENT.fullMembership, day, this.orgOfCell(ms.cell[m] as number));
    } else if (ms.holdsOffice[m] === 0) {
      if (what === SCHEDULED.exit) this.leave(m, day, ms.plannedReason[m] as number);
      else this.move(m, this.openCell(this.stockPicker, ms.cell[m] as number, day), day);
    }
  }

  private place(m: number, cell: number): void {
    const list = this.cellMembers[cell] as number[];
    this.members.slot[m] = list.length;
    this.members.cell[m] = cell;
    list.push(m);
  }

  private unplace(m: number): void {
    const list = this.cellMembers[this.members.cell[m] as number] as number[];
    const at = this.members.slot[m] as number;
    const last = list.pop() as number;
    if (last !== m) {
      list[at] = last;
      this.members.slot[last] = at;
    }
  }

  private move(m: number, to: number, day: number): void {
    const from = this.members.cell[m] as number;
    const fromOrg = this.orgOfCell(from);
    const toOrg = this.orgOfCell(to);
    this.unplace(m);
    this.place(m, to);
    this.events.add(m, EVENT.transferOut, day, fromOrg, toOrg);
    this.events.add(m, EVENT.transferIn, day, toOrg, fromOrg);
  }

  private leave(m: number, day: number, reason: number): void {
    const org = this.orgOfCell(this.members.cell[m] as number);
    this.members.left[m] = day;
    this.members.leftReason[m] = reason;
    this.unplace(m);
    if (reason === LEFT.transferredOut) this.events.add(m, EVENT.transferOut, day, org);
    else this.events.add(m, EVENT.exit, day, org, 0, reason);
  }

  private orgOfCell(cell: number): number {
    return (this.tree.cells[cell] as CellInfo).orgId;
  }

  /** A cell that takes members on `day` (founded, and not in its last day before dissolution), other than `not`. */
  private openCell(picker: WeightedPicker, not: number | null, day: number, among?: number[]): number {
    for (let attempt = 0; ; attempt++) {
      const i = picker.pick(this.random);
      const cell = among ? (among[i] as number) : i;
      const org = this.tree.byId(this.orgOfCell(cell));
      if (cell !== not && org.founded <= day && (org.dissolved === 0 || day < org.dissolved - 1)) return cell;
      if (attempt > 10_000) throw new Error(`no open cell on day ${day}`);
    }
  }

  private openResidentialCell(district: number, not: number, day: number): number {
    const { cells, picker } = this.residentialPickers[district + 1] as (typeof this.residentialPickers)[number];
    return this.openCell(picker, not, day, cells);
  }

  // --- organisations -------------------------------------------------------------------------

  /** A new organisation starts with a few members transferred from residential cells nearby; one of them leads it. */
  private found(orgId: number, day: number): void {
    const g = this.grassrootsOfOrg.get(orgId) as GrassrootsInfo;
    let head = -1;
    for (const cell of g.cells) {
      for (let n = this.random.between(3, 5); n > 0; n--) {
        const m = this.pickMemberIn(this.openResidentialCell(g.district, cell, day));
        if (m < 0) continue;
        this.move(m, cell, day);
        if (head < 0) head = m;
      }
    }
    if (head >= 0) this.appoint(head, orgId, day, 0);
  }

  /** On the eve of dissolution every member is transferred to a residential cell of the same district. */
  private dissolve(orgId: number, day: number): void {
    const g = this.grassrootsOfOrg.get(orgId) as GrassrootsInfo;
    for (const cell of g.cells) {
      for (const m of [...(this.cellMembers[cell] as number[])])
        this.move(m, this.openResidentialCell(g.district, cell, day), day);
    }
    const head = this.currentHead.get(orgId);
    if (head && head.ended === 0) head.ended = day;
  }

  private pickMemberIn(cell: number): number {
    const list = this.cellMembers[cell] as number[];
    for (let attempt = 0; attempt < 10 && list.length; attempt++) {
      const m = list[this.random.int(list.length)] as number;
      if (this.members.holdsOffice[m] === 0) return m;
    }
    return -1;
  }

  // --- heads ---------------------------------------------------------------------------------

  private appointExistingHeads(): void {
    const r = this.random;
    const congress = (year: number, fromMonth: number, toMonth: number) =>
      workdayIn({ from: dayOf(year, fromMonth, 1), to: dayOf(year, toMonth, 28) }, (n) => r.int(n));
    const office = this.grassrootsOfOrg.get(this.tree.byCode('TU-KCQ-CS001').id) as GrassrootsInfo;
    for (const c of COMMISSION_HEADS) {
      this.appointTerms(
        this.tree.byCode(c.org).id,
        office.cells,
        [parseDay('2015-10-23'), parseDay('2020-10-19')],
        c.title,
      );
    }
    const committees = this.tree.rows.filter((o) => o.kind === 'district_committee' || o.kind === 'bloc_committee');
    for (const committee of committees) {
      const first = this.tree.grassroots.find((g) => g.committeeId === committee.id && g.sector !== 'residential');
      const terms = [congress(2015, 8, 9), congress(2020, 8, 9)];
      const title =
        committee.kind === 'district_committee'
          ? `Bí thư ${districtCommitteeName(DISTRICTS.find((d) => `TU-${d.code}` === committee.code) as (typeof DISTRICTS)[number])}`
          : `Bí thư ${committee.name.replace(/^Đảng bộ/, 'Đảng ủy')}`;
      if (first) this.appointTerms(committee.id, first.cells, terms, title);
    }
    for (const g of this.tree.grassroots) {
      const org = this.tree.byId(g.orgId);
      if (org.founded >= WORLD_START) continue;
      const terms = [congress(2015, 3, 6), congress(2020, 3, 6)];
      this.appointTerms(g.orgId, g.cells, terms, undefined);
    }
  }

  /** Two successive holders, the first from the 2015 congress to the 2020 one; none past a dissolution. */
  private appointTerms(orgId: number, cells: number[], starts: number[], title: string | undefined): void {
    const dissolved = this.tree.byId(orgId).dissolved;
    let previous: PositionRow | undefined;
    for (const start of starts) {
      if (dissolved && start >= dissolved) break;
      const m = this.pickOfficeHolder(cells);
      if (m < 0) return;
      if (previous) previous.ended = start - 1;
      previous = this.appoint(m, orgId, start, dissolved ? dissolved - 1 : 0, title);
    }
  }

  private pickOfficeHolder(cells: number[]): number {
    const seasoned = WORLD_START - 5 * 365;
    for (let attempt = 0; attempt < 60; attempt++) {
      const list = this.cellMembers[this.random.pick(cells)] as number[];
      if (!list.length) continue;
      const m = list[this.random.int(list.length)] as number;
      if (this.members.holdsOffice[m] === 0 && (attempt >= 30 || (this.members.admitted[m] as number) <= seasoned))
        return m;
    }
    return -1;
  }

  private appoint(m: number, orgId: number, started: number, ended: number, title?: string): PositionRow {
    this.members.holdsOffice[m] = 1;
    const org = this.tree.byId(orgId);
    const position: PositionRow = {
      personId: m + 1,
      orgId,
      title: title ?? `Bí thư ${org.name.replace(/^Đảng bộ/, 'Đảng ủy')}`,
      role: 'head',
      started,
      ended,
    };
    this.positions.push(position);
    this.currentHead.set(orgId, position);
    return position;
  }

  // --- oversight -----------------------------------------------------------------------------

  private oversee(slot: OversightSlot): void {
    const r = this.oversightRandom;
    const scope = slot.table === 'discipline' ? `${slot.year}` : `${slot.year}H${slot.half}`;
    const used = this.usedSet(`${slot.table}-${slot.subject}-${scope}`);
    const signsUsed = slot.role === 'signs' ? this.usedSet(`signs-${slot.subject}-${slot.year}`) : undefined;
    const day = slot.day;
    const subject = slot.subject === 'org' ? this.pickOrg(day, used, signsUsed) : this.pickMember(day, used, signsUsed);
    used.add(subject);
    signsUsed?.add(subject);
    const base = this.subjectFields(slot.subject, subject);
    const body = () => (r.chance(slot.table === 'discipline' ? 0.6 : 0.45) ? 'inspection_commission' : 'committee');
    if (slot.table === 'discipline') {
      this.disciplines.push({ ...base, body: body(), kind: slot.form, team: 0, day });
      if (slot.form === 'expulsion' && slot.subject === 'member') this.leave(subject, day, LEFT.expulsion);
      return;
    }
    if (slot.table === 'supervision') {
      this.supervisions.push({ ...base, body: body(), kind: r.chance(0.6) ? 'regular' : 'thematic', team: 0, day });
      return;
    }
    if (slot.role === 'team') {
      this.inspections.push({
        ...base,
        acting: this.tree.byCode('TU').id,
        body: 'committee',
        kind: 'thematic',
        team: slot.team,
        day,
      });
    } else if (slot.role === 'signs') {
      this.inspections.push({ ...base, body: 'inspection_commission', kind: 'signs_of_violation', team: 0, day });
    }
    const rows = slot.role === 'plain' ? 1 : 0;
    for (let i = 0; i < rows + (r.chance(0.12) ? 1 : 0); i++) {
      const kind = INSPECTION_TYPES[INSPECTION_TYPE_PICKER.pick(r)] as string;
      const b = body();
      // Outside the quota a year with one never pairs "signs of violation" with a commission.
      const fixedBody = slot.quota && slot.role !== 'signs' && kind === 'signs_of_violation' ? 'committee' : b;
      this.inspections.push({ ...base, body: fixedBody, kind, team: 0, day });
    }
  }

  private usedSet(key: string): Set<number> {
    const set = this.used.get(key) ?? new Set<number>();
    this.used.set(key, set);
    return set;
  }

  private subjectFields(kind: 'org' | 'member', subject: number) {
    if (kind === 'org')
      return { subjectOrg: subject, subjectMember: 0, placedIn: subject, acting: this.committeeOver(subject) };
    const cell = this.tree.cells[this.members.cell[subject] as number] as CellInfo;
    const acting = this.oversightRandom.chance(0.7) ? cell.grassrootsId : cell.committeeId;
    return { subjectOrg: 0, subjectMember: subject + 1, placedIn: cell.orgId, acting };
  }

  private committeeOver(orgId: number): number {
    const g = this.grassrootsOfOrg.get(orgId);
    if (g) return g.committeeId;
    const cell = this.cellOfOrg.get(orgId);
    if (cell !== undefined) return (this.tree.cells[cell] as CellInfo).grassrootsId;
    return this.tree.byId(orgId).parentId as number;
  }

  private pickOrg(day: number, used: Set<number>, exclude?: Set<number>): number {
    const r = this.oversightRandom;
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const id = r.chance(0.5) ? r.pick(this.tree.grassroots).orgId : r.pick(this.subordinateOrgs);
      if (this.tree.alive(id, day) && !used.has(id) && !exclude?.has(id)) return id;
    }
    throw new Error(`no organisation left to oversee on day ${day}`);
  }

  private pickMember(day: number, used: Set<number>, exclude?: Set<number>): number {
    const r = this.oversightRandom;
    const ms = this.members;
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const m = r.int(ms.count);
      if (ms.isMember(m, day) && ms.holdsOffice[m] === 0 && !used.has(m) && !exclude?.has(m)) return m;
    }
    throw new Error(`no member left to oversee on day ${day}`);
  }
}
