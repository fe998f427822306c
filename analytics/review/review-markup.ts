import type { ReviewDocument } from './review-document.js';
import { count, percent } from './vi-numbers.js';

/** The split as table cells, numbers written the Vietnamese way. */
export function splitCells(doc: ReviewDocument): { header: string[]; rows: string[][] } {
  const s = doc.split;
  return {
    header: [s.unitHeader, s.valueHeader, s.baseHeader, 'So sánh (%)'],
    rows: s.rows.map((r) => [r.label, count(r.value), count(r.baseValue), percent(r.percentOfBase)]),
  };
}

/** The whole review as plain text: title, sections, the split as aligned lines, the source. */
export function reviewText(doc: ReviewDocument): string {
  const { header, rows } = splitCells(doc);
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0), header[0]?.length ?? 0);
  const line = (cells: string[]) => [cells[0]?.padEnd(width), ...cells.slice(1).map((c) => c.padStart(12))].join('  ');
  return [
    doc.title,
    ...doc.subtitle,
    '',
    ...doc.sections.flatMap((s) => [s.heading, ...s.paragraphs, '']),
    doc.split.caption,
    line(header),
    ...rows.map(line),
    '',
    doc.footer,
    '',
  ].join('\n');
}

const escapeCell = (s: string) => s.replaceAll('|', '\\|');

/** The review as Markdown, the split as a table. */
export function reviewMarkdown(doc: ReviewDocument): string {
  const { header, rows } = splitCells(doc);
  return [
    `# ${doc.title}`,
    '',
    ...doc.subtitle.map((s) => `*${s}*  `),
    '',
    ...doc.sections.flatMap((s) => [`## ${s.heading}`, '', ...s.paragraphs.flatMap((p) => [p, ''])]),
    `### ${doc.split.caption}`,
    '',
    `| ${header.map(escapeCell).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
    '',
    `_${doc.footer}_`,
    '',
  ].join('\n');
}
