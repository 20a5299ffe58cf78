// The time chart's axes: volumes from zero, a share axis around its figures.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { timeOption } from '../../main/resources/META-INF/resources/dashboard/timechart.js';

test('a share axis spans its figures with 5 points to spare, in steps of 10, within 0-100', () => {
  const option = timeOption([], { from: '2025-01', to: '2025-12' },
    [{ name: 'vehicles', unit: 'vehicles' }, { name: 'NEV share', unit: 'percent' }]);
  const [volumes, share] = option.yAxis;
  assert.equal(volumes.min, undefined);
  assert.equal(share.min({ min: 40.85, max: 40.95 }), 30);
  assert.equal(share.max({ min: 40.85, max: 40.95 }), 50);
  assert.equal(share.min({ min: 2, max: 98 }), 0);
  assert.equal(share.max({ min: 2, max: 98 }), 100);
  assert.equal(share.axisLabel.formatter(40), '40%');
  assert.equal(volumes.axisLabel.formatter(15000000), '15M');
});

test('a month is a point, several months a span; a figure whose period cannot be read is left out', () => {
  const option = timeOption([{ name: 'SYN', figures: [{ period: '2025-11', value: 1, low: 1, high: 1 },
    { period: '2025-Q1', value: 3, low: 2, high: 4 }, { period: 'soon', value: 5 }] }],
  { from: '2025-01', to: '2025-12' }, [{ name: 'vehicles', unit: 'vehicles' }]);
  const data = option.series[0].data;
  assert.deepEqual(data.map(d => d.value), [[Date.UTC(2025, 10, 1), Date.UTC(2025, 11, 1), 1, 1, 1],
    [Date.UTC(2025, 0, 1), Date.UTC(2025, 3, 1), 3, 2, 4]]);
  const api = i => ({ value: k => data[i].value[k], coord: ([x, y]) => [x, y] });
  const kinds = i => option.series[0].renderItem({ dataIndex: i }, api(i)).children.map(c => c.type);
  assert.ok(kinds(0).includes('circle'));
  assert.equal(kinds(1)[0], 'rect');
});

test('a stated month outside the range its other figures give has that range drawn beside it, marked', () => {
  const flagged = { period: '2025-07', value: 100, low: 100, high: 100,
    derived_range: { value: 120, low: 118, high: 122, judgement: 'outside', flagged: true } };
  const inside = { period: '2025-08', value: 100, low: 100, high: 100,
    derived_range: { value: 100, low: 99, high: 101, judgement: 'inside', flagged: false } };
  const option = timeOption([{ name: 'SYN', figures: [flagged, inside] }], { from: '2025-01', to: '2025-12' },
    [{ name: 'vehicles', unit: 'vehicles' }]);
  const data = option.series[0].data;
  const api = i => ({ value: k => data[i].value[k], coord: ([x, y]) => [x, y] });
  const drawn = i => option.series[0].renderItem({ dataIndex: i }, api(i)).children;
  const marks = drawn(0).filter(c => c.type === 'text').map(c => c.style.text);
  assert.deepEqual(marks, ['\u26a0 derived range']);
  const dashed = drawn(0).find(c => c.type === 'line' && c.style.lineDash);
  assert.deepEqual([dashed.shape.y1, dashed.shape.y2], [122, 118]);
  assert.equal(drawn(1).filter(c => c.type === 'text').length, 0);
});
