import type { DashboardViewQuery } from '../gql/graphql';
import { numberFormat } from './number-format';

interface Card {
  title: string;
  value: string;
  note: string;
  id: string;
}

function card({ title, value, note, id }: Card): HTMLElement {
  const el = document.createElement('article');
  el.className = 'card';
  el.dataset.card = id;
  const h = document.createElement('h3');
  h.textContent = title;
  const v = document.createElement('p');
  v.className = 'value';
  v.textContent = value;
  const n = document.createElement('p');
  n.className = 'note';
  n.textContent = note;
  el.append(h, v, n);
  return el;
}

/** The headline: value, base value, change, percent of base, attainment of the plan and the share where there is one. */
export function renderHeadlineCards(container: HTMLElement, view: DashboardViewQuery, unit: string): void {
  const { compare, attainment, share } = view;
  const cards: Card[] = [
    { id: 'value', title: 'Kỳ này', value: compare.valueText, note: `${unit}, ${compare.period.label}` },
    { id: 'base', title: 'Kỳ so sánh', value: compare.baseValueText, note: `${unit}, ${compare.basePeriod.label}` },
    { id: 'delta', title: 'Tăng, giảm', value: numberFormat.signed(compare.delta), note: unit },
    {
      id: 'percent',
      title: 'So với kỳ so sánh',
      value: compare.percentOfBaseText ?? '—',
      note: compare.percentOfBaseText ? 'kỳ này bằng bao nhiêu phần trăm kỳ so sánh' : 'kỳ so sánh bằng 0',
    },
    attainment.target === null || attainment.target === undefined
      ? { id: 'attainment', title: 'Đạt kế hoạch', value: '—', note: 'chưa có chỉ tiêu kế hoạch cho kỳ này' }
      : {
          id: 'attainment',
          title: 'Đạt kế hoạch',
          value: attainment.percentText ?? '—',
          note: `chỉ tiêu ${attainment.targetText ?? ''} (${attainment.targetPeriod?.label ?? ''})`,
        },
  ];
  if (share) {
    cards.push({
      id: 'share',
      title: 'Tỷ lệ',
      value: share.percentText ?? '—',
      note: `${share.valueText}/${share.ofText} ${unit} được giao`,
    });
  }
  container.replaceChildren(...cards.map(card));
}
