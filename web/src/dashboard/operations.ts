import { graphql } from '../gql';

// Every operation the dashboard sends. Codegen types them and lists them in the trusted-documents manifest.

export const MetricsQuery = graphql(`
  query DashboardMetrics {
    metrics { id label unit kind hasShare groupings }
    programmes(first: 50) { nodes { code title } }
  }
`);

export const ScopeByCodeQuery = graphql(`
  query DashboardScopeByCode($code: String!) {
    organisation(code: $code) { id code name parent { id } }
  }
`);

export const ScopeSearchQuery = graphql(`
  query DashboardScopeSearch($search: String!) {
    organisations(search: $search, first: 8) { nodes { id code name kindLabel } }
  }
`);

export const ViewQuery = graphql(`
  query DashboardView(
    $metric: String!
    $period: String!
    $baseline: Baseline!
    $scope: ID
    $groupBy: GroupBy
    $seriesFrom: String!
    $seriesTo: String!
    $withShare: Boolean!
  ) {
    compare(metric: $metric, period: $period, baseline: $baseline, scope: $scope, groupBy: $groupBy) {
      value valueText baseValue baseValueText delta percentOfBase percentOfBaseText reason
      period { key label from to }
      basePeriod { key label }
      scope { id code name }
      rows { rank label organisation { code } value valueText baseValue baseValueText percentOfBaseText }
    }
    attainment(metric: $metric, period: $period, scope: $scope) {
      target targetText percentText targetPeriod { label }
    }
    share(metric: $metric, period: $period, scope: $scope) @include(if: $withShare) {
      valueText ofText percentText
    }
    series(metric: $metric, from: $seriesFrom, to: $seriesTo, grain: MONTH, scope: $scope) {
      period { from } value
    }
  }
`);

export const ProgrammeStatusQuery = graphql(`
  query DashboardProgrammeStatus($code: String!, $asOf: Date!) {
    programme(code: $code) { code statusCounts(asOf: $asOf) { status label count } }
  }
`);

export const RunExportMutation = graphql(`
  mutation DashboardRunExport($input: RunExportInput!) {
    runExport(input: $input) { id status }
  }
`);

export const ExportRunQuery = graphql(`
  query DashboardExportRun($id: ID!) {
    exportRun(id: $id) { status errorCode error files { name format url } }
  }
`);
