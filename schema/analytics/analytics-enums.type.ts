import { registerEnumType } from 'type-graphql';
import { BASELINES } from '../../analytics/baseline.js';
import { GROUP_BYS } from '../../analytics/metric-catalogue.js';
import { GRAINS } from '../../analytics/series.js';

const enumOf = <const V extends string>(values: readonly V[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in V]: K };

// The analytics enums; their values are the engine's own names, so arguments pass through unchanged.

export const Baseline = enumOf(BASELINES);
registerEnumType(Baseline, {
  name: 'Baseline',
  description: 'What a period is compared with.',
  valuesConfig: {
    SAME_PERIOD_LAST_YEAR: { description: 'The same dates one year earlier (29 February → 28 February): "cùng kỳ".' },
    PREVIOUS_PERIOD: { description: 'The period of the same kind and length just before ("kỳ trước").' },
  },
});

export const GroupBy = enumOf(GROUP_BYS);
registerEnumType(GroupBy, {
  name: 'GroupBy',
  description: "How a scope's total is split into ranked rows that add up to it.",
  valuesConfig: {
    DIRECT_CHILDREN: {
      description: 'One row per organisation directly below the scope (and one for the scope itself).',
    },
    DISTRICT: {
      description: 'One row per district committee in the scope, and one for what lies outside every district.',
    },
  },
});

export const Grain = enumOf(GRAINS);
registerEnumType(Grain, {
  name: 'Grain',
  description: 'The calendar bucket of a series.',
  valuesConfig: {
    MONTH: { description: 'Calendar months ("tháng 7 năm 2022").' },
    QUARTER: { description: 'Calendar quarters ("quý III năm 2022").' },
    HALF_YEAR: { description: 'Half-years ("6 tháng đầu năm 2022").' },
    YEAR: { description: 'Calendar years ("năm 2022").' },
  },
});

export const MetricKind = enumOf(['FLOW', 'STOCK'] as const);
registerEnumType(MetricKind, {
  name: 'MetricKind',
  description: 'FLOW counts what happened in the period; STOCK counts what exists on its last day.',
  valuesConfig: {
    FLOW: { description: 'Records dated in the period (admissions, inspections ...).' },
    STOCK: { description: 'What exists on the last day of the period (members, organisations ...).' },
  },
});
