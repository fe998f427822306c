export const EXPORT_FORMATS = ['xlsx', 'csv', 'parquet', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
