import ExcelJS from 'exceljs';
import type { ReadContext } from '../../duckdb-store.js';
import type { ColumnType, ExportRow, ExportTable } from '../export-table.js';
import { tableRows } from './table-rows.js';

/** Excel's own limit; a sheet holds the title and header rows besides the data. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_EXTRA_ROWS = 2;

// Format codes are locale-free: Excel in Vietnamese shows 5.030 and 107,3 from them.
const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  date: 'dd/mm/yyyy',
  integer: '#,##0',
  number: '#,##0.0##',
  text: undefined,
};
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

const cellValue = (type: ColumnType, v: ExportRow[string]) =>
  type === 'date' && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;

/**
 * One sheet per table through exceljs's streaming writer (rows are committed as they come, so an
 * extract never sits in memory): a title row, a frozen Vietnamese header, number formats, widths
 * fitted to the header and the first batch of rows. Returns the data rows written.
 */
export async function writeXlsx(file: string, tables: readonly ExportTable[], replica: ReadContext): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'civicgraph';
  let total = 0;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: XLSX_EXTRA_ROWS }] });
    const batches = tableRows(table, replica);
    const first = await batches.next();
    const sample = first.done ? [] : first.value;
    sheet.columns = table.columns.map((c) => ({
      key: c.id,
      width: widthOf(
        c.header,
        c.type,
        sample.map((r) => r[c.id]),
      ),
      style: { numFmt: NUMBER_FORMATS[c.type] },
    }));
    const title = sheet.addRow([table.title]);
    title.font = { bold: true, size: 13 };
    sheet.mergeCells(1, 1, 1, table.columns.length);
    title.commit();
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.commit();
    const add = (batch: ExportRow[]) => {
      for (const row of batch) sheet.addRow(table.columns.map((c) => cellValue(c.type, row[c.id]))).commit();
      total += batch.length;
    };
    add(sample);
    for await (const batch of batches) add(batch);
    sheet.commit();
  }
  await workbook.commit();
  return total;
}

function widthOf(header: string, type: ColumnType, values: readonly unknown[]): number {
  const longest = values.reduce<number>(
    (m, v) => {
      const n = type === 'date' ? 10 : v === null || v === undefined ? 0 : String(v).length + (type === 'text' ? 0 : 2);
      return Math.max(m, n);
    },
    Math.min(header.length, 24),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
