// The release calendar card's rows from the gateway's calendar view.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { calendarRows, calendarSummary, dateText, statusText }
  from '../../main/resources/META-INF/resources/dashboard/calendar.js';

const entry = (publisher, series, status, more) => ({ service: 'market', publisher, series, frequency: 'monthly',
  last_period: '2091-03', last_published: '2091-04-06', next_period: '2091-04', expected_from: '2091-05-10',
  due_by: '2091-05-14', grace_days: 3, status, days_late: 0, basis: 'SYN basis', ...more });

const view = { today: '2091-05-20', entries: [
  entry('SYN-B', 'sales', 'on_time'),
  entry('SYN-A', 'sales', 'late', { days_late: 2 }),
  entry('SYN-C', 'exports', 'no_figures', { last_period: null, last_published: null, next_period: null,
    expected_from: null, due_by: null }),
  entry('SYN-D', 'deliveries', 'late', { days_late: 40 }),
  entry('SYN-A', 'production', 'due')] };

test('the late come first, the latest first, then the due, the on time and those with no figure', () => {
  const rows = calendarRows(view);
  assert.deepEqual(rows.map(r => `${r.publisher} ${r.series}`),
    ['SYN-D deliveries', 'SYN-A sales', 'SYN-A production', 'SYN-B sales', 'SYN-C exports']);
  assert.deepEqual(rows.map(r => r.late), [true, true, false, false, false]);
  assert.equal(rows[0].statusText, 'Late by 40 days, beyond its 3 days of grace');
  assert.equal(rows[1].statusText, 'Late by 2 days');
  assert.equal(rows[2].statusText, 'Due (window opened 10 May 2091)');
  assert.equal(rows[3].statusText, 'On time');
  assert.equal(rows[4].statusText, 'No figures yet');
});

test('months and days read as a reader says them; a publication known to the month stays a month', () => {
  const [row] = calendarRows({ entries: [entry('SYN-A', 'sales', 'on_time', { last_published: '2091-04' })] });
  assert.equal(row.lastPeriod, 'Mar 2091');
  assert.equal(row.published, 'Apr 2091');
  assert.equal(row.nextPeriod, 'Apr 2091');
  assert.equal(row.dueBy, '14 May 2091');
  assert.equal(dateText('2091-01-02'), '2 Jan 2091');
  assert.equal(dateText(null), '');
  const none = calendarRows(view).at(-1);
  assert.equal(none.lastPeriod, '');
  assert.equal(none.dueBy, '');
});

test('a day late is one day, with one day of grace', () => {
  assert.equal(statusText({ status: 'late', days_late: 1, grace_days: 0 }), 'Late by 1 day, beyond its 0 days of grace');
  assert.equal(statusText({ status: 'late', days_late: 1, grace_days: 1 }), 'Late by 1 day');
  assert.equal(statusText({ status: 'late', days_late: 2, grace_days: 1 }), 'Late by 2 days, beyond its 1 day of grace');
});

test('the summary counts the late and the due on the calendar\'s day', () => {
  assert.equal(calendarSummary(view), 'On 20 May 2091: 2 of 5 series late, 1 due.');
  assert.equal(calendarSummary({ today: null, entries: [] }), 'No release schedule is known.');
});
