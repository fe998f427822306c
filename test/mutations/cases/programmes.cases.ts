import { expect } from 'vitest';
import type { Fixture } from '../support/fixture.js';
import { type MutationCase, ref } from '../support/mutation-case.js';
import { hanoiDay, rowOf } from '../support/rows.js';

const field = (name: string) => ['input', name];

const status = (pick: (fx: Fixture) => number, value: string, effectiveOn: string) => (fx: Fixture) => ({
  itemId: ref('ProgrammeItem', pick(fx)),
  status: value,
  effectiveOn,
});
const target =
  (extra: Record<string, unknown> = {}) =>
  () => ({
    metric: 'non_state_enterprise_orgs',
    period: '2022',
    value: 68,
    ...extra,
  });

export const programmesCases: MutationCase[] = [
  {
    title: 'setProgrammeItemStatus moves an item on from a day, keeping its history',
    mutation: 'setProgrammeItemStatus',
    input: (fx) => ({
      ...status((f) => f.item.started, 'draft_submitted', '2022-03-01')(fx),
      note: 'Trình Ban Thường vụ',
    }),
    async verify({ db, id, fx, caller }) {
      expect(id).toBe(fx.item.started);
      const history = await db.query(
        'select status, effective_on::text, note, created_by from programme_item_status where item_id = $1 order by effective_on',
        [id],
      );
      expect(history.rows).toEqual([
        { status: 'assigned', effective_on: '2021-03-01', note: null, created_by: 'system' },
        { status: 'in_progress', effective_on: '2021-06-01', note: null, created_by: 'system' },
        { status: 'draft_submitted', effective_on: '2022-03-01', note: 'Trình Ban Thường vụ', created_by: caller },
      ]);
    },
  },
  {
    title: 'setProgrammeItemStatus gives an item without history its first status',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.untouched, 'assigned', '2021-03-01'),
    async verify({ db, id }) {
      const history = await db.query('select status from programme_item_status where item_id = $1', [id]);
      expect(history.rows).toEqual([{ status: 'assigned' }]);
    },
  },
  {
    title: 'setProgrammeItemStatus refuses a change dated before the latest one (STATUS_OUT_OF_ORDER)',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.started, 'completed', '2022-02-01'),
    refused: { code: 'STATUS_OUT_OF_ORDER', field: field('effectiveOn') },
  },
  {
    title: 'setProgrammeItemStatus refuses a second change on the same day (STATUS_OUT_OF_ORDER)',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.started, 'completed', '2022-03-01'),
    refused: { code: 'STATUS_OUT_OF_ORDER', field: field('effectiveOn') },
  },
  {
    title: 'setProgrammeItemStatus refuses the status the item already has (STATUS_UNCHANGED)',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.started, 'draft_submitted', '2022-05-01'),
    refused: { code: 'STATUS_UNCHANGED', field: field('status') },
  },
  {
    title: 'setProgrammeItemStatus refuses a day before the item was assigned (DATE_BEFORE_SUBJECT)',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.untouched, 'in_progress', '2021-02-28'),
    refused: { code: 'DATE_BEFORE_SUBJECT', field: field('effectiveOn') },
  },
  {
    title: 'setProgrammeItemStatus refuses a day after today in Hà Nội (DATE_IN_FUTURE)',
    mutation: 'setProgrammeItemStatus',
    input: status((fx) => fx.item.started, 'completed', hanoiDay(1)),
    refused: { code: 'DATE_IN_FUTURE', field: field('effectiveOn') },
  },
  {
    title: 'setProgrammeItemStatus refuses an unknown item (NOT_FOUND)',
    mutation: 'setProgrammeItemStatus',
    input: status(() => 999_999, 'completed', '2022-05-01'),
    refused: { code: 'NOT_FOUND', field: field('itemId') },
  },
  {
    title: 'setTarget sets a target for the city when no scope is given',
    mutation: 'setTarget',
    input: target(),
    async verify({ db, id, fx, caller }) {
      expect(await rowOf(db, 'target', id)).toMatchObject({
        metric: 'non_state_enterprise_orgs',
        scope_id: fx.org.city,
        period: '2022',
        value: 68,
        created_by: caller,
      });
    },
  },
  {
    title: 'setTarget replaces the value of a target set before, keeping the row',
    mutation: 'setTarget',
    input: target({ value: 70.5 }),
    async verify({ db, id }) {
      const rows = await db.query(
        "select id, value::float as value from target where metric = 'non_state_enterprise_orgs'",
      );
      expect(rows.rows).toEqual([{ id, value: 70.5 }]);
    },
  },
  {
    title: 'setTarget sets a half-year target for a district',
    mutation: 'setTarget',
    input: (fx) => ({ ...target({ period: '2022-H1', value: 12 })(), scopeId: ref('Organisation', fx.org.districtA) }),
    async verify({ db, id, fx }) {
      expect(await rowOf(db, 'target', id)).toMatchObject({ scope_id: fx.org.districtA, period: '2022-H1' });
    },
  },
  {
    title: 'setTarget refuses a period that is not a year, half, quarter or month (BAD_USER_INPUT)',
    mutation: 'setTarget',
    input: target({ period: '2022-H3' }),
    refused: { code: 'BAD_USER_INPUT', field: field('period') },
  },
  {
    title: 'setTarget refuses a negative value (BAD_USER_INPUT)',
    mutation: 'setTarget',
    input: target({ value: -1 }),
    refused: { code: 'BAD_USER_INPUT', field: field('value') },
  },
  {
    title: 'setTarget refuses a metric the analytics do not know (UNKNOWN_METRIC)',
    mutation: 'setTarget',
    input: target({ metric: 'Số đảng viên' }),
    refused: { code: 'UNKNOWN_METRIC', field: field('metric') },
  },
  {
    title: 'setTarget refuses an unknown scope (NOT_FOUND)',
    mutation: 'setTarget',
    input: () => ({ ...target()(), scopeId: ref('Organisation', 999_999) }),
    refused: { code: 'NOT_FOUND', field: field('scopeId') },
  },
];
