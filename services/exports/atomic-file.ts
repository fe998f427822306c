import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Size and digest of a finished file, as the manifest lists them. */
export interface FileDigest {
  bytes: number;
  sha256: string;
}

/** The temporary name a file is written under beside its final place; readers skip dot files. */
export const temporaryName = (finalPath: string) =>
  path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${process.pid}.tmp`);

/**
 * Makes `finalPath` appear only complete: `write` fills a temporary file beside it, which is flushed
 * to disk, hashed and renamed over the final name, and the directory entry is flushed too. On any
 * failure the temporary file is removed and nothing appears.
 */
export async function writeAtomically(
  finalPath: string,
  write: (tmpPath: string) => Promise<void>,
): Promise<FileDigest> {
  const tmp = temporaryName(finalPath);
  try {
    await write(tmp);
    await fsync(tmp, 'r+');
    const digest = await digestOf(tmp);
    await rename(tmp, finalPath);
    await fsync(path.dirname(finalPath), 'r');
    return digest;
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

async function fsync(file: string, flags: string): Promise<void> {
  const handle = await open(file, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function digestOf(file: string): Promise<FileDigest> {
  const hash = createHash('sha256');
  let bytes = 0;
  await pipeline(createReadStream(file), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      bytes += chunk.length;
      hash.update(chunk);
    }
  });
  return { bytes, sha256: hash.digest('hex') };
}
