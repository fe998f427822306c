import ExcelJS from 'exceljs';
import type { TestGateway } from '../../support/gateway.js';

export const ADMISSION_HEADERS = [
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Trình độ học vấn',
  'Chi bộ (mã hoặc đường dẫn)',
  'Ngày kết nạp',
];

/** A person's own columns, the first five of an admission's. */
export const PEOPLE_HEADERS = ADMISSION_HEADERS.slice(0, 5);

export const ORGANISATION_HEADERS = [
  'Mã tổ chức',
  'Tên tổ chức',
  'Loại tổ chức',
  'Khối',
  'Tổ chức cấp trên (mã hoặc đường dẫn)',
  'Khu vực',
  'Ngày thành lập',
];

/** The headers of the membership-step kinds and of discipline with a member subject, as their templates write them. */
export const TRANSFER_HEADERS = [
  'Mã hồ sơ',
  'Hình thức chuyển',
  'Chi bộ chuyển đến (mã hoặc đường dẫn)',
  'Ngày chuyển',
  'Họ và tên',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Trình độ học vấn',
  'Ngày kết nạp',
  'Ngày công nhận chính thức',
];
export const EXIT_HEADERS = [
  'Mã hồ sơ',
  'Lý do',
  'Ngày ra khỏi Đảng',
  'Cấp ủy quyết định khai trừ (mã hoặc đường dẫn)',
];
export const FULL_HEADERS = ['Mã hồ sơ', 'Ngày công nhận chính thức'];
export const DISCIPLINE_HEADERS = [
  'Tổ chức đảng bị kỷ luật (mã hoặc đường dẫn)',
  'Đảng viên bị kỷ luật (mã hồ sơ)',
  'Cấp ủy thực hiện (mã hoặc đường dẫn)',
  'Hình thức kỷ luật',
  'Ngày quyết định',
];

/** A CSV text (RFC 4180 quoting) of these rows. */
export function csvFile(rows: readonly (readonly (string | number)[])[]): Buffer {
  const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return Buffer.from(`${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
}

/** An XLSX workbook of these rows; `decorate` may add formulas, merges and the like. */
export async function xlsxFile(
  rows: readonly (readonly (string | number | Date)[])[],
  decorate?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kết nạp');
  for (const row of rows) sheet.addRow([...row]);
  decorate?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads a file as a client would; the answer's JSON and status. */
export async function upload(gw: TestGateway, content: Buffer, authorization?: string, kind = 'admissions') {
  const res = await gw.inject({
    method: 'POST',
    url: `/intake/uploads?kind=${kind}&name=test.csv`,
    headers: { 'content-type': 'application/octet-stream', ...(authorization ? { authorization } : {}) },
    payload: content,
  });
  return { status: res.statusCode, body: res.json() };
}

export const IMPORT = `mutation ($input: ImportRecordsInput!) {
  importRecords(input: $input) { rowCount writtenCount unchangedCount problemCount batchId
    problems { row column code reason } } }`;
