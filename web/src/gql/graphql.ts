/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a period is compared with. */
export type Baseline =
  /** The period of the same kind and length just before ("kỳ trước"). */
  | 'PREVIOUS_PERIOD'
  /** The same dates one year earlier (29 February → 28 February): "cùng kỳ". */
  | 'SAME_PERIOD_LAST_YEAR';

/** File formats an export writes. */
export type ExportFormat =
  /** CSV (RFC 4180, UTF-8), one file per table */
  | 'CSV'
  /** JSON, one file per table */
  | 'JSON'
  /** Parquet (typed columns), one file per table */
  | 'PARQUET'
  /** Excel: one sheet per table, Vietnamese headers */
  | 'XLSX';

/** Where an export run is. */
export type ExportRunStatus =
  /** Thất bại */
  | 'FAILED'
  /** Đang chờ (waiting for a worker, or for a retry) */
  | 'QUEUED'
  /** Đang chạy */
  | 'RUNNING'
  /** Hoàn thành */
  | 'SUCCEEDED';

/** How a scope's total is split into ranked rows that add up to it. */
export type GroupBy =
  /** One row per organisation directly below the scope (and one for the scope itself). */
  | 'DIRECT_CHILDREN'
  /** One row per district committee in the scope, and one for what lies outside every district. */
  | 'DISTRICT';

/** Progress of a programme item. */
export type ItemStatus =
  /** Đã giao */
  | 'ASSIGNED'
  /** Đã hoàn thành */
  | 'COMPLETED'
  /** Đã trình dự thảo, chờ phê duyệt */
  | 'DRAFT_SUBMITTED'
  /** Đang triển khai */
  | 'IN_PROGRESS';

/** FLOW counts what happened in the period; STOCK counts what exists on its last day. */
export type MetricKind =
  /** Records dated in the period (admissions, inspections ...). */
  | 'FLOW'
  /** What exists on the last day of the period (members, organisations ...). */
  | 'STOCK';

/** An export to run now: a schedule or a spec, for a period. */
export type RunExportInput = {
  /** Start CSV files with a byte-order mark (for Excel). */
  csvBom?: boolean | null | undefined;
  /** Formats to write; default the schedule's, else XLSX. */
  formats?: Array<ExportFormat> | null | undefined;
  /** Absolute (2022-H1, 2022-Q3, 2022-07, 2022, ranges) or relative, resolved when the run is due: H-1, Q-1, M-1, Y-1, YTD. */
  period: string;
  /** An ExportSchedule whose spec (and formats, unless given) to run; not with spec. */
  scheduleId?: string | number | null | undefined;
  /** An export spec: { title, tables: [{ name, question: compare|attainment|share|series|dataset, ... }] } (see the README). Not with scheduleId. */
  spec?: unknown;
};

export type DashboardMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMetricsQuery = { metrics: Array<{ id: string, label: string, unit: string, kind: MetricKind, hasShare: boolean, groupings: Array<GroupBy> }>, programmes: { nodes: Array<{ code: string, title: string }> } };

export type DashboardScopeByCodeQueryVariables = Exact<{
  code: string;
}>;


export type DashboardScopeByCodeQuery = { organisation: { id: string, code: string, name: string, parent: { id: string } | null } | null };

export type DashboardScopeSearchQueryVariables = Exact<{
  search: string;
}>;


export type DashboardScopeSearchQuery = { organisations: { nodes: Array<{ id: string, code: string, name: string, kindLabel: string }> } };

export type DashboardViewQueryVariables = Exact<{
  metric: string;
  period: string;
  baseline: Baseline;
  scope?: string | number | null | undefined;
  groupBy?: GroupBy | null | undefined;
  seriesFrom: string;
  seriesTo: string;
  withShare: boolean;
}>;


export type DashboardViewQuery = { compare: { value: number, valueText: string, baseValue: number, baseValueText: string, delta: number, percentOfBase: number | null, percentOfBaseText: string | null, reason: string | null, period: { key: string, label: string, from: string, to: string }, basePeriod: { key: string, label: string }, scope: { id: string, code: string, name: string }, rows: Array<{ rank: number | null, label: string, value: number, valueText: string, baseValue: number, baseValueText: string, percentOfBaseText: string | null, organisation: { code: string } | null }> }, attainment: { target: number | null, targetText: string | null, percentText: string | null, targetPeriod: { label: string } | null }, share?: { valueText: string, ofText: string, percentText: string | null }, series: Array<{ value: number, period: { from: string } }> };

export type DashboardProgrammeStatusQueryVariables = Exact<{
  code: string;
  asOf: string;
}>;


export type DashboardProgrammeStatusQuery = { programme: { code: string, statusCounts: Array<{ status: ItemStatus, label: string, count: number }> } | null };

export type DashboardRunExportMutationVariables = Exact<{
  input: RunExportInput;
}>;


export type DashboardRunExportMutation = { runExport: { id: string, status: ExportRunStatus } };

export type DashboardExportRunQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardExportRunQuery = { exportRun: { status: ExportRunStatus, errorCode: string | null, error: string | null, files: Array<{ name: string, format: ExportFormat, url: string }> } | null };


export const DashboardMetricsDocument = {"__meta__":{"hash":"2e4bcd72be1557eee85adbf264e63b434be9595c2e3286e91134256c15e11c25"}} as unknown as DocumentNode<DashboardMetricsQuery, DashboardMetricsQueryVariables>;
export const DashboardScopeByCodeDocument = {"__meta__":{"hash":"948a96fd180acad8b30b07ff8f332b98993ce8db0b596feb8ace86d7426e5842"}} as unknown as DocumentNode<DashboardScopeByCodeQuery, DashboardScopeByCodeQueryVariables>;
export const DashboardScopeSearchDocument = {"__meta__":{"hash":"172ef3119f1b326d20fcba7a25884690737734753c0ad24fc8d011cf74a47125"}} as unknown as DocumentNode<DashboardScopeSearchQuery, DashboardScopeSearchQueryVariables>;
export const DashboardViewDocument = {"__meta__":{"hash":"1ff27da9b7b51e1e7fab9e6204d0cd8ac10c61f0d7efbf0a30748458988eb57e"}} as unknown as DocumentNode<DashboardViewQuery, DashboardViewQueryVariables>;
export const DashboardProgrammeStatusDocument = {"__meta__":{"hash":"fac36204763c854df38e50fc74cf9b6220e782605a7c169a566c5ac0f5ff4ea6"}} as unknown as DocumentNode<DashboardProgrammeStatusQuery, DashboardProgrammeStatusQueryVariables>;
export const DashboardRunExportDocument = {"__meta__":{"hash":"67265bdc187b49998e1f224ad1a9e4ff645dca63e8d961d08e17173023529a57"}} as unknown as DocumentNode<DashboardRunExportMutation, DashboardRunExportMutationVariables>;
export const DashboardExportRunDocument = {"__meta__":{"hash":"33ab6ce1b0a8fca5ad3676c705f283c744cddcf831377c1c5993f77ed8731dd2"}} as unknown as DocumentNode<DashboardExportRunQuery, DashboardExportRunQueryVariables>;