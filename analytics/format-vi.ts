const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Numbers and days as Vietnamese documents print them: 5.030, 107,3% and 13/07/2022; null stays null. */
export const formatVi = {
  number: (n: number | null) => (n === null ? null : numberFormat.format(n)),
  percent: (p: number | null) => (p === null ? null : `${percentFormat.format(p)}%`),
  date: (iso: string) => iso.split('-').reverse().join('/'),
};
