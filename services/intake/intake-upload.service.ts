import { createHash } from 'node:crypto';
import { DomainError } from '../errors.js';
import { Organisation } from '../hierarchy/organisation.entity.js';
import { WriteService } from '../write/write-service.js';
import { intakeKind } from './intake-kinds.js';
import { IntakeUpload } from './intake-upload.entity.js';

export interface UploadInput {
  kind: string;
  fileName: string;
  content: Buffer;
  maxBytes: number;
}

/** Keeps a file for a later import (or dry run): its bytes, digest, kind, who sent it and their scope. */
export class IntakeUploadService extends WriteService {
  async upload(input: UploadInput): Promise<IntakeUpload> {
    intakeKind(input.kind);
    if (input.content.length > input.maxBytes) {
      throw new DomainError('UPLOAD_TOO_LARGE', `The file is over ${input.maxBytes} bytes; split it.`);
    }
    return this.write(async (w) => {
      const scope = w.caller.scope.organisationId;
      return w.create(IntakeUpload, {
        kind: input.kind,
        fileName: input.fileName.slice(0, 200) || 'upload',
        sha256: createHash('sha256').update(input.content).digest('hex'),
        bytes: input.content.length,
        content: input.content,
        ownerScope: scope === null ? null : w.em.getReference(Organisation, scope),
      });
    });
  }
}
