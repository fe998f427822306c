import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { admissionsChart } from './review-chart.js';
import type { ReviewDocument } from './review-document.js';
import { splitCells } from './review-markup.js';

/** Width of the chart on an A4 page with 2 cm margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 620;

const cell = (text: string, bold = false, right = false) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold, size: 22 })],
      }),
    ],
  });

/** The review as a Word document: title, sections, the admissions chart and its table. */
export async function reviewDocx(doc: ReviewDocument): Promise<Buffer> {
  const chart = admissionsChart(doc);
  const { header, rows } = splitCells(doc);
  const document = new Document({
    creator: 'civicgraph',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: doc.title, bold: true, size: 30 })],
          }),
          ...doc.subtitle.map(
            (s) =>
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: s, italics: true })] }),
          ),
          ...doc.sections.flatMap((s) => [
            new Paragraph({
              heading: HeadingLevel.HEADING_2,
              spacing: { before: 240, after: 120 },
              children: [new TextRun({ text: s.heading, bold: true, size: 26 })],
            }),
            ...s.paragraphs.map(
              (p) =>
                new Paragraph({
                  alignment: AlignmentType.JUSTIFIED,
                  indent: { firstLine: 567 },
                  spacing: { after: 120 },
                  children: [new TextRun(p)],
                }),
            ),
          ]),
          new Paragraph({
            spacing: { before: 240, after: 120 },
            children: [new TextRun({ text: doc.split.caption, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: chart.png,
                transformation: {
                  width: PAGE_WIDTH_PX,
                  height: Math.round((chart.height / chart.width) * PAGE_WIDTH_PX),
                },
                altText: { name: 'chart', title: doc.split.caption, description: doc.split.caption },
              }),
            ],
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, true, i > 0)) }),
              ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i > 0)) })),
            ],
          }),
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun({ text: doc.footer, italics: true, size: 22 })],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
