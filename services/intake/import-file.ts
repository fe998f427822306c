import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditTrail } from '../access/audit-trail.js';
import type { Caller } from '../access/caller.js';
import { DomainError } from '../errors.js';
import { type ImportOptions, type ImportReport, ImportService } from './import.service.js';
import { IntakeUploadService } from './intake-upload.service.js';

export interface ImportFileOptions extends Pick<ImportOptions, 'kind' | 'dryRun' | 'maxRows' | 'onProgress'> {
  file: string;
  maxBytes: number;
}

/** A file on disk through the same two steps as over HTTP: upload it (kept, digested), then import it. */
export async function importFile(em: EntityManager, caller: Caller, options: ImportFileOptions): Promise<ImportReport> {
  const { size } = await stat(options.file);
  if (size > options.maxBytes) {
    throw new DomainError('UPLOAD_TOO_LARGE', `${options.file} is over ${options.maxBytes} bytes; split it.`);
  }
  const origin = { address: 'cli', requestId: null };
  const fileName = path.basename(options.file);
  const uploadAudit = new AuditTrail(caller, origin, 'mutation', 'uploadIntakeFile', {
    kind: options.kind,
    fileName,
    bytes: size,
  });
  // Only its id is kept: the import reads the content back from the database, a slice at a time.
  const { id: uploadId } = await new IntakeUploadService({ em: em.fork(), caller, audit: uploadAudit }).upload({
    kind: options.kind,
    fileName,
    content: await readFile(options.file),
    maxBytes: options.maxBytes,
  });
  const input = { kind: options.kind, uploadId, dryRun: options.dryRun };
  const audit = new AuditTrail(caller, origin, 'mutation', 'importRecords', input);
  const importEm = em.fork();
  try {
    const report = await new ImportService({ em: importEm, caller, audit }).importRecords({ ...options, ...input });
    await audit.record(importEm, 'ok', `IntakeUpload:${uploadId}`);
    return report;
  } catch (e) {
    await audit.record(importEm, e);
    throw e;
  }
}
