import path from 'node:path';

/** The folder of a run under EXPORT_DIR. */
export const runFolder = (exportDir: string, runId: number) => path.join(exportDir, `run-${runId}`);
