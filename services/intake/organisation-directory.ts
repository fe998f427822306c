import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeCovers } from '../access/access-scope.js';
import type { Caller } from '../access/caller.js';
import { DomainError } from '../errors.js';
import type { OrganisationKind } from '../hierarchy/organisation.entity.js';
import { foldText } from './fold-text.js';

/** What intake rows need of an organisation, read once for the whole file. */
export interface DirectoryEntry {
  id: number;
  code: string;
  name: string;
  kind: OrganisationKind;
  foundedOn: string;
  dissolvedOn?: string;
  /** Ancestor ids, root first, itself last. */
  path: number[];
}

/**
 * Every organisation in memory, found by code ("TU-001-CS003-CB02") or by a path as offices write it
 * ("Thành ủy Hà Nội / Quận ủy Ba Đình / Chi bộ số 2"): names compared without case or diacritics,
 * levels may be left out (each named level must be an ancestor, in order), and a path that fits
 * two organisations is AMBIGUOUS_ORGANISATION rather than a guess.
 */
export class OrganisationDirectory {
  private readonly byId = new Map<number, DirectoryEntry>();
  private readonly byCode = new Map<string, DirectoryEntry>();
  private readonly byName = new Map<string, DirectoryEntry[]>();
  /** Entries by an ancestor's id and their own folded name: a path is walked down level by level through it. */
  private readonly underByName = new Map<string, DirectoryEntry[]>();
  private readonly resolved = new Map<string, DirectoryEntry | DomainError>();
  /** Codes exactly as stored: the unique index (and foundOrganisation) tell "cb-01" from "CB-01". */
  private readonly codes = new Set<string>();
  /** The last id handed to an organisation founded earlier in the file (negative: not written yet). */
  private lastProvisionalId = 0;

  private constructor(entries: DirectoryEntry[]) {
    for (const e of entries) this.add(e);
  }

  private add(e: DirectoryEntry): void {
    this.byId.set(e.id, e);
    this.byCode.set(e.code.toUpperCase(), e);
    this.codes.add(e.code);
    const key = foldText.loose(e.name);
    push(this.byName, key, e);
    for (const ancestor of e.path.slice(0, -1)) push(this.underByName, `${ancestor} ${key}`, e);
  }

  /** The organisation with this id (one the rows name by id, as a member's cell). */
  entry(id: number): DirectoryEntry {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`organisation ${id} is not in the directory`);
    return entry;
  }

  /** True when an organisation on record, or one founded earlier in the file, has this code. */
  hasCode(code: string): boolean {
    return this.codes.has(code);
  }

  /**
   * An organisation a row of the file founds, found by later rows like one on record (so a file may
   * name parents it founds earlier); its id is negative until the import writes it.
   */
  found(entry: Omit<DirectoryEntry, 'id' | 'path'>, parent: DirectoryEntry | undefined): DirectoryEntry {
    const id = --this.lastProvisionalId;
    const founded = { ...entry, id, path: [...(parent?.path ?? []), id] };
    this.add(founded);
    // A text that found nothing (or one organisation) before may find the new one now.
    this.resolved.clear();
    return founded;
  }

  /** One statement, in the transaction (and snapshot) the import checks and writes in. */
  static async load(em: EntityManager): Promise<OrganisationDirectory> {
    const rows = await em.getConnection().execute<DirectoryEntry[]>(
      `select id, code, name, kind, founded_on::text as "foundedOn", dissolved_on::text as "dissolvedOn", path
           from organisation`,
      [],
      'all',
      em.getTransactionContext(),
    );
    return new OrganisationDirectory(rows.map((r) => ({ ...r, dissolvedOn: r.dissolvedOn ?? undefined })));
  }

  /** The organisation a cell names, in the caller's scope: NOT_FOUND, AMBIGUOUS_ORGANISATION or FORBIDDEN otherwise. */
  resolve(text: string, caller: Caller): DirectoryEntry {
    let found = this.resolved.get(text);
    if (!found) {
      found = this.lookup(text);
      this.resolved.set(text, found);
    }
    if (found instanceof DomainError) throw found;
    if (!scopeCovers(caller.scope, found.path)) {
      throw new DomainError(
        'FORBIDDEN',
        `${found.name} (${found.code}) lies outside your scope (${caller.scope.code}).`,
      );
    }
    return found;
  }

  private lookup(text: string): DirectoryEntry | DomainError {
    const byCode = this.byCode.get(text.toUpperCase());
    if (byCode) return byCode;
    const [first = '', ...below] = text.split('/').map(foldText.loose).filter(Boolean);
    let fits = this.byName.get(first) ?? [];
    for (const level of below) {
      const next = new Map<number, DirectoryEntry>();
      for (const above of fits) for (const e of this.underByName.get(`${above.id} ${level}`) ?? []) next.set(e.id, e);
      fits = [...next.values()];
    }
    // Accents matter only to break a tie: "Vạn Quang" and "Văn Quang" both fit "van quang".
    if (fits.length > 1) {
      const exact = fits.filter((e) => this.fitsExactly(e, text));
      if (exact.length === 1) fits = exact;
    }
    if (fits.length === 1) return fits[0] as DirectoryEntry;
    if (fits.length === 0) return new DomainError('NOT_FOUND', `No organisation has the code or path "${text}".`);
    const some = fits.slice(0, 3).map((e) => this.pathText(e));
    return new DomainError(
      'AMBIGUOUS_ORGANISATION',
      `"${text}" fits ${fits.length} organisations (${some.join('; ')}${fits.length > 3 ? '; …' : ''}); write its code or more of its path.`,
    );
  }

  /** True when the levels of `text`, with their accents, name `e` and ancestors of it in order. */
  private fitsExactly(e: DirectoryEntry, text: string): boolean {
    const exact = (name: string) => foldText.cell(name).toLowerCase();
    const levels = text.split('/').map(exact).filter(Boolean);
    let next = levels.length - 1;
    for (let i = e.path.length - 1; i >= 0 && next >= 0; i--) {
      const name = this.byId.get(e.path[i] as number)?.name;
      if (name !== undefined && exact(name) === levels[next]) next--;
      else if (i === e.path.length - 1) return false;
    }
    return next < 0;
  }

  /** The full path of names, as a template or a problem shows it. */
  pathText(e: DirectoryEntry): string {
    return e.path.map((id) => this.byId.get(id)?.name ?? '?').join(' / ');
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
