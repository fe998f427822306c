import type { DashboardMetricsQuery } from '../gql/graphql';
import { credential } from '../shared/credential';
import { errorText } from '../shared/error-text';
import { GraphQLRequestError, request } from '../shared/graphql-client';
import { downloadView } from './download';
import { renderHeadlineCards } from './headline-cards';
import { unitLabel } from './number-format';
import { MetricsQuery, ScopeByCodeQuery, ViewQuery } from './operations';
import { PeriodPicker } from './period-picker';
import { renderProgrammeStatus } from './programme-status';
import { renderRowsTable } from './rows-table';
import { ScopeSearch } from './scope-search';
import { todayInHanoi } from './today';
import { BASELINES, readView, type View, viewSearch } from './view-state';

// The dashboard's entry: reads the view from the address, asks the API, draws; every change goes back into the address.

credential.adoptFromFragment();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLParagraphElement>('status');
const metricSelect = $<HTMLSelectElement>('metric');
const baselineSelect = $<HTMLSelectElement>('baseline');
const programmeSelect = $<HTMLSelectElement>('programme');
const asOfInput = $<HTMLInputElement>('programme-as-of');
const bars = $<HTMLDivElement>('bars');
const series = $<HTMLDivElement>('series');
const picker = new PeriodPicker(document);
// Charts load after the first numbers are on screen.
const charts = import('./charts');

let view = readView(location.search);
let metrics: DashboardMetricsQuery['metrics'] = [];
let asked = 0;
/** What the screen shows now, for the download: its title and split. */
let shown: { title: string; groupBy: string | null } | null = null;

function setState(state: 'loading' | 'ready' | 'error', message = ''): void {
  // The moment the first view's numbers are all on screen, for the bench and real-user timing.
  if (state === 'ready' && !performance.getEntriesByName('dashboard-ready').length) performance.mark('dashboard-ready');
  document.body.dataset.state = state;
  status.textContent = message;
  status.classList.toggle('error', state === 'error');
}

function showError(e: unknown): void {
  const code = e instanceof GraphQLRequestError ? e.code : undefined;
  setState('error', errorText(code, e instanceof Error ? e.message : String(e)));
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') $<HTMLInputElement>('credential-input').focus();
}

/** Scope codes resolved to ids, once per code. */
const scopes = new Map<string, { id: string; name: string; isCity: boolean }>();
async function scopeOf(code: string): Promise<{ id: string; name: string; isCity: boolean } | null> {
  if (!code) return null;
  const known = scopes.get(code);
  if (known) return known;
  const { organisation } = await request(ScopeByCodeQuery, { code });
  if (!organisation) throw new GraphQLRequestError(`no organisation has code ${code}`, 'INVALID_SCOPE');
  const scope = { id: organisation.id, name: organisation.name, isCity: !organisation.parent };
  scopes.set(code, scope);
  return scope;
}

function showControls(): void {
  metricSelect.value = view.metric;
  baselineSelect.value = view.baseline;
  picker.set(view.period);
}

async function load(): Promise<void> {
  const mine = ++asked;
  setState('loading', 'Đang tải số liệu…');
  try {
    const metric = metrics.find((m) => m.id === view.metric);
    if (!metric) throw new GraphQLRequestError(view.metric, 'UNKNOWN_METRIC');
    const scope = await scopeOf(view.scope);
    const grouping = !scope || scope.isCity ? 'DISTRICT' : 'DIRECT_CHILDREN';
    const groupBy = metric.groupings.includes(grouping) ? grouping : null;
    const year = Number(view.period.split('..').pop()?.slice(0, 4));
    const data = await request(ViewQuery, {
      metric: view.metric,
      period: view.period,
      baseline: view.baseline,
      scope: scope?.id ?? null,
      groupBy,
      seriesFrom: `${year - 1}-01`,
      seriesTo: `${year}-12`,
      withShare: metric.hasShare,
    });
    if (mine !== asked) return;
    const { compare } = data;
    scopeSearch.show(compare.scope.name);
    picker.set(view.period, compare.period);
    const title = `${metric.label} — ${compare.period.label} — ${compare.scope.name}`;
    shown = { title, groupBy };
    $('view-title').textContent = title;
    document.title = `${metric.label}, ${compare.period.label} — civicgraph`;
    renderHeadlineCards($('cards'), data, unitLabel(metric.unit));
    renderRowsTable($<HTMLTableElement>('rows'), compare, view);
    // The programme as of the period's last day, or today while the period runs.
    if (!asOfInput.value) asOfInput.value = [compare.period.to, todayInHanoi()].sort()[0] as string;
    const drawn = charts.then((c) => {
      c.renderBars(bars, compare);
      c.renderSeries(series, data.series, year);
    });
    await Promise.all([drawn, loadProgramme()]);
    if (mine === asked) setState('ready');
  } catch (e) {
    if (mine === asked) showError(e);
  }
}

async function loadProgramme(): Promise<void> {
  if (programmeSelect.value && asOfInput.value) {
    await renderProgrammeStatus($<HTMLUListElement>('programme-status'), programmeSelect.value, asOfInput.value);
  }
}

/** A new view: into the address (so Back returns to the previous one), then onto the screen. */
function go(next: Partial<View>): void {
  view = { ...view, ...next };
  history.pushState(null, '', viewSearch(view));
  void load();
}

const scopeSearch = new ScopeSearch($('scope-search'), $('scope-options'), (scope) => go({ scope }));

async function start(): Promise<void> {
  setState('loading', 'Đang tải danh mục chỉ tiêu…');
  try {
    const data = await request(MetricsQuery, {});
    metrics = data.metrics;
    metricSelect.replaceChildren(...metrics.map((m) => new Option(m.label, m.id)));
    programmeSelect.replaceChildren(...data.programmes.nodes.map((p) => new Option(p.code, p.code)));
  } catch (e) {
    showError(e);
    return;
  }
  showControls();
  await load();
}

metricSelect.addEventListener('change', () => go({ metric: metricSelect.value }));
baselineSelect.addEventListener('change', () => {
  const baseline = BASELINES.find((b) => b === baselineSelect.value);
  if (baseline) go({ baseline });
});
picker.onChange((period) => go({ period }));
$('scope-city').addEventListener('click', () => go({ scope: '' }));
programmeSelect.addEventListener('change', () => void loadProgramme().catch(showError));
asOfInput.addEventListener('change', () => void loadProgramme().catch(showError));
$('rows').addEventListener('click', (e) => {
  const link = (e.target as HTMLElement).closest('a');
  if (!link) return;
  e.preventDefault();
  go(readView(new URL(link.href).search));
});
window.addEventListener('popstate', () => {
  view = readView(location.search);
  showControls();
  void load();
});
window.addEventListener('resize', () => void charts.then((c) => c.resizeCharts(bars, series)));

const download = $('download');
for (const button of download.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
  button.addEventListener('click', () => {
    const format = button.dataset.format === 'CSV' ? 'CSV' : 'XLSX';
    if (!shown) return;
    button.disabled = true;
    downloadView(view, format, { ...shown, status: (text) => setState('ready', text) })
      .catch(showError)
      .finally(() => {
        button.disabled = false;
      });
  });
}

const credentialInput = $<HTMLInputElement>('credential-input');
credentialInput.value = credential.get();
$('credential').addEventListener('submit', (e) => {
  e.preventDefault();
  credential.set(credentialInput.value);
  scopes.clear();
  void start();
});

void start();
