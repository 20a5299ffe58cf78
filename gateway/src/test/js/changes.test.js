// The changes card's rows from the gateway's CloudEvents: what each says, newest first, none twice, a bounded list.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { describeChange, figureText, KEPT, withChange } from '../../main/resources/META-INF/resources/dashboard/changes.js';

function event(id, change, data) {
  return { specversion: '1.0', id: String(id), source: '/market-service', type: 'org.chinaauto.figure.' + change,
    time: '2030-01-05T08:00:00Z', subject: 'sales/all/SYN-A/2029-11',
    data: { change, figure: { measure: 'sales', segment: 'all', publisher: 'SYN-A', period: '2029-11' },
      publisher: 'SYN-A', status: 'final', previous_status: null, source: 'SYN report', ...data } };
}

const exact = v => ({ value: v, low: v, high: v });

test('an added figure reads with its value, and its status when not final', () => {
  const row = describeChange(event(1, 'added', { value: exact(1200000), status: 'preliminary' }));
  assert.equal(row.kind, 'Production and sales');
  assert.equal(row.figure, 'sales, all, Nov 2029');
  assert.equal(row.publisher, 'SYN-A');
  assert.equal(row.what, 'added 1,200,000 (preliminary)');
  assert.equal(row.source, 'SYN report');
});

test('a revision names the value it replaced, ranges as ranges', () => {
  const row = describeChange(event(2, 'revised', { previous: exact(1200000),
    value: { value: 15000000, low: 14000000, high: 15000000 } }));
  assert.equal(row.what, 'revised 1,200,000 → 15,000,000 (14,000,000 to 15,000,000)');
});

test('a status change says from what to what', () => {
  const row = describeChange(event(3, 'status_changed', { previous: exact(5), value: exact(5),
    previous_status: 'preliminary', status: 'final' }));
  assert.equal(row.what, 'preliminary → final at 5');
});

test('a figure key without a period keeps its own values', () => {
  assert.equal(figureText({ powertrain: 'nev', destination: 'WORLD', publisher: 'SYN-B', definition: 'customs' }),
    'nev, WORLD, customs');
});

test('rows are newest first, a change received again is shown once, and the list is bounded', () => {
  let rows = [];
  for (let i = 1; i <= KEPT + 5; i++) rows = withChange(rows, event(i, 'added', { value: exact(i) }));
  rows = withChange(rows, event(KEPT + 5, 'added', { value: exact(KEPT + 5) }));
  assert.equal(rows.length, KEPT);
  assert.equal(rows[0].id, '/market-service#' + (KEPT + 5));
  assert.equal(rows[1].id, '/market-service#' + (KEPT + 4));
  assert.equal(new Set(rows.map(r => r.id)).size, KEPT);
});
