import { DomainError } from '../../services/errors.js';
import type { Calibration } from './calibration.js';
import { dayOf, parseDay, workdayIn } from './dates.js';
import type { History, PositionRow } from './history.js';
import { COMMISSION_HEADS, MEETING_CHAIRS, NAMED_PEOPLE } from './named-people.js';
import type { OrgTree } from './org-tree.js';
import type { Random } from './random.js';

export interface DocumentRow {
  code: string;
  kind: string;
  issuer: string;
  issued: string | null;
  title: string;
}

export interface ProgrammeRow {
  code: string;
  title: string;
  issuer: string;
  termStart: number;
  termEnd: number;
  steeringId: number | null;
  issued: number;
}

export interface ItemRow {
  code: string;
  title: string;
  kind: 'topic' | 'project' | 'theme' | 'plan';
  leadId: number;
  assigned: number;
  statuses: { status: 'assigned' | 'in_progress' | 'draft_submitted' | 'completed'; day: number }[];
}

export interface ParticipantRow {
  personId: number;
  role: 'chair' | 'attendee';
  label: string | null;
}

export interface Programmes {
  documents: DocumentRow[];
  programmes: ProgrammeRow[];
  /** Items of programme 01-CTr/TU (programme id 1). */
  items: ItemRow[];
  meeting: { day: number; bodyId: number; title: string; purpose: string; participants: ParticipantRow[] };
  targets: { metric: string; period: string; value: number }[];
  indexScores: { index: string; year: number; score: number | null; rank: number | null; outOf: number | null }[];
}

const ISSUER = 'Thành ủy Hà Nội khóa XVII';
const AS_OF = parseDay('2022-07-13');

const DOCUMENTS: DocumentRow[] = [
  {
    code: '55-QĐ/TW',
    kind: 'Quy định',
    issuer: 'Bộ Chính trị',
    issued: '2016-12-19',
    title: 'về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên',
  },
  {
    code: '37-QĐ/TW',
    kind: 'Quy định',
    issuer: 'Ban Chấp hành Trung ương',
    issued: '2021-10-25',
    title: 'về những điều đảng viên không được làm',
  },
  {
    code: '15-NQ/TW',
    kind: 'Nghị quyết',
    issuer: 'Bộ Chính trị',
    issued: '2022-05-05',
    title: 'về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045',
  },
  {
    code: '04-NQ/TW',
    kind: 'Nghị quyết',
    issuer: 'Ban Chấp hành Trung ương',
    issued: '2016-10-30',
    title:
      'về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống',
  },
  {
    code: '22-QĐ/TW',
    kind: 'Quy định',
    issuer: 'Ban Chấp hành Trung ương',
    issued: '2021-07-28',
    title: 'về công tác kiểm tra, giám sát và kỷ luật của Đảng',
  },
  {
    code: '21-NQ/TW',
    kind: 'Nghị quyết',
    issuer: 'Ban Chấp hành Trung ương',
    issued: '2022-06-16',
    title:
      'về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
  },
  {
    code: '69-QĐ/TW',
    kind: 'Quy định',
    issuer: 'Bộ Chính trị',
    issued: '2022-07-06',
    title: 'về kỷ luật tổ chức đảng, đảng viên vi phạm',
  },
];

const PROGRAMME_01_TITLE =
  'Tăng cường công tác xây dựng, chỉnh đốn Đảng, xây dựng Đảng bộ và hệ thống chính trị Thành phố trong sạch, vững mạnh; đẩy mạnh cải cách hành chính, giai đoạn 2021-2025';
const OTHER_PROGRAMMES = [
  'Nâng cao hiệu quả công tác dân vận, phát huy quyền làm chủ của Nhân dân',
  'Phát triển kinh tế Thủ đô nhanh và bền vững',
  'Phát triển văn hóa, xây dựng người Hà Nội thanh lịch, văn minh',
  'Đẩy mạnh chuyển đổi số, xây dựng thành phố thông minh',
  'Đẩy mạnh thực hiện hiệu quả công tác quy hoạch, quản lý đô thị',
  'Tập trung đầu tư xây dựng kết cấu hạ tầng giao thông',
  'Phát triển giáo dục, đào tạo và y tế',
  'Phát triển kinh tế nông nghiệp, xây dựng nông thôn mới',
  'Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội',
];

const KIND_LABEL = { topic: 'Đề tài', project: 'Đề án', theme: 'Chuyên đề', plan: 'Kế hoạch' } as const;

// Programme 01's assignments: kind, lead agency, subject.
const ITEMS: [ItemRow['kind'], string, string][] = [
  ['theme', 'TU-BTC', 'nâng cao chất lượng sinh hoạt chi bộ trong Đảng bộ Thành phố'],
  ['topic', 'TU-BTC', 'đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị cơ sở'],
  ['project', 'TU-BTC', 'nâng cao chất lượng phát triển đảng viên trong doanh nghiệp ngoài nhà nước'],
  ['plan', 'TU-BTC', 'củng cố, kiện toàn tổ chức cơ sở đảng yếu kém'],
  ['plan', 'TU-UBKT', 'tăng cường công tác kiểm tra, giám sát và kỷ luật đảng'],
  ['project', 'TU-BTC', 'xây dựng đội ngũ cán bộ các cấp, nhất là cán bộ chủ chốt'],
  ['theme', 'TU-BTG', 'thực hiện vai trò nêu gương của cán bộ, đảng viên'],
  ['project', 'UBND-01', 'đẩy mạnh cải cách hành chính, nâng cao các chỉ số PAR INDEX, SIPAS, PAPI'],
  ['project', 'UBND-01', 'xây dựng chính quyền điện tử, hướng tới chính quyền số'],
  ['project', 'UBND-01-SNV', 'sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả'],
  ['plan', 'TU-BTG', 'nâng cao chất lượng công tác tuyên truyền, giáo dục chính trị tư tưởng'],
  ['theme', 'TU-BTG', 'đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng'],
  ['project', 'TU-BDV', 'đổi mới công tác dân vận của hệ thống chính trị'],
  ['plan', 'TU-BNC', 'nâng cao hiệu quả công tác phòng, chống tham nhũng, lãng phí'],
  ['plan', 'TU-BDV', 'thực hiện quy chế dân chủ ở cơ sở'],
  ['topic', 'HDND-01', 'nâng cao chất lượng hoạt động của Hội đồng nhân dân các cấp'],
  ['plan', 'UBND-01-SNV', 'tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước'],
  ['theme', 'MTTQ-01', 'phát huy vai trò giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể'],
  ['plan', 'TU-BTC', 'đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên hằng năm'],
  ['project', 'TU-BTC', 'quy hoạch, đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý'],
  ['project', 'UBND-01-SNV', 'nâng cao chất lượng đội ngũ cán bộ, công chức cấp xã'],
  ['theme', 'UBND-01', 'xây dựng văn hóa công vụ trong cơ quan hành chính'],
  ['topic', 'HDND-01', 'thí điểm mô hình chính quyền đô thị'],
  ['plan', 'TU-BNC', 'nâng cao chất lượng tiếp công dân, giải quyết khiếu nại, tố cáo'],
  ['topic', 'TU-KCQ', 'xây dựng tổ chức đảng trong các khu công nghiệp'],
  ['project', 'TU-VP', 'chuyển đổi số trong công tác xây dựng Đảng'],
  ['theme', 'TU-BTG', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  ['topic', 'TU-UBKT', 'kiểm soát quyền lực trong công tác cán bộ'],
  ['theme', 'TU-KCQ', 'nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng'],
  ['plan', 'TU-VP', 'bảo vệ chính trị nội bộ'],
  ['project', 'UBND-01-SNV', 'tinh giản biên chế gắn với cơ cấu lại đội ngũ công chức, viên chức'],
  ['theme', 'MTTQ-01', 'đổi mới công tác thi đua, khen thưởng'],
  ['topic', 'TU-BNC', 'nâng cao hiệu quả công tác nội chính và cải cách tư pháp'],
  ['plan', 'TU-UBKT', 'giám sát việc thực hiện Quy định 37-QĐ/TW về những điều đảng viên không được làm'],
];

/** Documents, the ten programmes, programme 01's items and their status history, the 2022-07-13 meeting, targets and index scores. */
export function buildProgrammes(tree: OrgTree, history: History, calibration: Calibration, random: Random): Programmes {
  const programmes: ProgrammeRow[] = [
    {
      code: '01-CTr/TU',
      title: PROGRAMME_01_TITLE,
      issuer: ISSUER,
      termStart: 2021,
      termEnd: 2025,
      steeringId: tree.byCode('TU-BCD01').id,
      issued: parseDay('2021-03-17'),
    },
    ...OTHER_PROGRAMMES.map((title, i) => ({
      code: `${String(i + 2).padStart(2, '0')}-CTr/TU`,
      title: `${title}, giai đoạn 2021-2025`,
      issuer: ISSUER,
      termStart: 2021,
      termEnd: 2025,
      steeringId: null,
      issued: parseDay('2021-03-17') + 7 * (i + 1),
    })),
  ];
  return {
    documents: DOCUMENTS,
    programmes,
    items: buildItems(tree, calibration, random),
    meeting: {
      day: AS_OF,
      bodyId: tree.byCode('TU-BCD01').id,
      title: 'Hội nghị sơ kết 6 tháng đầu năm 2022 thực hiện Chương trình số 01-CTr/TU',
      purpose: 'Sơ kết kết quả 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm 2022',
      participants: participants(tree, history.positions),
    },
    targets: calibration
      .all()
      .filter((f) => f.split === 'target')
      .map((f) => ({ metric: f.metric, period: f.period, value: calibration.get(f.metric, f.period, 'target') })),
    indexScores: indexScores(calibration),
  };
}

function buildItems(tree: OrgTree, calibration: Calibration, random: Random): ItemRow[] {
  const asOf = '2022-07-13';
  const total = calibration.get('programme_items', asOf);
  const counts = (['completed', 'draft_submitted', 'in_progress'] as const).map((s) =>
    calibration.get('programme_items', asOf, s),
  );
  const leads = calibration.get('programme_items', asOf, 'lead_agencies');
  const agencies = [...new Set(ITEMS.map(([, lead]) => lead))];
  if (total !== ITEMS.length || counts.reduce((s, n) => s + n, 0) !== total || leads !== agencies.length) {
    throw new DomainError(
      'CALIBRATION_INVALID',
      `programme_items: the generator knows ${ITEMS.length} items with ${agencies.length} lead agencies; the statuses must add up to the total`,
      ['calibration', 'programme_items'],
    );
  }
  const stage = random.shuffle(ITEMS.map((_, i) => i));
  const stageOf = new Map(
    stage.map((item, rank) => [
      item,
      rank < (counts[0] as number) ? 3 : rank < (counts[0] as number) + (counts[1] as number) ? 2 : 1,
    ]),
  );
  const between = (from: number, to: number) => workdayIn({ from, to }, (n) => random.int(n));
  return ITEMS.map(([kind, lead, subject], i) => {
    const assigned = between(dayOf(2021, 4, 20), dayOf(2021, 6, 30));
    const started = assigned + random.between(15, 45);
    let drafted: number;
    let completed: number;
    const reached = stageOf.get(i) as number;
    if (reached === 3) {
      completed = between(dayOf(2021, 11, 1), AS_OF - 1);
      drafted = completed - random.between(10, 45);
    } else if (reached === 2) {
      drafted = between(dayOf(2022, 3, 1), AS_OF - 1);
      completed = between(dayOf(2022, 8, 1), dayOf(2022, 12, 20));
    } else {
      drafted = between(dayOf(2022, 8, 15), dayOf(2023, 3, 31));
      completed = drafted + random.between(20, 90);
    }
    return {
      code: `01-CTr/TU.${String(i + 1).padStart(2, '0')}`,
      title: `${KIND_LABEL[kind]} ${subject}`,
      kind,
      leadId: tree.byCode(lead).id,
      assigned,
      statuses: [
        { status: 'assigned', day: assigned },
        { status: 'in_progress', day: Math.min(started, drafted - 1) },
        { status: 'draft_submitted', day: drafted },
        { status: 'completed', day: completed },
      ],
    };
  });
}

/** The four chairs as the article names them, then the commission heads and a few district secretaries in office that day. */
function participants(tree: OrgTree, positions: PositionRow[]): ParticipantRow[] {
  const chairs: ParticipantRow[] = MEETING_CHAIRS.map((c) => ({
    personId: NAMED_PEOPLE.findIndex((p) => p.name === c.name) + 1,
    role: 'chair',
    label: c.roleLabel,
  }));
  const holding = (orgId: number) =>
    positions.find(
      (p) => p.orgId === orgId && p.role === 'head' && p.started <= AS_OF && (p.ended === 0 || p.ended > AS_OF),
    );
  const attendees = [
    ...COMMISSION_HEADS.map((c) => holding(tree.byCode(c.org).id)),
    ...['TU-001', 'TU-002', 'TU-006', 'TU-268', 'TU-271'].map((code) => holding(tree.byCode(code).id)),
  ].flatMap((p) => (p ? [{ personId: p.personId, role: 'attendee' as const, label: p.title }] : []));
  return [...chairs, ...attendees];
}

function indexScores(calibration: Calibration): Programmes['indexScores'] {
  const keys = new Map<string, { index: string; year: number }>();
  for (const f of calibration.all()) {
    if (['PAPI', 'PAR_INDEX', 'SIPAS'].includes(f.metric))
      keys.set(`${f.metric}|${f.period}`, { index: f.metric, year: Number(f.period) });
  }
  return [...keys.values()].map(({ index, year }) => ({
    index,
    year,
    score: calibration.find(index, String(year), 'score') ?? null,
    rank: calibration.find(index, String(year), 'rank') ?? null,
    outOf: calibration.find(index, String(year), 'out_of') ?? null,
  }));
}
