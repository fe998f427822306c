import type { HostSector } from '../../services/hierarchy/organisation.entity.js';
import type { Calibration } from './calibration.js';
import { dayOf, halfOf, parseDay, WORLD_END, WORLD_START, WORLD_YEARS, workdayIn } from './dates.js';
import { DISTRICTS, districtCommitteeName, districtLabel } from './districts.js';
import { communeLabel, type Geography } from './geography.js';
import { OrgTree } from './org-tree.js';
import type { Random } from './random.js';
import type { VietnameseNames } from './vietnamese-names.js';
import { WeightedPicker } from './weighted-picker.js';

const CITY_FOUNDED = parseDay('1930-03-08');
// Shares of members by where they sit: residential (commune) organisations, district agencies, bloc committees.
const RESIDENTIAL_SHARE = 0.5;
const DISTRICT_AGENCY_SHARE = 0.2;
const BLOC_SHARE = 0.3;
// Typical members per cell: residential cells of retirees are larger than workplace cells.
const CELL_SIZE = { residential: 40, other: 18 };
const NEW_ENTERPRISE_MEMBERS = 8;
const ENTERPRISE_CLOSURE_RATE = 0.035;
// Grassroots organisations at scale 1 that are not commune committees, before scaling.
const BASE_AGENCIES_PER_DISTRICT = { publicService: 12, stateEnterprise: 2, nonStateEnterprise: 6 };

const BLOCS: { code: string; name: string; count: number; sectors: [HostSector, number][]; founded: string }[] = [
  {
    code: 'KCQ',
    name: 'Đảng bộ Khối các cơ quan Thành phố Hà Nội',
    count: 95,
    sectors: [
      ['administrative', 0.7],
      ['public_service', 0.3],
    ],
    founded: '1975-06-10',
  },
  {
    code: 'KDN',
    name: 'Đảng bộ Khối Doanh nghiệp Thành phố Hà Nội',
    count: 160,
    sectors: [
      ['state_enterprise', 0.6],
      ['non_state_enterprise', 0.4],
    ],
    founded: '2006-04-20',
  },
  {
    code: 'CA',
    name: 'Đảng bộ Công an Thành phố Hà Nội',
    count: 75,
    sectors: [['armed_forces', 1]],
    founded: '1950-03-12',
  },
  {
    code: 'QS',
    name: 'Đảng bộ Quân sự Thành phố Hà Nội',
    count: 45,
    sectors: [['armed_forces', 1]],
    founded: '1954-10-10',
  },
  {
    code: 'DHCD',
    name: 'Đảng bộ Khối các trường Đại học, Cao đẳng Hà Nội',
    count: 45,
    sectors: [['public_service', 1]],
    founded: '1993-02-15',
  },
  { code: 'SYT', name: 'Đảng bộ Sở Y tế Hà Nội', count: 45, sectors: [['public_service', 1]], founded: '1976-05-04' },
  {
    code: 'SGD',
    name: 'Đảng bộ Sở Giáo dục và Đào tạo Hà Nội',
    count: 40,
    sectors: [['public_service', 1]],
    founded: '1977-09-05',
  },
  {
    code: 'SGTVT',
    name: 'Đảng bộ Sở Giao thông vận tải Hà Nội',
    count: 12,
    sectors: [
      ['administrative', 0.5],
      ['public_service', 0.5],
    ],
    founded: '1979-03-20',
  },
  {
    code: 'SXD',
    name: 'Đảng bộ Sở Xây dựng Hà Nội',
    count: 10,
    sectors: [
      ['administrative', 0.5],
      ['public_service', 0.5],
    ],
    founded: '1980-11-12',
  },
  {
    code: 'SNN',
    name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn Hà Nội',
    count: 14,
    sectors: [
      ['administrative', 0.5],
      ['public_service', 0.5],
    ],
    founded: '1996-08-01',
  },
  {
    code: 'SLD',
    name: 'Đảng bộ Sở Lao động - Thương binh và Xã hội Hà Nội',
    count: 12,
    sectors: [
      ['administrative', 0.4],
      ['public_service', 0.6],
    ],
    founded: '1987-07-27',
  },
  {
    code: 'TRANSERCO',
    name: 'Đảng bộ Tổng Công ty Vận tải Hà Nội',
    count: 18,
    sectors: [['state_enterprise', 1]],
    founded: '2004-06-15',
  },
  {
    code: 'HANOITOURIST',
    name: 'Đảng bộ Tổng Công ty Du lịch Hà Nội',
    count: 14,
    sectors: [['state_enterprise', 1]],
    founded: '2004-09-01',
  },
  {
    code: 'HAPRO',
    name: 'Đảng bộ Tổng Công ty Thương mại Hà Nội',
    count: 14,
    sectors: [['state_enterprise', 1]],
    founded: '2004-10-20',
  },
  {
    code: 'UDIC',
    name: 'Đảng bộ Tổng Công ty Đầu tư và Phát triển hạ tầng đô thị',
    count: 10,
    sectors: [['state_enterprise', 1]],
    founded: '2005-03-01',
  },
  {
    code: 'HANDICO',
    name: 'Đảng bộ Tổng Công ty Đầu tư và Phát triển Nhà Hà Nội',
    count: 10,
    sectors: [['state_enterprise', 1]],
    founded: '2005-05-05',
  },
  {
    code: 'NUOCSACH',
    name: 'Đảng bộ Công ty Nước sạch Hà Nội',
    count: 10,
    sectors: [['state_enterprise', 1]],
    founded: '1994-12-01',
  },
  {
    code: 'EVNHANOI',
    name: 'Đảng bộ Tổng Công ty Điện lực Thành phố Hà Nội',
    count: 24,
    sectors: [['state_enterprise', 1]],
    founded: '1996-07-01',
  },
  { code: 'HNM', name: 'Đảng bộ Báo Hà Nội mới', count: 6, sectors: [['public_service', 1]], founded: '1957-10-24' },
  {
    code: 'HTV',
    name: 'Đảng bộ Đài Phát thanh và Truyền hình Hà Nội',
    count: 8,
    sectors: [['public_service', 1]],
    founded: '1954-10-10',
  },
];

const CITY_BODIES: {
  code: string;
  name: string;
  kind: 'standing_committee' | 'inspection_commission' | 'party_commission' | 'steering_committee';
  founded: string;
}[] = [
  { code: 'TU-BTV', name: 'Ban Thường vụ Thành ủy Hà Nội', kind: 'standing_committee', founded: '1930-03-08' },
  { code: 'TU-UBKT', name: 'Ủy ban Kiểm tra Thành ủy Hà Nội', kind: 'inspection_commission', founded: '1949-02-15' },
  { code: 'TU-BTC', name: 'Ban Tổ chức Thành ủy Hà Nội', kind: 'party_commission', founded: '1946-05-20' },
  { code: 'TU-BTG', name: 'Ban Tuyên giáo Thành ủy Hà Nội', kind: 'party_commission', founded: '1946-08-01' },
  { code: 'TU-BDV', name: 'Ban Dân vận Thành ủy Hà Nội', kind: 'party_commission', founded: '1947-10-15' },
  { code: 'TU-BNC', name: 'Ban Nội chính Thành ủy Hà Nội', kind: 'party_commission', founded: '2013-03-01' },
  { code: 'TU-VP', name: 'Văn phòng Thành ủy Hà Nội', kind: 'party_commission', founded: '1946-01-10' },
  {
    code: 'TU-BCD01',
    name: 'Ban Chỉ đạo Chương trình số 01-CTr/TU',
    kind: 'steering_committee',
    founded: '2021-04-20',
  },
];

const DEPARTMENTS: [string, string][] = [
  ['SNV', 'Sở Nội vụ'],
  ['STC', 'Sở Tài chính'],
  ['SKHDT', 'Sở Kế hoạch và Đầu tư'],
  ['SXD', 'Sở Xây dựng'],
  ['SGTVT', 'Sở Giao thông vận tải'],
  ['SGDDT', 'Sở Giáo dục và Đào tạo'],
  ['SYT', 'Sở Y tế'],
  ['SCT', 'Sở Công Thương'],
  ['SNN', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['STNMT', 'Sở Tài nguyên và Môi trường'],
  ['SLDTBXH', 'Sở Lao động - Thương binh và Xã hội'],
  ['SVHTT', 'Sở Văn hóa và Thể thao'],
  ['SDL', 'Sở Du lịch'],
  ['SKHCN', 'Sở Khoa học và Công nghệ'],
  ['STTTT', 'Sở Thông tin và Truyền thông'],
  ['STP', 'Sở Tư pháp'],
  ['SQHKT', 'Sở Quy hoạch - Kiến trúc'],
  ['SNGV', 'Sở Ngoại vụ'],
  ['TTTP', 'Thanh tra Thành phố'],
  ['VPUB', 'Văn phòng Ủy ban nhân dân Thành phố'],
];

const MASS_ORGANISATIONS: [string, string][] = [
  ['HLHPN', 'Hội Liên hiệp Phụ nữ Thành phố Hà Nội'],
  ['TD', 'Thành đoàn Hà Nội'],
  ['HND', 'Hội Nông dân Thành phố Hà Nội'],
  ['HCCB', 'Hội Cựu chiến binh Thành phố Hà Nội'],
  ['LDLD', 'Liên đoàn Lao động Thành phố Hà Nội'],
];

/** A grassroots organisation before it is given rows: its cells depend on the size of all of them. */
interface GrassrootsSpec {
  parentId: number;
  committeeId: number;
  district: number;
  unitId: number;
  sector: HostSector;
  host: string;
  code: string;
  founded: number;
  dissolved: number;
  weight: number;
  /** Kind of commune it serves, for the cells' names. */
  commune?: 'phuong' | 'xa' | 'thi_tran';
}

export interface OrganisationPlan {
  tree: OrgTree;
  /** Grassroots organisations founded inside the world's history, in founding order. */
  foundings: number[];
  /** Grassroots organisations dissolved inside the world's history. */
  dissolutions: number[];
}

/**
 * The organisation forest: the Party tree (Thành ủy, its bodies, 30 district and 20 bloc committees,
 * ~2,400 grassroots organisations, partial committees and ~18,000 cells, sized by population), the
 * state tree (HĐND, UBND, departments, district and commune UBND) and the Front.
 */
export function buildOrganisations(
  geo: Geography,
  calibration: Calibration,
  names: VietnameseNames,
  random: Random,
): OrganisationPlan {
  const tree = new OrgTree();
  const members = calibration.get('members', '2020-10');
  const grassrootsTarget = calibration.get('grassroots_orgs', '2022');
  // Commune committees are one per commune whatever the scale; the other grassroots organisations scale.
  const baseOthers = grassrootsTarget / calibration.scale - geo.communes.length;
  const agencyFactor = Math.max(0, grassrootsTarget - geo.communes.length) / baseOthers;
  const scaled = (n: number, min = 0) => Math.max(min, Math.round(n * agencyFactor));
  const totalPopulation = geo.city.population;

  const city = tree.add({
    code: 'TU',
    name: 'Thành ủy Hà Nội',
    kind: 'city_committee',
    branch: 'party',
    parentId: null,
    unitId: geo.city.id,
    hostSector: null,
    founded: CITY_FOUNDED,
  });
  for (const body of CITY_BODIES) {
    tree.add({
      ...body,
      branch: 'party',
      parentId: city.id,
      unitId: geo.city.id,
      hostSector: null,
      founded: parseDay(body.founded),
    });
  }

  const specs: GrassrootsSpec[] = [];
  const serial = new Map<string, number>();
  const nextCode = (prefix: string) => {
    const n = (serial.get(prefix) ?? 0) + 1;
    serial.set(prefix, n);
    return `${prefix}-CS${String(n).padStart(3, '0')}`;
  };
  const sometimeAfter = (floor: number, from: number, to: number) =>
    Math.max(floor, dayOf(random.between(from, to), random.between(1, 12), random.between(1, 28)));

  DISTRICTS.forEach((d, di) => {
    const unit = geo.districts[di];
    if (!unit) return;
    const founded = parseDay(d.committeeFounded);
    const committee = tree.add({
      code: `TU-${d.code}`,
      name: districtCommitteeName(d),
      kind: 'district_committee',
      branch: 'party',
      parentId: city.id,
      unitId: unit.id,
      hostSector: null,
      founded,
    });
    const bodyBase = { branch: 'party' as const, parentId: committee.id, unitId: unit.id, hostSector: null, founded };
    tree.add({
      ...bodyBase,
      code: `TU-${d.code}-BTV`,
      name: `Ban Thường vụ ${committee.name}`,
      kind: 'standing_committee',
    });
    tree.add({
      ...bodyBase,
      code: `TU-${d.code}-UBKT`,
      name: `Ủy ban Kiểm tra ${committee.name}`,
      kind: 'inspection_commission',
    });
    const share = d.population / totalPopulation;
    const label = districtLabel(d);
    const base = { parentId: committee.id, committeeId: committee.id, district: di, unitId: unit.id, dissolved: 0 };
    for (const c of geo.communes.filter((c) => c.district === di)) {
      specs.push({
        ...base,
        unitId: c.unit.id,
        sector: 'residential',
        host: communeLabel(c.unit),
        code: `TU-${d.code}-${c.unit.code}`,
        founded: sometimeAfter(founded, 1945, 1975),
        weight: (members * RESIDENTIAL_SHARE * c.unit.population) / totalPopulation,
        commune: c.unit.kind as GrassrootsSpec['commune'],
      });
    }
    const agencies: [HostSector, string, number][] = [
      ['administrative', `các cơ quan Đảng ${label}`, 4],
      ['administrative', `Cơ quan chính quyền ${label}`, 4],
      ['administrative', `Cơ quan Mặt trận Tổ quốc và các đoàn thể ${label}`, 2],
      ['armed_forces', `Quân sự ${label}`, 3],
      ['armed_forces', `Công an ${label}`, 6],
      ['public_service', `Trung tâm Y tế ${label}`, 3],
    ];
    const ratio = share * DISTRICTS.length;
    for (let i = scaled(BASE_AGENCIES_PER_DISTRICT.publicService * ratio); i > 0; i--) {
      agencies.push([
        'public_service',
        `Trường ${random.pick(['Mầm non', 'Tiểu học', 'THCS', 'THPT'])} ${names.anyPlace(random)}`,
        1,
      ]);
    }
    for (let i = scaled(BASE_AGENCIES_PER_DISTRICT.stateEnterprise * ratio); i > 0; i--) {
      agencies.push([
        'state_enterprise',
        `Công ty TNHH MTV ${random.pick(['Môi trường đô thị', 'Thủy lợi', 'Công trình đô thị', 'Cấp nước'])} ${d.name}`,
        1.5,
      ]);
    }
    for (let i = scaled(BASE_AGENCIES_PER_DISTRICT.nonStateEnterprise * ratio); i > 0; i--) {
      agencies.push(['non_state_enterprise', names.company(random), 0.5]);
    }
    const agencyWeight = agencies.reduce((s, [, , w]) => s + w, 0);
    for (const [sector, host, w] of agencies) {
      const floor = sector === 'non_state_enterprise' ? Math.max(founded, dayOf(1998, 1, 1)) : founded;
      specs.push({
        ...base,
        sector,
        host,
        code: nextCode(committee.code),
        founded:
          sector === 'non_state_enterprise' ? sometimeAfter(floor, 1998, 2014) : sometimeAfter(floor, 1960, 2005),
        dissolved: 0,
        weight: (members * DISTRICT_AGENCY_SHARE * share * w * (0.6 + random.float() * 0.8)) / agencyWeight,
      });
    }
  });

  const blocSpecs: GrassrootsSpec[] = [];
  for (const bloc of BLOCS) {
    const sectorPicker = new WeightedPicker(bloc.sectors.map(([, share]) => share));
    const founded = parseDay(bloc.founded);
    const committee = tree.add({
      code: `TU-${bloc.code}`,
      name: bloc.name,
      kind: 'bloc_committee',
      branch: 'party',
      parentId: city.id,
      unitId: geo.city.id,
      hostSector: null,
      founded,
    });
    for (let i = scaled(bloc.count, 1); i > 0; i--) {
      const sector = (bloc.sectors[sectorPicker.pick(random)] as [HostSector, number])[0];
      const first = bloc.code === 'KCQ' && i === scaled(bloc.count, 1);
      blocSpecs.push({
        parentId: committee.id,
        committeeId: committee.id,
        district: -1,
        unitId: geo.city.id,
        sector,
        host: first ? 'Cơ quan Thành ủy Hà Nội' : blocHost(sector, bloc.code, names, random),
        code: nextCode(committee.code),
        founded: sometimeAfter(founded, sector === 'non_state_enterprise' ? 1998 : 1976, 2012),
        dissolved: 0,
        weight: SECTOR_WEIGHT[sector] * (0.5 + random.float()),
      });
    }
  }
  const blocWeight = blocSpecs.reduce((s, b) => s + b.weight, 0);
  for (const b of blocSpecs) b.weight = (b.weight * members * BLOC_SHARE) / blocWeight;
  specs.push(...blocSpecs);

  // New enterprises' organisations, dated half-year by half-year as the calibration says.
  const foundingSpecs: GrassrootsSpec[] = [];
  const districtPicker = new WeightedPicker(DISTRICTS.map((d) => d.population));
  const enterpriseBloc = tree.byCode('TU-KDN');
  for (const year of WORLD_YEARS) {
    calibration.halves('non_state_enterprise_orgs', year).forEach((n, h) => {
      const days = Array.from({ length: n }, () =>
        workdayIn(halfOf(year, (h + 1) as 1 | 2), (k) => random.int(k)),
      ).sort((a, b) => a - b);
      for (const day of days) {
        const inBloc = random.chance(0.15);
        const di = inBloc ? -1 : districtPicker.pick(random);
        const parent = inBloc ? enterpriseBloc : tree.byCode(`TU-${(DISTRICTS[di] as { code: string }).code}`);
        foundingSpecs.push({
          parentId: parent.id,
          committeeId: parent.id,
          district: di,
          unitId: parent.unitId ?? geo.city.id,
          sector: 'non_state_enterprise',
          host: names.company(random),
          code: '',
          founded: day,
          dissolved: 0,
          weight: NEW_ENTERPRISE_MEMBERS,
        });
      }
    });
  }
  for (const s of [...specs, ...foundingSpecs]) {
    if (s.sector !== 'non_state_enterprise') continue;
    const start = Math.max(s.founded + 180, WORLD_START);
    const closes = start + Math.round(random.exponential(ENTERPRISE_CLOSURE_RATE) * 365.25);
    if (closes <= WORLD_END) s.dissolved = closes;
  }

  const rawCells = specs.reduce((s, g) => s + g.weight / cellSize(g), 0);
  const cellFactor = calibration.get('party_cells', '2022') / rawCells;
  for (const spec of specs)
    materialise(tree, spec, Math.max(1, Math.round((spec.weight / cellSize(spec)) * cellFactor)), names, random);

  addStateAndFront(tree, geo);

  const foundings: number[] = [];
  for (const spec of foundingSpecs) {
    spec.code = nextCode(tree.byId(spec.parentId).code);
    const cells = random.chance(0.85) ? 1 : random.between(2, 3);
    foundings.push(materialise(tree, spec, cells, names, random));
  }
  const dissolutions = tree.grassroots.filter((g) => tree.byId(g.orgId).dissolved > 0).map((g) => g.orgId);
  return { tree, foundings, dissolutions };
}

const SECTOR_WEIGHT: Record<HostSector, number> = {
  residential: 1,
  administrative: 2,
  public_service: 1.5,
  state_enterprise: 1.5,
  non_state_enterprise: 0.5,
  armed_forces: 3,
};

function cellSize(spec: GrassrootsSpec): number {
  return spec.sector === 'residential' ? CELL_SIZE.residential : CELL_SIZE.other;
}

/** Adds the grassroots organisation, its partial committees and cells; returns its id. */
function materialise(
  tree: OrgTree,
  spec: GrassrootsSpec,
  cellCount: number,
  names: VietnameseNames,
  random: Random,
): number {
  const single = spec.sector !== 'residential' && cellCount <= 1;
  const org = tree.add({
    code: spec.code,
    name: `${single ? 'Chi bộ' : 'Đảng bộ'} ${spec.host}`,
    kind: single ? 'grassroots_cell' : 'grassroots_committee',
    branch: 'party',
    parentId: spec.parentId,
    unitId: spec.unitId,
    hostSector: spec.sector,
    founded: spec.founded,
    dissolved: spec.dissolved,
  });
  const info = {
    orgId: org.id,
    committeeId: spec.committeeId,
    district: spec.district,
    sector: spec.sector,
    cells: [] as number[],
  };
  tree.grassroots.push(info);
  const residential = spec.sector === 'residential';
  const addCell = (orgId: number, weight: number) => {
    info.cells.push(tree.cells.length);
    tree.cells.push({
      orgId,
      grassrootsId: org.id,
      committeeId: spec.committeeId,
      district: spec.district,
      residential,
      weight,
    });
  };
  if (single) {
    addCell(org.id, spec.weight);
    return org.id;
  }
  const n = Math.max(2, cellCount);
  const partialCount = !residential && n >= 16 ? Math.round(n / 8) : 0;
  const partials = Array.from({ length: partialCount }, (_, i) => {
    const p = tree.add({
      code: `${org.code}-BP${i + 1}`,
      name: `Đảng bộ bộ phận ${i + 1} - ${spec.host}`,
      kind: 'partial_committee',
      branch: 'party',
      parentId: org.id,
      unitId: spec.unitId,
      hostSector: spec.sector,
      founded: spec.founded,
      dissolved: spec.dissolved,
    });
    tree.partials.push(p.id);
    return p;
  });
  for (let i = 0; i < n; i++) {
    const parent = partials.length ? partials[i % partials.length] : undefined;
    const cell = tree.add({
      code: `${parent?.code ?? org.code}-CB${String(i + 1).padStart(2, '0')}`,
      name: cellName(spec, i, names, random),
      kind: 'cell',
      branch: 'party',
      parentId: parent?.id ?? org.id,
      unitId: spec.unitId,
      hostSector: spec.sector,
      founded: spec.founded,
      dissolved: spec.dissolved,
    });
    addCell(cell.id, (spec.weight / n) * (0.7 + random.float() * 0.6));
  }
  return org.id;
}

function cellName(spec: GrassrootsSpec, i: number, names: VietnameseNames, random: Random): string {
  if (spec.commune === 'phuong') return `Chi bộ Tổ dân phố số ${i + 1}`;
  if (spec.commune === 'thi_tran') return `Chi bộ Khu ${i + 1}`;
  if (spec.commune === 'xa') return `Chi bộ thôn ${names.anyPlace(random)}`;
  return `Chi bộ số ${i + 1}`;
}

function blocHost(sector: HostSector, bloc: string, names: VietnameseNames, random: Random): string {
  const place = names.anyPlace(random);
  switch (sector) {
    case 'administrative':
      return `${random.pick(['Ban Quản lý dự án', 'Chi cục', 'Văn phòng', 'Trung tâm Phát triển quỹ đất'])} ${place}`;
    case 'public_service':
      return bloc === 'DHCD'
        ? `Trường ${random.pick(['Đại học', 'Cao đẳng'])} ${place}`
        : `${random.pick(['Bệnh viện', 'Trung tâm', 'Trường THPT', 'Viện'])} ${place}`;
    case 'armed_forces':
      return bloc === 'CA'
        ? `Phòng ${random.pick(['Cảnh sát', 'An ninh', 'Hậu cần'])} ${place}`
        : `Ban Chỉ huy Quân sự ${place}`;
    case 'state_enterprise':
      return `Công ty ${random.pick(['TNHH MTV', 'Cổ phần'])} ${place}`;
    default:
      return names.company(random);
  }
}

function addStateAndFront(tree: OrgTree, geo: Geography): void {
  const state = { branch: 'state' as const, hostSector: null };
  const council = tree.add({
    ...state,
    code: 'HDND-01',
    name: 'Hội đồng nhân dân Thành phố Hà Nội',
    kind: 'people_council',
    parentId: null,
    unitId: geo.city.id,
    founded: parseDay('1946-01-06'),
  });
  const committee = tree.add({
    ...state,
    code: 'UBND-01',
    name: 'Ủy ban nhân dân Thành phố Hà Nội',
    kind: 'people_committee',
    parentId: null,
    unitId: geo.city.id,
    founded: parseDay('1945-08-19'),
  });
  for (const [code, name] of DEPARTMENTS) {
    tree.add({
      ...state,
      code: `UBND-01-${code}`,
      name,
      kind: 'department',
      parentId: committee.id,
      unitId: geo.city.id,
      founded: parseDay('1976-01-01'),
    });
  }
  const front = tree.add({
    branch: 'front',
    hostSector: null,
    code: 'MTTQ-01',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hà Nội',
    kind: 'front_committee',
    parentId: null,
    unitId: geo.city.id,
    founded: parseDay('1977-02-04'),
  });
  for (const [code, name] of MASS_ORGANISATIONS) {
    tree.add({
      branch: 'front',
      hostSector: null,
      code: `MTTQ-01-${code}`,
      name,
      kind: 'mass_organisation',
      parentId: front.id,
      unitId: geo.city.id,
      founded: parseDay('1977-02-04'),
    });
  }
  DISTRICTS.forEach((d, di) => {
    const unit = geo.districts[di];
    if (!unit) return;
    const founded = parseDay(d.committeeFounded);
    const label = districtLabel(d);
    tree.add({
      ...state,
      code: `HDND-${d.code}`,
      name: `Hội đồng nhân dân ${label}`,
      kind: 'people_council',
      parentId: council.id,
      unitId: unit.id,
      founded,
    });
    const districtCommittee = tree.add({
      ...state,
      code: `UBND-${d.code}`,
      name: `Ủy ban nhân dân ${label}`,
      kind: 'people_committee',
      parentId: committee.id,
      unitId: unit.id,
      founded,
    });
    tree.add({
      branch: 'front',
      hostSector: null,
      code: `MTTQ-${d.code}`,
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${label}`,
      kind: 'front_committee',
      parentId: front.id,
      unitId: unit.id,
      // The city front dates from the 1977 unification of the fronts; older districts' fronts join it then.
      founded: Math.max(founded, front.founded),
    });
    for (const c of geo.communes.filter((c) => c.district === di)) {
      tree.add({
        ...state,
        code: `UBND-${c.unit.code}`,
        name: `Ủy ban nhân dân ${communeLabel(c.unit)}`,
        kind: 'people_committee',
        parentId: districtCommittee.id,
        unitId: c.unit.id,
        founded,
      });
    }
  });
}
