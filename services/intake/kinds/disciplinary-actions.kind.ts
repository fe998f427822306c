import type { DisciplineForm } from '../../oversight/disciplinary-action.entity.js';
import { DISCIPLINE_FORM_LABELS } from '../../oversight/oversight.labels.js';
import { oversightRules } from '../../oversight/oversight-rules.js';
import { oversightKind } from './oversight-kind.js';

/** Kỷ luật tổ chức đảng, one row each, as recordDisciplinaryAction with `subjectOrganisationId`. */
export const disciplinaryActionsKind = oversightKind({
  name: 'disciplinary-actions',
  label: 'Kỷ luật tổ chức đảng',
  table: 'disciplinary_action',
  subjectHeader: 'Tổ chức đảng bị kỷ luật (mã hoặc đường dẫn)',
  value: {
    key: 'form',
    column: 'form',
    header: 'Hình thức kỷ luật',
    labels: DISCIPLINE_FORM_LABELS,
    example: DISCIPLINE_FORM_LABELS.reprimand,
  },
  day: { key: 'decidedOn', column: 'decided_on', header: 'Ngày quyết định' },
  rule: (_w, form) => oversightRules.disciplineForm(form as DisciplineForm, false, ['form']),
});
