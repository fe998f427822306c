import { Check, Entity, Enum, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../store/base.entity.js';

export const SEXES = ['male', 'female'] as const;
export type Sex = (typeof SEXES)[number];
export const EDUCATION_LEVELS = [
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'university',
  'postgraduate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** A person; searchable by name ignoring case and diacritics through an index on unaccented text. */
@Entity({ tableName: 'person' })
@Check({ name: 'person_birth_year_check', expression: '(birth_year >= 1900) AND (birth_year <= 2030)' })
@Check({ name: 'person_name_check', expression: 'length(btrim(full_name)) > 0' })
@Check({ name: 'person_code_check', expression: "code ~ '^[A-Z0-9][A-Z0-9./-]{0,29}$'" })
@Index({
  name: 'person_name_search_idx',
  expression: 'create index person_name_search_idx on person using gin (search_key(full_name) gin_trgm_ops)',
})
export class Person extends BaseEntity {
  /** The register code (services/hierarchy/person-code.ts); the next free "HN-…" one when none is given. */
  @Unique()
  @Property({ type: 'text', defaultRaw: 'next_person_code()' })
  code!: string & Opt;

  @Property({ type: 'text' })
  fullName!: string;

  @Enum({ items: () => SEXES })
  sex!: Sex;

  @Property({ type: 'smallint' })
  birthYear!: number;

  @Property({ type: 'text', default: 'Kinh' })
  ethnicity: string = 'Kinh';

  @Enum({ items: () => EDUCATION_LEVELS })
  education!: EducationLevel;
}
