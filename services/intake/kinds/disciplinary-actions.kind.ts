import type { DisciplineForm } from '../../oversight/disciplinary-action.entity.js';
import { DISCIPLINE_FORM_LABELS } from '../../oversight/oversight.labels.js';
import { oversightRules } from '../../oversight/oversight-rules.js';
import { oversightKind } from './oversight-kind.js';

/** Kỷ luật, one row each, as recordDisciplinaryAction of an organisation or of a member (the form fitting it). */
export const disciplinaryActionsKind = oversightKind({
  name: 'disciplinary-actions',
  label: 'Kỷ luật',
  table: 'disciplinary_action',
  subjectHeader: 'Tổ chức đảng bị kỷ luật (mã hoặc đường dẫn)',
  memberHeader: 'Đảng viên bị kỷ luật (mã hồ sơ)',
  value: {
    key: 'form',
    column: 'form',
    header: 'Hình thức kỷ luật',
    labels: DISCIPLINE_FORM_LABELS,
    example: DISCIPLINE_FORM_LABELS.reprimand,
  },
  day: { key: 'decidedOn', column: 'decided_on', header: 'Ngày quyết định' },
  rule: (form, ofMember) => oversightRules.disciplineForm(form as DisciplineForm, ofMember, ['form']),
});
