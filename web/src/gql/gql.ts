/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMetrics {\n    metrics { id label unit kind hasShare groupings }\n    programmes(first: 50) { nodes { code title } }\n  }\n": typeof types.DashboardMetricsDocument,
    "\n  query DashboardScopeByCode($code: String!) {\n    organisation(code: $code) { id code name parent { id } }\n  }\n": typeof types.DashboardScopeByCodeDocument,
    "\n  query DashboardScopeSearch($search: String!) {\n    organisations(search: $search, first: 8) { nodes { id code name kindLabel } }\n  }\n": typeof types.DashboardScopeSearchDocument,
    "\n  query DashboardView(\n    $metric: String!\n    $period: String!\n    $baseline: Baseline!\n    $scope: ID\n    $groupBy: GroupBy\n    $seriesFrom: String!\n    $seriesTo: String!\n    $withShare: Boolean!\n  ) {\n    compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy) {\n      value valueText baseValue baseValueText delta percentOfBase percentOfBaseText reason\n      period { key label from to }\n      basePeriod { key label }\n      scope { id code name }\n      rows { rank label organisation { code } value valueText baseValue baseValueText percentOfBaseText }\n    }\n    attainment(metric: $metric, period: $period, scope: $scope) {\n      target targetText percentText targetPeriod { label }\n    }\n    share(metric: $metric, period: $period, scope: $scope) @include(if: $withShare) {\n      valueText ofText percentText\n    }\n    series(metric: $metric, from: $seriesFrom, to: $seriesTo, grain: MONTH, scope: $scope) {\n      period { from } value\n    }\n  }\n": typeof types.DashboardViewDocument,
    "\n  query DashboardProgrammeStatus($code: String!, $asOf: Date!) {\n    programme(code: $code) { code statusCounts(asOf: $asOf) { status label count } }\n  }\n": typeof types.DashboardProgrammeStatusDocument,
    "\n  mutation DashboardRunExport($input: RunExportInput!) {\n    runExport(input: $input) { id status }\n  }\n": typeof types.DashboardRunExportDocument,
    "\n  query DashboardExportRun($id: ID!) {\n    exportRun(id: $id) { status errorCode error files { name format url } }\n  }\n": typeof types.DashboardExportRunDocument,
};
const documents: Documents = {
    "\n  query DashboardMetrics {\n    metrics { id label unit kind hasShare groupings }\n    programmes(first: 50) { nodes { code title } }\n  }\n": types.DashboardMetricsDocument,
    "\n  query DashboardScopeByCode($code: String!) {\n    organisation(code: $code) { id code name parent { id } }\n  }\n": types.DashboardScopeByCodeDocument,
    "\n  query DashboardScopeSearch($search: String!) {\n    organisations(search: $search, first: 8) { nodes { id code name kindLabel } }\n  }\n": types.DashboardScopeSearchDocument,
    "\n  query DashboardView(\n    $metric: String!\n    $period: String!\n    $baseline: Baseline!\n    $scope: ID\n    $groupBy: GroupBy\n    $seriesFrom: String!\n    $seriesTo: String!\n    $withShare: Boolean!\n  ) {\n    compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy) {\n      value valueText baseValue baseValueText delta percentOfBase percentOfBaseText reason\n      period { key label from to }\n      basePeriod { key label }\n      scope { id code name }\n      rows { rank label organisation { code } value valueText baseValue baseValueText percentOfBaseText }\n    }\n    attainment(metric: $metric, period: $period, scope: $scope) {\n      target targetText percentText targetPeriod { label }\n    }\n    share(metric: $metric, period: $period, scope: $scope) @include(if: $withShare) {\n      valueText ofText percentText\n    }\n    series(metric: $metric, from: $seriesFrom, to: $seriesTo, grain: MONTH, scope: $scope) {\n      period { from } value\n    }\n  }\n": types.DashboardViewDocument,
    "\n  query DashboardProgrammeStatus($code: String!, $asOf: Date!) {\n    programme(code: $code) { code statusCounts(asOf: $asOf) { status label count } }\n  }\n": types.DashboardProgrammeStatusDocument,
    "\n  mutation DashboardRunExport($input: RunExportInput!) {\n    runExport(input: $input) { id status }\n  }\n": types.DashboardRunExportDocument,
    "\n  query DashboardExportRun($id: ID!) {\n    exportRun(id: $id) { status errorCode error files { name format url } }\n  }\n": types.DashboardExportRunDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMetrics {\n    metrics { id label unit kind hasShare groupings }\n    programmes(first: 50) { nodes { code title } }\n  }\n"): (typeof documents)["\n  query DashboardMetrics {\n    metrics { id label unit kind hasShare groupings }\n    programmes(first: 50) { nodes { code title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardScopeByCode($code: String!) {\n    organisation(code: $code) { id code name parent { id } }\n  }\n"): (typeof documents)["\n  query DashboardScopeByCode($code: String!) {\n    organisation(code: $code) { id code name parent { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardScopeSearch($search: String!) {\n    organisations(search: $search, first: 8) { nodes { id code name kindLabel } }\n  }\n"): (typeof documents)["\n  query DashboardScopeSearch($search: String!) {\n    organisations(search: $search, first: 8) { nodes { id code name kindLabel } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardView(\n    $metric: String!\n    $period: String!\n    $baseline: Baseline!\n    $scope: ID\n    $groupBy: GroupBy\n    $seriesFrom: String!\n    $seriesTo: String!\n    $withShare: Boolean!\n  ) {\n    compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy) {\n      value valueText baseValue baseValueText delta percentOfBase percentOfBaseText reason\n      period { key label from to }\n      basePeriod { key label }\n      scope { id code name }\n      rows { rank label organisation { code } value valueText baseValue baseValueText percentOfBaseText }\n    }\n    attainment(metric: $metric, period: $period, scope: $scope) {\n      target targetText percentText targetPeriod { label }\n    }\n    share(metric: $metric, period: $period, scope: $scope) @include(if: $withShare) {\n      valueText ofText percentText\n    }\n    series(metric: $metric, from: $seriesFrom, to: $seriesTo, grain: MONTH, scope: $scope) {\n      period { from } value\n    }\n  }\n"): (typeof documents)["\n  query DashboardView(\n    $metric: String!\n    $period: String!\n    $baseline: Baseline!\n    $scope: ID\n    $groupBy: GroupBy\n    $seriesFrom: String!\n    $seriesTo: String!\n    $withShare: Boolean!\n  ) {\n    compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy) {\n      value valueText baseValue baseValueText delta percentOfBase percentOfBaseText reason\n      period { key label from to }\n      basePeriod { key label }\n      scope { id code name }\n      rows { rank label organisation { code } value valueText baseValue baseValueText percentOfBaseText }\n    }\n    attainment(metric: $metric, period: $period, scope: $scope) {\n      target targetText percentText targetPeriod { label }\n    }\n    share(metric: $metric, period: $period, scope: $scope) @include(if: $withShare) {\n      valueText ofText percentText\n    }\n    series(metric: $metric, from: $seriesFrom, to: $seriesTo, grain: MONTH, scope: $scope) {\n      period { from } value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProgrammeStatus($code: String!, $asOf: Date!) {\n    programme(code: $code) { code statusCounts(asOf: $asOf) { status label count } }\n  }\n"): (typeof documents)["\n  query DashboardProgrammeStatus($code: String!, $asOf: Date!) {\n    programme(code: $code) { code statusCounts(asOf: $asOf) { status label count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardRunExport($input: RunExportInput!) {\n    runExport(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation DashboardRunExport($input: RunExportInput!) {\n    runExport(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardExportRun($id: ID!) {\n    exportRun(id: $id) { status errorCode error files { name format url } }\n  }\n"): (typeof documents)["\n  query DashboardExportRun($id: ID!) {\n    exportRun(id: $id) { status errorCode error files { name format url } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;