import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { formatVi } from '../format-vi.js';
import type { ReviewDocument } from './review-document.js';

const WIDTH = 900;
const ROW_HEIGHT = 26;

/**
 * Admissions by unit (districts, or the scope's children) against the same period as a horizontal bar chart: ECharts renders SVG on the
 * server (no browser), resvg rasterises it to PNG with the system fonts (Vietnamese diacritics).
 */
export function admissionsChart(doc: ReviewDocument): { png: Buffer; width: number; height: number } {
  const rows = doc.split.rows.filter((r) => r.ranked).reverse();
  const height = 120 + rows.length * ROW_HEIGHT;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: 'DejaVu Sans, Liberation Sans, sans-serif' },
      legend: { top: 8, data: [doc.split.valueHeader, doc.split.baseHeader] },
      grid: { left: 230, right: 50, top: 48, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { fontSize: 11, formatter: (v: number) => formatVi.number(v) } },
      yAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { fontSize: 11 } },
      series: [
        {
          name: doc.split.baseHeader,
          type: 'bar',
          data: rows.map((r) => r.baseValue),
          itemStyle: { color: '#b0b7c3' },
        },
        {
          name: doc.split.valueHeader,
          type: 'bar',
          data: rows.map((r) => r.value),
          itemStyle: { color: '#c0392b' },
          label: { show: true, position: 'right', fontSize: 10 },
        },
      ],
    });
    const svg = chart.renderToSVGString();
    const png = new Resvg(svg, {
      fitTo: { mode: 'width', value: WIDTH * 2 },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng();
    return { png, width: WIDTH, height };
  } finally {
    chart.dispose();
  }
}
