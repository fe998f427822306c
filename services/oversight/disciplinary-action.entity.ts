import { Check, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Voidable } from '../corrections/voidable.entity.js';
import { OversightRecord } from './oversight-record.entity.js';

/** khiển trách, cảnh cáo, cách chức, khai trừ (members); khiển trách, cảnh cáo, giải tán (organisations). */
export const DISCIPLINE_FORMS = ['reprimand', 'warning', 'dismissal', 'expulsion', 'dissolution'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const MEMBER_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['reprimand', 'warning', 'dismissal', 'expulsion'];
export const ORGANISATION_DISCIPLINE_FORMS: readonly DisciplineForm[] = ['reprimand', 'warning', 'dissolution'];

/** Kỷ luật: a form decided against one subject; the database checks that the form fits the subject. */
@Entity({ tableName: 'disciplinary_action' })
@Voidable('disciplinary_action')
@Check({
  name: 'disciplinary_action_one_subject_check',
  expression: 'num_nonnulls(subject_organisation_id, subject_member_id) = 1',
})
@Check({
  name: 'disciplinary_action_placed_in_subject_check',
  expression: 'subject_organisation_id is null or placed_in_id = subject_organisation_id',
})
@Check({
  name: 'disciplinary_action_form_fits_subject_check',
  expression:
    "((subject_member_id IS NOT NULL) AND (form = ANY (ARRAY['reprimand'::text, 'warning'::text, 'dismissal'::text, 'expulsion'::text]))) OR ((subject_organisation_id IS NOT NULL) AND (form = ANY (ARRAY['reprimand'::text, 'warning'::text, 'dissolution'::text])))",
})
// A subtree's live records in list order, organisation by organisation (services/store/query/keyset.ts).
@Index({
  name: 'disciplinary_action_placed_page_idx',
  expression:
    'create index disciplinary_action_placed_page_idx on disciplinary_action (placed_in_id, decided_on, id) where voided_at is null',
})
export class DisciplinaryAction extends OversightRecord {
  @Enum({ items: () => DISCIPLINE_FORMS })
  form!: DisciplineForm;

  @Index()
  @Property({ type: 'date' })
  decidedOn!: string;
}
