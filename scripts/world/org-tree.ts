import type { Branch, HostSector, OrganisationKind } from '../../services/hierarchy/organisation.entity.js';

export interface OrgRow {
  id: number;
  code: string;
  name: string;
  kind: OrganisationKind;
  branch: Branch;
  parentId: number | null;
  unitId: number | null;
  hostSector: HostSector | null;
  founded: number;
  /** Day of dissolution, 0 while it exists. */
  dissolved: number;
}

/** A party cell (chi bộ) or chi bộ cơ sở: where members sit. */
export interface CellInfo {
  orgId: number;
  /** The grassroots organisation it belongs to (itself for a chi bộ cơ sở). */
  grassrootsId: number;
  /** The district or bloc committee above it. */
  committeeId: number;
  /** Index into DISTRICTS, -1 for bloc committees. */
  district: number;
  residential: boolean;
  /** Expected members: drives where members are placed and admitted. */
  weight: number;
}

export interface GrassrootsInfo {
  orgId: number;
  committeeId: number;
  district: number;
  sector: HostSector;
  cells: number[];
}

/** The organisation forest in id order (parents before children) plus the indexes the simulation needs. */
export class OrgTree {
  readonly rows: OrgRow[] = [];
  readonly cells: CellInfo[] = [];
  readonly grassroots: GrassrootsInfo[] = [];
  /** Partial committees (đảng bộ bộ phận): oversight subjects like cells. */
  readonly partials: number[] = [];
  private readonly codes = new Map<string, OrgRow>();

  add(row: Omit<OrgRow, 'id' | 'dissolved'> & { dissolved?: number }): OrgRow {
    if (this.codes.has(row.code)) throw new Error(`duplicate organisation code ${row.code}`);
    const org: OrgRow = { ...row, dissolved: row.dissolved ?? 0, id: this.rows.length + 1 };
    this.rows.push(org);
    this.codes.set(org.code, org);
    return org;
  }

  byId(id: number): OrgRow {
    return this.rows[id - 1] as OrgRow;
  }

  byCode(code: string): OrgRow {
    const org = this.codes.get(code);
    if (!org) throw new Error(`no organisation ${code}`);
    return org;
  }

  /** Exists on `day`: founded by then and not yet dissolved. */
  alive(id: number, day: number): boolean {
    const o = this.rows[id - 1] as OrgRow;
    return o.founded <= day && (o.dissolved === 0 || day < o.dissolved);
  }
}
