// The release calendar card: every publisher's series with its last month published, the month expected next and by
// when, and whether it is on time, due or late. `calendarRows` is a pure function of the gateway's calendar view;
// `renderCalendar` puts its rows on the page.
import { markStatus } from './card.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date (2026-01-14) or a month as published (2025-12) as a reader says it: 14 Jan 2026, Dec 2025. */
export function dateText(text) {
  if (!text) return '';
  const [y, m, d] = text.split('-');
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A month (2025-11) as a reader says it: Nov 2025. */
export const monthText = period => period ? dateText(period) : '';

/** What a series' status says, in words: "Late by 6 days", "Due (from 10 Jan 2026)", "On time", "No figures yet". */
export function statusText(entry) {
  switch (entry.status) {
    case 'late': {
      const days = entry.days_late;
      const grace = entry.grace_days;
      return `Late by ${days} day${days === 1 ? '' : 's'}` + (grace != null && days > grace
        ? `, beyond its ${grace} day${grace === 1 ? '' : 's'} of grace` : '');
    }
    case 'due': return `Due (window opened ${dateText(entry.expected_from)})`;
    case 'on_time': return 'On time';
    case 'no_figures': return 'No figures yet';
    default: return entry.status || '';
  }
}

const ORDER = { late: 0, due: 1, on_time: 2, no_figures: 3 };

/**
 * The calendar's rows, the late first (the latest first among them), then the due, the on time and those with no
 * figure yet, each by publisher and series.
 */
export function calendarRows(view) {
  return (view.entries || []).map(e => ({
    publisher: e.publisher, series: e.series, service: e.service, status: e.status, late: e.status === 'late',
    daysLate: e.days_late || 0, lastPeriod: monthText(e.last_period), published: dateText(e.last_published),
    nextPeriod: monthText(e.next_period), dueBy: dateText(e.due_by), statusText: statusText(e), basis: e.basis || ''
  })).sort((a, b) => (ORDER[a.status] ?? 9) - (ORDER[b.status] ?? 9) || b.daysLate - a.daysLate
    || a.publisher.localeCompare(b.publisher) || a.series.localeCompare(b.series));
}

/** How many series are late, in a sentence over the table. */
export function calendarSummary(view) {
  const rows = calendarRows(view);
  const late = rows.filter(r => r.late).length;
  const day = view.today ? dateText(view.today) : null;
  if (!rows.length) return 'No release schedule is known' + (day ? ` on ${day}.` : '.');
  return `${day ? `On ${day}` : 'Today'}: ${late} of ${rows.length} series late, `
    + `${rows.filter(r => r.status === 'due').length} due.`;
}

const HEADERS = ['Publisher', 'Series', 'Last period', 'Published', 'Next period', 'Due by', 'Status'];

/** Draws the calendar view on its card: its sections' status, a sentence, and a row per publisher and series. */
export function renderCalendar(card, view) {
  markStatus(card, [view.sections.market, view.sections.exports, view.sections.deliveries]);
  card.querySelector('.calendar-summary').textContent = calendarSummary(view);
  const rows = calendarRows(view);
  fillTable(card, rows);
  card.querySelector('.calendar-bases').replaceChildren(...rows.map(r => {
    const li = document.createElement('li');
    li.textContent = `${r.publisher}, ${r.series}: ${r.basis}`;
    return li;
  }));
}

/** A calendar that could not be had: nothing of an earlier one stays; the card says why. */
export function calendarUnavailable(card, problem, refused) {
  card.dataset.status = refused ? 'rejected' : 'unavailable';
  const box = card.querySelector('.degraded');
  box.hidden = false;
  box.textContent = (refused ? 'Not shown: ' : 'Degraded (unavailable): ') + problem.message;
  card.querySelector('.calendar-summary').textContent = '';
  card.querySelector('.calendar-bases').replaceChildren();
  fillTable(card, []);
}

function fillTable(card, rows) {
  const table = card.querySelector('table.calendar');
  table.replaceChildren();
  const caption = document.createElement('caption');
  caption.textContent = 'Each publisher\'s series: the last month published, the next expected and its status';
  table.appendChild(caption);
  const head = table.createTHead().insertRow();
  HEADERS.forEach(h => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.appendChild(th);
  });
  const body = table.createTBody();
  rows.forEach(r => {
    const row = body.insertRow();
    row.dataset.publisher = r.publisher;
    row.dataset.series = r.series;
    row.dataset.status = r.status;
    if (r.late) row.className = 'late';
    const publisher = document.createElement('th');
    publisher.scope = 'row';
    publisher.textContent = r.publisher;
    row.appendChild(publisher);
    [r.series, r.lastPeriod, r.published, r.nextPeriod, r.dueBy].forEach(v => { row.insertCell().textContent = v; });
    const status = row.insertCell();
    status.className = 'status';
    status.textContent = r.statusText;
  });
}
