import type { DashboardViewQuery } from '../gql/graphql';
import { type View, viewSearch } from './view-state';

type Compare = DashboardViewQuery['compare'];

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/**
 * The ranked rows of the split, each organisation a link that narrows the scope to it, and a
 * total row: the rows add up to it (the API guarantees it; the browser test checks it).
 */
export function renderRowsTable(table: HTMLTableElement, compare: Compare, view: View): void {
  const body = table.tBodies[0] as HTMLTableSectionElement;
  const rows = compare.rows.map((r) => {
    const tr = document.createElement('tr');
    tr.dataset.value = String(r.value);
    const name = document.createElement('td');
    if (r.organisation) {
      const a = document.createElement('a');
      a.href = viewSearch({ ...view, scope: r.organisation.code });
      a.textContent = r.label;
      name.append(a);
    } else name.textContent = r.label;
    tr.append(
      cell(r.rank === null || r.rank === undefined ? '' : String(r.rank), 'num'),
      name,
      cell(r.valueText, 'num'),
      cell(r.baseValueText, 'num'),
      cell(r.percentOfBaseText ?? '—', 'num'),
    );
    return tr;
  });
  if (!rows.length) {
    const tr = document.createElement('tr');
    const td = cell('Chỉ tiêu này không chia theo đơn vị.');
    td.colSpan = 5;
    tr.append(td);
    rows.push(tr);
  }
  body.replaceChildren(...rows);
  const total = document.createElement('tr');
  total.dataset.value = String(compare.value);
  const label = document.createElement('th');
  label.scope = 'row';
  label.colSpan = 2;
  label.textContent = 'Tổng cộng';
  total.append(
    label,
    cell(compare.valueText, 'num'),
    cell(compare.baseValueText, 'num'),
    cell(compare.percentOfBaseText ?? '—', 'num'),
  );
  (table.tFoot as HTMLTableSectionElement).replaceChildren(total);
}
