import { EXPORT_FORMATS } from '../../services/exports/export-formats.js';
import { RUN_STATUSES } from '../../services/exports/export-run.entity.js';
import { defineEnum } from '../scalars/graphql-enum.js';

export const ExportFormat = defineEnum('ExportFormat', EXPORT_FORMATS, 'File formats an export writes.', {
  xlsx: 'Excel: one sheet per table, Vietnamese headers',
  csv: 'CSV (RFC 4180, UTF-8), one file per table',
  parquet: 'Parquet (typed columns), one file per table',
  json: 'JSON, one file per table',
});

export const ExportRunStatus = defineEnum('ExportRunStatus', RUN_STATUSES, 'Where an export run is.', {
  queued: 'Đang chờ (waiting for a worker, or for a retry)',
  running: 'Đang chạy',
  succeeded: 'Hoàn thành',
  failed: 'Thất bại',
});
