import { CITY, DISTRICTS } from './districts.js';
import type { Random } from './random.js';
import type { VietnameseNames } from './vietnamese-names.js';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: 'city' | 'district' | 'commune';
  kind: 'thanh_pho' | 'quan' | 'huyen' | 'thi_xa' | 'phuong' | 'xa' | 'thi_tran';
  parentId: number | null;
  population: number;
}

export interface Commune {
  unit: UnitRow;
  /** Index into DISTRICTS. */
  district: number;
}

export interface Geography {
  units: UnitRow[];
  city: UnitRow;
  /** Aligned with DISTRICTS. */
  districts: UnitRow[];
  communes: Commune[];
}

/** The city, its 30 real district-level units and 579 communes with generated names and 5-digit codes. */
export function buildGeography(names: VietnameseNames, random: Random): Geography {
  const units: UnitRow[] = [];
  const add = (u: Omit<UnitRow, 'id'>): UnitRow => {
    const row = { ...u, id: units.length + 1 };
    units.push(row);
    return row;
  };
  const population = DISTRICTS.reduce((s, d) => s + d.population, 0);
  const city = add({ code: CITY.code, name: CITY.name, level: 'city', kind: 'thanh_pho', parentId: null, population });
  const districts = DISTRICTS.map((d) =>
    add({ code: d.code, name: d.name, level: 'district', kind: d.kind, parentId: city.id, population: d.population }),
  );
  const communes: Commune[] = [];
  // GSO numbers communes city-wide in steps of 3, district after district.
  let code = 1;
  DISTRICTS.forEach((d, di) => {
    const kinds: UnitRow['kind'][] = [
      ...Array<UnitRow['kind']>(d.wards).fill('phuong'),
      ...Array<UnitRow['kind']>(d.communes).fill('xa'),
      ...Array<UnitRow['kind']>(d.townships).fill('thi_tran'),
    ];
    const shares = kinds.map(() => 0.6 + random.float() * 0.8);
    const total = shares.reduce((s, x) => s + x, 0);
    let townships = 0;
    kinds.forEach((kind, i) => {
      // The first thị trấn of a huyện usually carries the huyện's name.
      const name = kind === 'thi_tran' && townships++ === 0 ? d.name : names.place(random);
      const unit = add({
        code: String(code).padStart(5, '0'),
        name,
        level: 'commune',
        kind,
        parentId: (districts[di] as UnitRow).id,
        population: Math.round((d.population * (shares[i] as number)) / total),
      });
      communes.push({ unit, district: di });
      code += 3;
    });
  });
  return { units, city, districts, communes };
}

/** "phường Phúc Xá", "xã Đông Ngạc", "thị trấn Sóc Sơn". */
export function communeLabel(unit: UnitRow): string {
  return `${{ phuong: 'phường', xa: 'xã', thi_tran: 'thị trấn' }[unit.kind as 'phuong' | 'xa' | 'thi_tran']} ${unit.name}`;
}
