import type { ErrorCode } from '../error-codes.js';
import { DomainError } from '../errors.js';

/** How a failed run is recorded: a stable code, a message for people, the spec field at fault, and whether to retry. */
export interface ExportFailure {
  code: ErrorCode;
  message: string;
  field: (string | number)[] | null;
  retry: boolean;
}

const IO: Record<string, { code: ErrorCode; what: string }> = {
  ENOSPC: { code: 'DISK_FULL', what: 'the disk is full' },
  EDQUOT: { code: 'DISK_FULL', what: 'the disk quota is exhausted' },
  EFBIG: { code: 'DISK_FULL', what: 'a file grew past the size allowed' },
  EACCES: { code: 'EXPORT_DIR_NOT_WRITABLE', what: 'permission denied' },
  EPERM: { code: 'EXPORT_DIR_NOT_WRITABLE', what: 'operation not permitted' },
  EROFS: { code: 'EXPORT_DIR_NOT_WRITABLE', what: 'the file system is read-only' },
  ENOTDIR: { code: 'EXPORT_DIR_NOT_WRITABLE', what: 'a part of the path is not a directory' },
};

/**
 * A refusal (bad or outdated spec, a sheet too large) or a storage problem needs a person and is
 * not retried; anything else (database or replica unavailable) is, with backoff. Internal messages
 * (SQL, stacks) are never recorded for clients: the log has them.
 */
export function describeFailure(error: unknown): ExportFailure {
  if (error instanceof DomainError) {
    const retry = error.code === 'ANALYTICS_NOT_READY';
    return { code: error.code, message: error.message, field: error.field ? [...error.field] : null, retry };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code ?? duckdbErrno(error);
  const io = errno ? IO[errno] : undefined;
  if (io) {
    const where = (error as NodeJS.ErrnoException).path;
    return {
      code: io.code,
      message: `Cannot write the export${where ? ` at ${where}` : ''}: ${io.what} (${errno})`,
      field: null,
      retry: false,
    };
  }
  return {
    code: 'EXPORT_FAILED',
    message: 'The export failed on an internal error; it is retried',
    field: null,
    retry: true,
  };
}

/** DuckDB reports its own file errors (writing Parquet) in words, without an errno. */
function duckdbErrno(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  if (!message.startsWith('IO Error')) return undefined;
  if (/No space left on device/i.test(message)) return 'ENOSPC';
  if (/Permission denied/i.test(message)) return 'EACCES';
  if (/Read-only file system/i.test(message)) return 'EROFS';
  return undefined;
}
