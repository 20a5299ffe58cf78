// The deliveries cards from an overview's sections: the brand ranking and the group roll-ups.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { rankingChart, rollupsChart } from '../../main/resources/META-INF/resources/dashboard/deliveries.js';

const provenance = { publisher: 'SYN-C', attribution: 'named', published: '2025-12', source: 'Synthetic report' };

test('the ranking is a bar per brand, best first, labelled with its value and share', () => {
  const { option, figures, brands } = rankingChart({ status: 'complete', complete: true, data: { period: '2025-11',
    entries: [
      { rank: 1, slug: 'syn-one', name: 'Syn One', deliveries: 120000, low: 120000, high: 120000, complete: true,
        share_pct: { value: 60 }, ...provenance },
      { rank: 2, slug: 'syn-two', name: null, deliveries: 80000, low: 80000, high: null, complete: false,
        months_missing: ['2025-10'], share_pct: null, ...provenance }] } }, '2025-11');
  assert.deepEqual(option.yAxis.data, ['1. Syn One', '2. syn-two']);
  const bars = option.series[0].data;
  assert.deepEqual(bars.map(b => b.value), [120000, 80000]);
  assert.equal(option.series[0].label.formatter({ data: bars[0] }), '120,000 (60%)');
  // a brand with a month missing is a floor, computed from the months published
  assert.equal(option.series[0].label.formatter({ data: bars[1] }), 'at least 80,000');
  assert.equal(figures[1].computed, true);
  assert.equal(figures[1].formula, 'sum of the months published; missing: 2025-10');
  assert.deepEqual(brands, [{ slug: 'syn-one', name: 'Syn One' }, { slug: 'syn-two', name: 'syn-two' }]);
});

test('a group is a stacked bar of its brands and the remainder it reports but attributes to none', () => {
  const group = { group: 'syn-group', name: 'Syn Group', period: '2025-11', ...provenance,
    reported_total: { value: 300000, low: 300000, high: 300000 }, attributed: { value: 200000 },
    not_attributed: { value: 100000, low: 100000, high: 100000 }, not_attributed_pct: { value: 33.33 },
    inconsistent: false,
    members: [{ brand: 'syn-one', name: 'Syn One', deliveries: 120000, low: 120000, high: 120000, ...provenance },
      { brand: 'syn-two', name: 'Syn Two', deliveries: 80000, low: 80000, high: 80000, ...provenance }] };
  const { option, figures, notes } = rollupsChart({ status: 'complete', complete: true, data: [group] });
  assert.deepEqual(option.yAxis.data, ['SYN-GROUP']);
  assert.deepEqual(option.series.map(s => [s.name, s.stack, s.data[0].value]),
    [['Syn One', 'group', 120000], ['Syn Two', 'group', 80000], ['Not attributed', 'group', 100000]]);
  const remainder = figures.find(f => f.series === 'Not attributed (Syn Group)');
  assert.equal(remainder.computed, true);
  // the reported total is in the table, not a bar of its own
  assert.ok(figures.some(f => f.series === 'Reported total (Syn Group)' && f.value === 300000));
  assert.deepEqual(notes, [{ group: 'syn-group', text: 'Syn Group: reported total 300,000; its brands 200,000; '
    + 'not attributed to any brand 100,000 (33.33%).' }]);
});

test('brands adding up to more than the group reports are flagged', () => {
  const { notes } = rollupsChart({ data: [{ group: 'syn-group', name: 'Syn Group', period: '2025-11',
    reported_total: null, attributed: { value: 5 }, inconsistent: true, members: [] }] });
  assert.equal(notes[0].text, 'Syn Group: reported total not published for this period; its brands 5. '
    + '\u26a0 The brands\' figures add up to more than the reported total.');
});

test('a brand not yet final, or outside the range its other figures give, is marked on its bar', () => {
  const range = { low: 11000, high: 11000, derivation: 'difference', sources: [7, 8], judgement: 'outside',
    outside_by: 1000, outside_by_pct: 10, flagged: true };
  const { option, figures } = rankingChart({ data: { period: '2032-03', entries: [
    { rank: 1, slug: 'syn-one', deliveries: 10000, low: 10000, high: 10000, complete: true, status: 'final',
      derived_range: range, share_pct: null, ...provenance },
    { rank: 2, slug: 'syn-two', deliveries: 5000, low: 5000, high: 5000, complete: true, status: 'preliminary',
      share_pct: null, ...provenance }] } }, '2032-03');
  const label = option.series[0].label.formatter;
  assert.equal(label({ data: option.series[0].data[0] }), '10,000 \u26a0');
  assert.equal(label({ data: option.series[0].data[1] }), '5,000 (preliminary)');
  // the tooltip and table rows name the derived range beside the stated figure
  assert.equal(figures[0].derived_range, range);
});

test('a group\'s reported total outside the range its other totals give is flagged in its line', () => {
  const { notes, figures } = rollupsChart({ data: [{ group: 'syn-group', name: 'Syn Group', period: '2032-03',
    ...provenance, status: 'preliminary', reported_total: { value: 10000, low: 10000, high: 10000 },
    derived_range: { value: 11000, low: 11000, high: 11000, derivation: 'difference', sources: [7, 8], judgement: 'outside',
      outside_by: 1000, outside_by_pct: 10, flagged: true },
    attributed: { value: 0 }, members: [] }] });
  assert.equal(notes[0].text, 'Syn Group: reported total 10,000 (preliminary) \u26a0 outside the range its '
    + 'publisher\'s other figures give: 11,000 from figure 7 and figure 8 (difference): outside by 1,000 (10%); '
    + 'its brands 0.');
  assert.equal(figures.find(f => f.series === 'Reported total (Syn Group)').status, 'preliminary');
});

test('an unavailable section draws nothing', () => {
  assert.deepEqual(rankingChart({ status: 'unavailable', complete: false }, '2025-11').figures, []);
  assert.deepEqual(rollupsChart({ status: 'unavailable', complete: false }).figures, []);
});

test('a ranked brand and a group\'s figures keep the reports they were read from, the remainder those of its parts', () => {
  const { option, figures } = rankingChart({ status: 'complete', complete: true, data: { period: '2025-11', entries: [
    { rank: 1, slug: 'syn-one', name: 'Syn One', deliveries: 1, low: 1, high: 1, complete: true, ...provenance,
      report_id: 7, quote: 'Syn One delivered 1.', report_ids: [7] }] } }, '2025-11');
  assert.equal(figures[0].report_id, 7);
  assert.equal(option.tooltip.enterable, true);
  assert.match(option.tooltip.formatter({ data: { figure: figures[0] } }), />sentence in report 7<\/a>/);
  const rollup = rollupsChart({ status: 'complete', complete: true, data: [{ group: 'syn-group', name: 'Syn Group',
    period: '2025-11', ...provenance, report_id: 5, quote: 'The group delivered 3.', report_ids: [5],
    reported_total: { value: 3, low: 3, high: 3 }, not_attributed: { value: 1, low: 1, high: 1 },
    members: [{ brand: 'syn-one', deliveries: 2, low: 2, high: 2, ...provenance, report_ids: [8, 7] }] }] });
  const total = rollup.figures.find(f => f.series === 'Reported total (Syn Group)');
  assert.deepEqual([total.report_id, total.quote], [5, 'The group delivered 3.']);
  assert.deepEqual(rollup.figures.find(f => f.series === 'Not attributed (Syn Group)').report_ids, [5, 7, 8]);
});
