import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DashboardViewQuery } from '../gql/graphql';
import { numberFormat } from './number-format';

// Only the parts of ECharts the dashboard draws, so the chunk stays small.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type Compare = DashboardViewQuery['compare'];
type SeriesPoints = DashboardViewQuery['series'];

const MAX_BARS = 31;
// ECharts measures text on a canvas, where 'inherit' means nothing: name the page's fonts.
const FONT = 'system-ui, "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
const COLOURS = ['#b71c1c', '#9e9e9e'];

function chartOn(el: HTMLElement): echarts.ECharts {
  return echarts.getInstanceByDom(el) ?? echarts.init(el, undefined, { renderer: 'svg', locale: 'EN' });
}

const common = {
  aria: { enabled: true },
  animation: false,
  color: COLOURS,
  textStyle: { fontFamily: FONT },
  tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => numberFormat.integer(Number(v)) },
  legend: { top: 0 },
};

/**
 * This period against the base per ranked row, largest first (horizontal bars: district names are
 * long). Unranked rows (what lies outside the districts, the scope itself) stay in the table only:
 * on the same axis they would flatten the rest.
 */
export function renderBars(el: HTMLElement, compare: Compare): void {
  const rows = compare.rows
    .filter((r) => r.rank !== null && r.rank !== undefined)
    .slice(0, MAX_BARS)
    .reverse();
  el.style.height = `${Math.max(240, 60 + rows.length * 22)}px`;
  const chart = chartOn(el);
  chart.setOption(
    {
      ...common,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => numberFormat.integer(v) } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { width: 170, overflow: 'truncate' } },
      series: [
        { name: compare.period.label, type: 'bar', data: rows.map((r) => r.value) },
        { name: compare.basePeriod.label, type: 'bar', data: rows.map((r) => r.baseValue) },
      ],
    },
    true,
  );
  chart.resize();
}

/** Month by month, the period's year against the year before, on one axis of twelve months. */
export function renderSeries(el: HTMLElement, points: SeriesPoints, year: number): void {
  const byYear = (y: number) =>
    Array.from({ length: 12 }, (_, m) => {
      const key = `${y}-${String(m + 1).padStart(2, '0')}`;
      return points.find((p) => p.period.from.startsWith(key))?.value ?? null;
    });
  const chart = chartOn(el);
  chart.setOption(
    {
      ...common,
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: Array.from({ length: 12 }, (_, m) => `T${m + 1}`) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => numberFormat.integer(v) } },
      series: [
        { name: `Năm ${year}`, type: 'line', data: byYear(year) },
        { name: `Năm ${year - 1}`, type: 'line', data: byYear(year - 1), lineStyle: { type: 'dashed' } },
      ],
    },
    true,
  );
  chart.resize();
}

/** Charts follow the width of their panel (a laptop, a tablet turned). */
export function resizeCharts(...els: HTMLElement[]): void {
  for (const el of els) echarts.getInstanceByDom(el)?.resize();
}
