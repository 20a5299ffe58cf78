// The changes of figures as they arrive: a line per change, newest first, read from the gateway's stream.
import { format, periodLabel } from './figures.js';

/** How many changes the card keeps. */
export const KEPT = 20;

const SERVICES = { '/market-service': 'Production and sales', '/exports-service': 'Exports',
  '/deliveries-service': 'Deliveries' };

/** "sales, all, Nov 2025": the figure's key, its period as a label. */
export function figureText(figure) {
  return Object.entries(figure).filter(([k]) => k !== 'publisher')
    .map(([k, v]) => (k === 'period' ? periodLabel(v) : String(v))).join(', ');
}

/** "1,210,000", "1,400,000 to 1,500,000" (a range when the value is not exact), "n/a". */
function amount(estimate) {
  if (!estimate) return 'n/a';
  const { value, low, high } = estimate;
  if (low === value && high === value) return format(value);
  if (low === null && high === null) return format(value) + ' (unbounded)';
  return `${format(value)} (${low === null ? 'at most' : format(low) + ' to'} ${high === null ? 'or more' : format(high)})`;
}

/**
 * What a change says, as the card's row shows it: what kind of data it is, the figure, its publisher, what happened
 * ("added 1,200,000", "revised 1,200,000 → 1,210,000", "preliminary → final at 1,200,000"), where the new version
 * came from and when it was committed.
 * @param {import('./api.js').FigureChangeEvent} event
 */
export function describeChange(event) {
  const d = event.data;
  let what;
  if (d.change === 'added') what = `added ${amount(d.value)}` + (d.status !== 'final' ? ` (${d.status})` : '');
  else if (d.change === 'status_changed') what = `${d.previous_status} → ${d.status} at ${amount(d.value)}`;
  else what = `revised ${amount(d.previous)} → ${amount(d.value)}`;
  return {
    id: `${event.source}#${event.id}`,
    kind: SERVICES[event.source] || event.source,
    figure: figureText(d.figure),
    publisher: d.publisher,
    what,
    source: d.source || 'no source stated',
    time: event.time
  };
}

/** The card's rows once `event` arrived: it first, the same change never twice, at most {@link KEPT}. */
export function withChange(rows, event) {
  const row = describeChange(event);
  return [row, ...rows.filter(r => r.id !== row.id)].slice(0, KEPT);
}

/** Draws the rows in the card's list. */
export function renderChanges(list, rows) {
  list.replaceChildren(...rows.map(r => {
    const li = document.createElement('li');
    const time = document.createElement('time');
    time.dateTime = r.time;
    time.textContent = new Date(r.time).toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
    li.append(time, ` ${r.kind}: ${r.figure}, ${r.publisher}: ${r.what}. Source: ${r.source}.`);
    return li;
  }));
}
