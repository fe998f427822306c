import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../services/intake/sheet-reader.js';

describe('the streaming sheet reader', () => {
  it('reads Vietnamese letters whose bytes straddle the chunks of a large workbook whole (exceljs alone gives U+FFFD)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Kết nạp');
    for (let i = 0; i < 30_000; i++) sheet.addRow([`Nguyễn Thị Bình Đặng Ưởng ${i}`, `Huyện ủy Chương Mỹ ${i}`]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    let rows = 0;
    const broken: number[] = [];
    for await (const row of readSheet(content, 100_000)) {
      rows++;
      if (row.cells.some((c) => c.includes('\uFFFD'))) broken.push(row.rowNumber);
    }
    expect(rows).toBe(30_000);
    expect(broken).toEqual([]);
  });

  it('gives every cell as NFC, trimmed, with inner white space collapsed', async () => {
    const csv = Buffer.from(`a,b\n${'  Nguyễn   Văn A '.normalize('NFD')},x\n`);
    const rows = [];
    for await (const row of readSheet(csv, 10)) rows.push(row);
    expect(rows[1]).toEqual({ rowNumber: 2, cells: ['Nguyễn Văn A', 'x'] });
  });
});
