import { DomainError } from '../../services/errors.js';
import { attainment } from '../attainment.js';
import { compare } from '../compare.js';
import type { ComparisonFigures } from '../comparison-figures.js';
import type { Query } from '../duckdb-store.js';
import { findMetric } from '../metric-catalogue.js';
import type { Period } from '../period.js';
import type { Scope } from '../scope.js';
import { series } from '../series.js';
import { share } from '../share.js';
import { atField, type FieldPath } from './at-field.js';
import { DATASETS, type Dataset } from './datasets.js';
import type { ExportTableSpec } from './export-spec.js';
import type { ExportColumn, ExportRow, ExportTable } from './export-table.js';

const col = (id: string, header: string, type: ExportColumn['type']): ExportColumn => ({ id, header, type });
const LABEL = col('label', 'Đơn vị', 'text');

/**
 * The organisation named by a spec's code, or else the owner's scope, or else the city. INVALID_SCOPE
 * at the table's `scope` field when there is none; FORBIDDEN when it lies outside the owner's scope
 * (the spec was checked when it was stored, but the hierarchy may have moved since).
 */
async function scopeOf(query: Query, code: string | undefined, at: FieldPath, owner: number | null): Promise<Scope> {
  const [row] = await (code !== undefined
    ? query('select id, name, kind from org where code = $1', [code])
    : owner !== null
      ? query('select id, name, kind from org where id = $1', [owner])
      : query('select id, name, kind from city'));
  if (!row) {
    const reason = code === undefined ? 'the replica holds no city committee' : `no organisation has code "${code}"`;
    throw new DomainError('INVALID_SCOPE', `Invalid scope: ${reason}`, [...at, 'scope']);
  }
  const scope = { id: Number(row.id), name: String(row.name), kind: String(row.kind) };
  if (owner !== null && scope.id !== owner) {
    const [inside] = await query('select 1 from org_anc where org_id = $1 and anc_id = $2', [scope.id, owner]);
    if (!inside)
      throw new DomainError('FORBIDDEN', `${code} lies outside the scope of the export's owner`, [...at, 'scope']);
  }
  return scope;
}

/** One table of a spec for `period`, answered on the pinned replica generation `query`. */
export async function buildTable(
  query: Query,
  spec: ExportTableSpec,
  period: Period,
  at: FieldPath,
  owner: number | null = null,
): Promise<ExportTable> {
  const scope = await scopeOf(query, spec.scope, at, owner);
  const ask = <T>(fn: () => T | Promise<T>) => atField(at, fn);
  const titled = (what: string) => spec.title ?? `${what} - ${period.label} - ${scope.name}`;
  const small = (what: string, columns: ExportColumn[], rows: ExportRow[]): ExportTable => ({
    name: spec.name,
    title: titled(what),
    columns,
    rows,
    rowCount: rows.length,
  });
  switch (spec.question) {
    case 'compare': {
      const c = await ask(() =>
        compare(query, {
          metric: spec.metric,
          period: period.key,
          baseline: spec.baseline,
          scope: scope.id,
          groupBy: spec.groupBy,
          breakdown: spec.breakdown,
          where: spec.where,
        }),
      );
      const columns = [
        spec.breakdown ? col('label', c.metric.label.vi, 'text') : LABEL,
        col('value', c.period.label, 'integer'),
        col('base_value', c.basePeriod.label, 'integer'),
        col('delta', 'Tăng (+), giảm (-)', 'integer'),
        col('percent_of_base', `So với ${c.basePeriod.label} (%)`, 'number'),
        col('rank', 'Xếp hạng', 'integer'),
      ];
      const row = (label: string, r: ComparisonFigures, rank: number | null): ExportRow => ({
        label,
        value: r.value,
        base_value: r.baseValue,
        delta: r.delta,
        percent_of_base: r.percentOfBase,
        rank,
      });
      const rows = c.rows.map((r) => row(r.label, r, r.rank));
      return small(c.metric.label.vi, columns, [...rows, row(rows.length ? 'Tổng cộng' : scope.name, c, null)]);
    }
    case 'attainment': {
      const a = await ask(() => attainment(query, { metric: spec.metric, period: period.key, scope: scope.id }));
      const columns = [
        LABEL,
        col('value', a.period.label, 'integer'),
        col('target', a.targetPeriod ? `Kế hoạch ${a.targetPeriod.label}` : 'Kế hoạch', 'number'),
        col('target_period', 'Kỳ kế hoạch', 'text'),
        col('percent', 'Đạt (%) kế hoạch', 'number'),
      ];
      const row = {
        label: scope.name,
        value: a.value,
        target: a.target,
        target_period: a.targetPeriod?.key ?? null,
        percent: a.percent,
      };
      return small(a.metric.label.vi, columns, [row]);
    }
    case 'share': {
      const s = await ask(() => share(query, { metric: spec.metric, period: period.key, scope: scope.id }));
      const columns = [
        LABEL,
        col('value', s.period.label, 'integer'),
        col('of', 'Tổng số được xác định', 'integer'),
        col('percent', 'Tỷ lệ (%)', 'number'),
      ];
      return small(s.metric.label.vi, columns, [{ label: scope.name, value: s.value, of: s.of, percent: s.percent }]);
    }
    case 'series': {
      const metric = await ask(() => findMetric(spec.metric));
      const points = await ask(() =>
        series(query, {
          metric: spec.metric,
          from: period.from,
          to: period.to,
          grain: spec.grain,
          scope: scope.id,
          where: spec.where,
        }),
      );
      const columns = [
        col('period', 'Kỳ', 'text'),
        col('period_label', 'Thời gian', 'text'),
        col(`value`, metric.label.vi, 'integer'),
      ];
      const rows = points.map((p) => ({ period: p.period.key, period_label: p.period.label, value: p.value }));
      return small(metric.label.vi, columns, rows);
    }
    case 'dataset':
      return datasetTable(query, spec.name, titled, datasetOf(spec.dataset, at), period, scope);
  }
}

/** The extract named `id`; UNKNOWN_DATASET at the table's `dataset` field. */
export function datasetOf(id: string, at: FieldPath): Dataset {
  const found = DATASETS.find((d) => d.id === id);
  if (!found) {
    const known = DATASETS.map((d) => d.id).join(', ');
    throw new DomainError('UNKNOWN_DATASET', `Unknown dataset "${id}" (known: ${known})`, [...at, 'dataset']);
  }
  return found;
}

const ORGANISATION_COLUMNS: readonly (ExportColumn & { expr: string })[] = [
  { ...col('organisation_code', 'Mã tổ chức đảng', 'text'), expr: 'o.code' },
  { ...col('organisation_name', 'Tổ chức đảng', 'text'), expr: 'o.name' },
  { ...col('organisation_path', 'Trực thuộc', 'text'), expr: 'o.path' },
  { ...col('district', 'Quận, huyện, thị xã', 'text'), expr: 'o.district' },
];

/** An extract's SELECT on the replica: its facts in the period and scope, each with its organisation's path and district. */
async function datasetTable(
  query: Query,
  name: string,
  titled: (what: string) => string,
  dataset: Dataset,
  period: Period,
  scope: Scope,
): Promise<ExportTable> {
  const inScope = `select org_id from org_anc where anc_id = ${scope.id}`;
  const filter = `f.day between DATE '${period.from}' and DATE '${period.to}' and ${dataset.filter}`;
  const columns = [...dataset.columns, ...ORGANISATION_COLUMNS];
  // The organisations of the scope with their code, name, path (names root first, e.g. "Thành ủy Hà
  // Nội / Quận ủy Ba Đình / Đảng bộ phường Phúc Xá") and district, built once and small beside the
  // facts, which stream through one hash join.
  const sql = `with scoped as (select org_id as id, district_id from org_anc where anc_id = ${scope.id}),
    paths as (
      select s.id, string_agg(p.name, ' / ' order by s.pos) as path
      from (select o.id, unnest(o.path) as anc, unnest(range(1, len(o.path) + 1)) as pos
            from org o join scoped using (id)) s
      join org p on p.id = s.anc group by s.id),
    o as (
      select sc.id, org.code, org.name, paths.path, d.name as district
      from scoped sc join org on org.id = sc.id join paths on paths.id = sc.id left join org d on d.id = sc.district_id)
    select ${columns.map((c) => `${c.expr} as ${c.id}`).join(', ')}
    from ${dataset.fact} f join o on o.id = f.org_id
    where ${filter}`;
  const [count] = await query(
    `select count(*) as n from ${dataset.fact} f where f.org_id in (${inScope}) and ${filter}`,
  );
  return {
    name,
    title: titled(dataset.label),
    columns: columns.map(({ id, header, type }) => ({ id, header, type })),
    rowCount: Number(count?.n ?? 0),
    select: { sql, params: [] },
  };
}
