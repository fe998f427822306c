import type { ExportFormat } from './export-formats.js';

/** One file of a finished run, as the manifest and export_run.files list it. */
export interface ExportFileRecord {
  name: string;
  format: ExportFormat;
  /** Data rows (all sheets of an XLSX; not the title and header rows). */
  rows: number;
  bytes: number;
  sha256: string;
}
