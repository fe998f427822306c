import ExcelJS from 'exceljs';
import type { IntakeKind } from './intake-kind.js';

/** Rows of the data sheet that carry the validation lists. */
const VALIDATED_ROWS = 20_000;
const LISTS_SHEET = 'Danh mục';

/**
 * The XLSX template of a kind: its Vietnamese headers, an example row to overwrite, and a
 * drop-down list (from a hidden sheet, so labels may hold commas) on every enum column.
 */
export async function intakeTemplate(kind: IntakeKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'civicgraph';
  const sheet = workbook.addWorksheet(kind.label, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  sheet.columns = kind.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(kind.columns.map((c) => c.example));
  let listColumn = 0;
  kind.columns.forEach((column, i) => {
    // Text cells, so Excel keeps dd/mm/yyyy and codes as typed.
    sheet.getColumn(i + 1).numFmt = '@';
    if (!column.choices) return;
    listColumn++;
    const labels = Object.values(column.choices);
    labels.forEach((label, row) => {
      lists.getCell(row + 1, listColumn).value = label;
    });
    const letter = lists.getColumn(listColumn).letter;
    const target = sheet.getColumn(i + 1).letter;
    validations(sheet).add(`${target}2:${target}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`'${LISTS_SHEET}'!$${letter}$1:$${letter}$${labels.length}`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Chọn một giá trị trong danh sách: ${labels.join('; ')}`,
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs keeps range validations (one rule for a whole column) but its typings only show them per cell. */
function validations(sheet: ExcelJS.Worksheet): { add(range: string, rule: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
}
