// A brand's page from the brand view: its months and its target.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { historyChart, targetChart } from '../../main/resources/META-INF/resources/dashboard/brand.js';

const provenance = { publisher: 'SYN-C', attribution: 'named', published: '2025-12', source: 'Synthetic report' };
const month = (period, deliveries) => ({ period, deliveries, low: deliveries, high: deliveries, ...provenance });

function brandView(targets) {
  return { brand: 'syn-one', year: 2025, sections: {
    brand: { status: 'complete', complete: true, data: { slug: 'syn-one', name: 'Syn One', memberships: [] } },
    history: { status: 'complete', complete: true, data: { points: [month('2025-01', 1000), month('2025-02', null),
      { ...month('2025-03', 3000), stated_record: true, yoy: { reported: { pct: 25 } } }] } },
    targets } };
}

test("a brand's months are points on the year's axis; a month without a figure is unknown, not zero", () => {
  const { option, figures, note } = historyChart(brandView({ status: 'rejected' }));
  assert.deepEqual(figures.map(f => [f.period, f.value]), [['2025-01', 1000], ['2025-03', 3000]]);
  assert.equal(figures[1].definition, 'a record month, as the report states; reported growth 25% year on year');
  assert.equal(option.xAxis[0].min, Date.UTC(2025, 0, 1));
  assert.equal(option.xAxis[0].max, Date.UTC(2026, 0, 1));
  assert.equal(note, 'No figure published for 1 of 3 months (2025-02): not zero, unknown.');
});

test('a month outside the range its year-to-date figures give is marked, and its status is told', () => {
  const range = { value: 11000, low: 11000, high: 11000, derivation: 'difference', sources: [7, 8],
    judgement: 'outside', outside_by: 1000, outside_by_pct: 10, flagged: true };
  const view = brandView({ status: 'rejected' });
  view.sections.history.data.points = [{ ...month('2025-03', 10000), status: 'preliminary', derived_range: range }];
  const { option, figures } = historyChart(view);
  assert.equal(figures[0].status, 'preliminary');
  const data = option.series[0].data;
  const api = { value: k => data[0].value[k], coord: ([x, y]) => [x, y] };
  const marks = option.series[0].renderItem({ dataIndex: 0 }, api).children.filter(c => c.type === 'text');
  assert.deepEqual(marks.map(c => c.style.text), ['\u26a0 derived range']);
});

test('the target and what was delivered are two bars; with months missing the delivered is a floor', () => {
  const { option, figures, note, none } = targetChart(brandView({ status: 'complete', complete: true, data: {
    year: 2025, current: { revision: 2, value: 500000, low: 500000, high: 500000 },
    revisions: [{ revision: 1, ...provenance }, { revision: 2, stated_progress: 'about half', ...provenance }],
    delivered_to_date: null, delivered_at_least: 4000, through: '2025-03', complete: false,
    months_missing: ['2025-02'], progress_pct: null, status: 'preliminary', stated_notes: ['Synthetic note.'] } }));
  assert.equal(none, false);
  assert.deepEqual(option.yAxis.data, ['Target 2025, revision 2', 'Delivered through 2025-03']);
  assert.equal(figures[0].definition, 'stated progress: about half');
  assert.deepEqual([figures[1].low, figures[1].high], [4000, null]);
  // a count resting on a preliminary month says so
  assert.equal(option.series[0].label.formatter({ data: option.series[0].data[1] }), 'at least 4,000 (preliminary)');
  assert.equal(note, 'Progress not computed: months are missing. Synthetic note.');
});

test('a brand without a target for the year says so, and is not a degraded card', () => {
  const { figures, note, none } = targetChart(brandView({ status: 'rejected', complete: false,
    problem: { status: 404, title: 'Not Found' } }));
  assert.equal(none, true);
  assert.deepEqual(figures, []);
  assert.equal(note, 'No annual target of Syn One for 2025 is known.');
});

test("a brand's month keeps the report and sentence it was read from", () => {
  const view = brandView({ status: 'rejected' });
  view.sections.history.data.points = [{ ...month('2025-03', 3000), report_id: 9, quote: 'March: 3,000.' }];
  const { figures } = historyChart(view);
  assert.deepEqual([figures[0].report_id, figures[0].quote], [9, 'March: 3,000.']);
});
