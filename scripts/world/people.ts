import { EDUCATION_LEVELS, type Sex } from '../../services/hierarchy/person.entity.js';
import { personCode } from '../../services/hierarchy/person-code.js';
import { dayOf, WORLD_START } from './dates.js';
import type { MemberStore } from './member-store.js';
import { NAMED_PEOPLE } from './named-people.js';
import { Random } from './random.js';
import { VietnameseNames } from './vietnamese-names.js';
import { WeightedPicker } from './weighted-picker.js';

const ETHNICITIES = ['Kinh', 'Mường', 'Tày', 'Dao', 'Thái', 'Nùng', 'Hoa', 'Sán Dìu'];
const ETHNICITY_PICKER = new WeightedPicker([975, 12, 4, 3, 2, 2, 1, 1]);
// Education of members by when they joined: recent cohorts are mostly graduates.
const EDUCATION_BY_COHORT = [
  { before: dayOf(1995, 1, 1), picker: new WeightedPicker([20, 40, 15, 22, 3]) },
  { before: WORLD_START, picker: new WeightedPicker([5, 25, 18, 45, 7]) },
  { before: Number.POSITIVE_INFINITY, picker: new WeightedPicker([2, 15, 15, 58, 10]) },
];

/**
 * One person per member (person id = member id) as COPY lines of (id, code, full_name, sex,
 * birth_year, ethnicity, education), the register code numbered by id as the migration numbers
 * people already on record: the named leaders first, then generated people whose sex, ethnicity and
 * education fit when they joined. Generated lazily, in id order; names never need escaping.
 */
export function* personLines(members: MemberStore, seed: number): Generator<string> {
  const random = Random.stream(seed, 'people');
  const names = new VietnameseNames(new Set(NAMED_PEOPLE.map((p) => p.name)));
  for (let m = 0; m < members.count; m++) {
    const named = NAMED_PEOPLE[m];
    if (named) {
      yield `${m + 1}\t${personCode.generated(m + 1)}\t${named.name}\t${named.sex}\t${named.birthYear}\tKinh\tpostgraduate\n`;
      continue;
    }
    const admitted = members.admitted[m] as number;
    const sex: Sex = random.chance(admitted >= WORLD_START ? 0.45 : 0.33) ? 'female' : 'male';
    const cohort = EDUCATION_BY_COHORT.find((c) => admitted < c.before) ?? EDUCATION_BY_COHORT[2];
    const ethnicity = ETHNICITIES[ETHNICITY_PICKER.pick(random)] as string;
    const education = EDUCATION_LEVELS[(cohort as (typeof EDUCATION_BY_COHORT)[number]).picker.pick(random)] as string;
    yield `${m + 1}\t${personCode.generated(m + 1)}\t${names.person(sex, random)}\t${sex}\t${members.birthYear[m]}\t${ethnicity}\t${education}\n`;
  }
}
