/**
 * Text as spreadsheets send it (NFC from one office, NFD from another), folded for comparing
 * names, headers and labels: composed, trimmed, inner spaces collapsed; `loose` also drops case
 * and diacritics (đ/Đ to d) so "thanh uy ha noi" finds "Thành ủy Hà Nội".
 */
export const foldText = {
  /** The stored form of a cell: NFC, trimmed, inner runs of white space as one space. */
  cell(text: string): string {
    return text.normalize('NFC').replace(/\s+/g, ' ').trim();
  },

  /** The form two names are compared in. */
  loose(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
  },
};
