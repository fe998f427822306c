import { request } from '../shared/graphql-client';
import { ProgrammeStatusQuery } from './operations';

/** Items of a programme per status on a chosen day, each with a bar of its share of the items. */
export async function renderProgrammeStatus(list: HTMLUListElement, code: string, asOf: string): Promise<void> {
  const data = await request(ProgrammeStatusQuery, { code, asOf });
  const counts = data.programme?.statusCounts ?? [];
  const total = counts.reduce((s, c) => s + c.count, 0);
  list.replaceChildren(
    ...counts.map((c) => {
      const li = document.createElement('li');
      li.dataset.status = c.status;
      const label = document.createElement('span');
      label.textContent = c.label;
      const bar = document.createElement('span');
      bar.className = 'bar';
      bar.style.setProperty('--share', total ? String(c.count / total) : '0');
      const count = document.createElement('strong');
      count.textContent = String(c.count);
      li.append(label, bar, count);
      return li;
    }),
  );
}
