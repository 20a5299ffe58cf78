// The timeline's cards from a timeline answer: which series each chart draws, the judged shares, the exports gaps.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { comparablePeriods, exportsChart, gapFigures, gapText, nevChart }
  from '../../main/resources/META-INF/resources/dashboard/timeline.js';

const RANGE = { from: '2024-01', to: '2025-12' };

const point = (period, value, extra) => ({ period, value, low: value, high: value, ...extra });

/** A synthetic timeline answer: market, exports and deliveries series as the gateway gives them. */
function timeline() {
  const market = (measure, segment, unit, points, computed) => ({ key: `market:${measure}:${segment}:SYN-A`,
    service: 'market', measure, segment, computed, label: `${segment} ${measure} (SYN-A)`, publisher: 'SYN-A',
    definition: computed ? 'NEV sales / all-vehicle sales' : 'synthetic definition', unit, points });
  return {
    from: RANGE.from, to: RANGE.to,
    sections: {},
    series: [
      market('production', 'nev', 'vehicles', [point('2025-01/2025-11', 15000000, { low: 14000000 })]),
      market('sales', 'nev', 'vehicles', [point('2025-01/2025-11', 15000000, { low: 14000000 }),
        point('2025-12', null)]),
      market('sales', 'all', 'vehicles', [point('2025-01/2025-11', 31000000)]),
      market('sales_share', 'nev', 'percent', [point('2025-01/2025-11', 52.5, { stated_as: '52.5%' })]),
      market('sales_share', 'nev', 'percent', [point('2025-01/2025-11', 46.58,
        { low: 44.97, high: 48.19, computed: true, judgement: 'outside' })], true),
      { key: 'exports:all:SYN-A:wholesale', service: 'exports', measure: 'exports', segment: 'all', label: 'Exports, all (SYN-A)',
        publisher: 'SYN-A', unit: 'vehicles', points: [point('2025-01/2025-11', 5000000), point('2024', 5800000)] },
      { key: 'exports:all:SYN-B:customs', service: 'exports', measure: 'exports', segment: 'all', label: 'Exports, all (SYN-B)',
        publisher: 'SYN-B', unit: 'vehicles', points: [point('2025-01/2025-11', 5200000)] },
      { key: 'exports:nev:SYN-A:wholesale', service: 'exports', measure: 'exports', segment: 'nev', label: 'Exports, nev (SYN-A)',
        publisher: 'SYN-A', unit: 'vehicles', points: [point('2025-01/2025-11', 2000000)] },
      { key: 'deliveries:syn-brand:SYN-C', service: 'deliveries', measure: 'deliveries', subject: 'syn-brand',
        label: 'Deliveries, syn-brand (SYN-C)', publisher: 'SYN-C', unit: 'vehicles', points: [point('2025-11', 1000)] }
    ]
  };
}

test('the NEV chart draws NEV production and sales above, the reported and computed NEV share below', () => {
  const { option } = nevChart(timeline(), RANGE);
  assert.deepEqual(option.series.map(s => [s.name, s.yAxisIndex]), [
    ['nev production (SYN-A)', 0], ['nev sales (SYN-A)', 0], ['nev sales_share (SYN-A)', 1], ['nev sales_share (SYN-A)', 1]]);
  assert.deepEqual(option.yAxis.map(a => a.name), ['vehicles', 'NEV share']);
  // the axis runs over the months asked for, whatever the figures cover
  assert.equal(option.xAxis[0].min, Date.UTC(2024, 0, 1));
  assert.equal(option.xAxis[0].max, Date.UTC(2026, 0, 1));
});

test('a span is drawn over its months with its bounds; a month without a value is left out', () => {
  const { option, figures } = nevChart(timeline(), RANGE);
  const sales = option.series[1];
  assert.equal(sales.data.length, 1);
  assert.deepEqual(sales.data[0].value, [Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 1), 15000000, 14000000, 15000000]);
  assert.equal(figures.length, 4);
});

/** The width of the line a series draws its first figure with (its custom item, rendered as ECharts does). */
function lineWidth(series) {
  const api = { value: i => series.data[0].value[i], coord: ([x, y]) => [x, y] };
  return series.renderItem({ dataIndex: 0 }, api).children.find(c => c.type === 'line').style.lineWidth;
}

test('production is drawn wider, so that sales stated with the same figure does not hide it', () => {
  const { option } = nevChart(timeline(), RANGE);
  assert.equal(lineWidth(option.series[0]), 7);
  assert.equal(lineWidth(option.series[1]), 3);
});

test('a reported share the computed range judges outside is marked, on the side away from the computed value', () => {
  const { figures } = nevChart(timeline(), RANGE);
  const reported = figures.find(f => f.stated_as === '52.5%');
  assert.equal(reported.judgement, 'outside');
  assert.equal(reported.outside, true);
  assert.equal(reported.belowComputed, false);
  const computed = figures.find(f => f.computed);
  assert.equal(computed.formula, 'NEV sales / all-vehicle sales');
});

test('the exports chart draws every exports series and nothing of the market or deliveries', () => {
  const { option, figures } = exportsChart(timeline(), RANGE, []);
  assert.deepEqual(option.series.map(s => s.name), ['Exports, all (SYN-A)', 'Exports, all (SYN-B)', 'Exports, nev (SYN-A)']);
  assert.equal(figures.length, 4);
});

test('a period is comparable where two publishers give the same powertrain, not across powertrains', () => {
  assert.deepEqual(comparablePeriods(timeline()), [{ segment: 'all', period: '2025-01/2025-11' }]);
});

test('a gap is the second publisher minus the first, on the bounds of both, saying when the definitions differ', () => {
  const [gap] = gapFigures({ period: '2025-01/2025-11', segment: 'all', gaps: [{ publisher_a: 'SYN-A',
    definition_a: 'wholesale', publisher_b: 'SYN-B', definition_b: 'customs', same_definition: false,
    gap: { value: 200000, low: 150000, high: 250000 }, gap_pct: { value: 4, low: 3, high: 5 } }] });
  assert.equal(gap.series, 'Gap, SYN-B (customs) minus SYN-A (wholesale), all vehicles');
  assert.deepEqual([gap.value, gap.low, gap.high, gap.computed], [200000, 150000, 250000, true]);
  assert.equal(gapText(gap), 'Jan-Nov 2025 (11 months): Gap, SYN-B (customs) minus SYN-A (wholesale), all vehicles: '
    + '200,000 (150,000 to 250,000), 4% (3% to 5%). difference of the two published figures, on their bounds; '
    + 'the definitions differ, so part of the gap is one of definition.');
  assert.deepEqual(gapFigures({ period: '2025-11', segment: 'nev', gaps: [] }), []);
});

test('a timeline figure keeps the report and sentence it was read from; a computed share the reports of its inputs', () => {
  const view = timeline();
  view.series[1].points[0] = { ...view.series[1].points[0], report_id: 7, quote: 'NEV sales were nearly 15 million.' };
  view.series[4].points[0] = { ...view.series[4].points[0], report_ids: [7, 8] };
  const { option, figures } = nevChart(view, RANGE);
  const sales = figures.find(f => f.series === 'nev sales (SYN-A)');
  assert.equal(sales.report_id, 7);
  assert.equal(sales.quote, 'NEV sales were nearly 15 million.');
  assert.deepEqual(figures.find(f => f.computed).report_ids, [7, 8]);
  // the tooltip's link can be followed: the pointer may enter the tooltip
  assert.equal(option.tooltip.enterable, true);
  assert.match(option.tooltip.formatter({ data: { figure: sales } }),
    /<a class="report-link" href="reports\.html\?report=7&amp;quote=NEV%20sales%20were%20nearly%2015%20million\.">/);
});
