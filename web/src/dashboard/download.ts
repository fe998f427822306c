import type { ExportFormat } from '../gql/graphql';
import { credential } from '../shared/credential';
import { GraphQLRequestError, request } from '../shared/graphql-client';
import { ExportRunQuery, RunExportMutation } from './operations';
import type { View } from './view-state';

type Format = Extract<ExportFormat, 'XLSX' | 'CSV'>;

const POLL_MS = 1000;
const GIVE_UP_MS = 120_000;

/** The current view as an export spec: the split the table shows and the monthly series, for the view's period. */
function specOf(view: View, title: string, groupBy: string | null): Record<string, unknown> {
  const scope = view.scope || undefined;
  return {
    title,
    tables: [
      {
        name: 'so-lieu',
        question: 'compare',
        metric: view.metric,
        baseline: view.baseline,
        scope,
        groupBy: groupBy ?? undefined,
      },
      { name: 'theo-thang', question: 'series', metric: view.metric, grain: 'MONTH', scope },
    ],
  };
}

/** Fetches the file with the caller's credential (a plain link could not send it) and hands it to the browser. */
async function save(file: { name: string; url: string }): Promise<void> {
  const response = await fetch(file.url, { headers: credential.headers() });
  if (!response.ok) throw new GraphQLRequestError(`HTTP ${response.status}`, 'NETWORK');
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Downloads the current view through the exports API: runs an export of it, waits for the run, then
 * saves its file. `status` reports progress in Vietnamese.
 */
export async function downloadView(
  view: View,
  format: Format,
  context: { title: string; groupBy: string | null; status: (text: string) => void },
): Promise<void> {
  context.status(`Đang tạo tệp ${format}…`);
  const input = { spec: specOf(view, context.title, context.groupBy), period: view.period, formats: [format] };
  const { runExport } = await request(RunExportMutation, { input });
  const started = Date.now();
  for (;;) {
    const { exportRun } = await request(ExportRunQuery, { id: runExport.id });
    if (!exportRun) throw new GraphQLRequestError('the export run disappeared', 'NOT_FOUND');
    if (exportRun.status === 'FAILED') {
      throw new GraphQLRequestError(exportRun.error ?? 'export failed', exportRun.errorCode ?? 'EXPORT_FAILED');
    }
    const file = exportRun.files.find((f) => f.format === format);
    if (exportRun.status === 'SUCCEEDED' && file) {
      await save(file);
      context.status(`Đã tải ${file.name}`);
      return;
    }
    if (Date.now() - started > GIVE_UP_MS) throw new GraphQLRequestError('the export took too long', 'EXPORT_TIMEOUT');
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
