// What a figure is and how it reads: periods as months on a time axis, values with their bounds, provenance.

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function format(v, unit) {
  if (v === null || v === undefined) return 'n/a';
  return number.format(v) + (unit === 'percent' ? '%' : '');
}

/**
 * The months a period covers: a month (2025-11), a span (2025-01/2025-08), a quarter (2025-Q3), a half (2023-H1)
 * or a year (2024). Null for anything else.
 */
export function months(period) {
  let m;
  if ((m = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period))) return span(+m[1], +m[2], +m[3], +m[4]);
  if ((m = /^(\d{4})-(\d{2})$/.exec(period))) return span(+m[1], +m[2], +m[1], +m[2]);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) return span(+m[1], m[2] * 3 - 2, +m[1], m[2] * 3, `Q${m[2]} ${m[1]}`);
  if ((m = /^(\d{4})-H([12])$/.exec(period))) return span(+m[1], m[2] * 6 - 5, +m[1], m[2] * 6, `H${m[2]} ${m[1]}`);
  if ((m = /^(\d{4})$/.exec(period))) return span(+m[1], 1, +m[1], 12);
  return null;
}

function span(y1, m1, y2, m2, name) {
  return {
    // the first day of the first month to the first day of the month after the last: a year covers 12 months
    start: Date.UTC(y1, m1 - 1, 1),
    end: Date.UTC(y2, m2, 1),
    count: (y2 - y1) * 12 + m2 - m1 + 1,
    label: name ? name : y1 === y2 && m1 === 1 && m2 === 12 ? String(y1)
      : y1 === y2 && m1 === m2 ? `${MONTHS[m1 - 1]} ${y1}`
        : y1 === y2 ? `${MONTHS[m1 - 1]}-${MONTHS[m2 - 1]} ${y1}`
          : `${MONTHS[m1 - 1]} ${y1}-${MONTHS[m2 - 1]} ${y2}`
  };
}

/** "Jan-Nov 2025 (11 months)", "Nov 2025". */
export function periodLabel(period) {
  const m = months(period);
  if (!m) return period;
  return m.count > 1 ? `${m.label} (${m.count} months)` : m.label;
}

/** A side's bound: the number, null when unbounded. */
function bound(b) {
  return typeof b === 'number' && isFinite(b) ? b : null;
}

/** "14,000,000-15,000,000", "at least 2,000,000", "exact". */
export function boundsText(value, low, high, unit) {
  const lo = bound(low);
  const hi = bound(high);
  if (lo !== null && hi !== null && lo === value && hi === value) return 'exact';
  if (lo === null && hi === null) return 'unbounded';
  if (hi === null) return 'at least ' + format(lo, unit) + ' (no upper bound)';
  if (lo === null) return 'at most ' + format(hi, unit) + ' (no lower bound)';
  return `${format(lo, unit)} to ${format(hi, unit)}`;
}

/** The value, its form as stated and its bounds in one line: 15,000,000 ("nearly 15 million", 14,000,000 to 15,000,000). */
export function valueText(value, low, high, unit, stated) {
  // a floor ("at least 70,327": months missing) or a ceiling reads as one
  if (!stated && bound(low) === value && bound(high) === null) return 'at least ' + format(value, unit);
  if (!stated && bound(high) === value && bound(low) === null) return 'at most ' + format(value, unit);
  const b = boundsText(value, low, high, unit);
  const parts = [stated ? `stated "${stated}"` : null, b === 'exact' ? null : b].filter(Boolean);
  return format(value, unit) + (parts.length ? ` (${parts.join('; ')})` : '');
}

/** "CAAM (named by the report)" or "HIMA (inferred by the suite: the report names no publisher)". */
export function publisherText(publisher, attribution) {
  if (!publisher) return 'n/a';
  if (attribution === 'named') return `${publisher} (named by the report)`;
  if (attribution === 'inferred') return `${publisher} (inferred by the suite: the report names no publisher)`;
  return publisher;
}

/** The publication as the report states it (a month or a date), else the last day it can be; '' when unknown. */
export function publishedText(f) {
  return f.published || f.published_on || '';
}

/**
 * A figure a derived range comes from, as the services name it: a period (the timeline), a source figure with its
 * period (market) or a figure id (exports, deliveries).
 */
function sourceText(source) {
  if (typeof source === 'number') return `figure ${source}`;
  if (source && typeof source === 'object') return source.period || `figure ${source.figure_id}`;
  return String(source);
}

/**
 * A stated level against the range its publisher's other figures give for the same period: "2,613,000 to 2,615,000
 * from 2025-01/2025-07 and 2025-H1 (difference): outside by 21,500 (0.83%)". '' without one.
 */
export function derivedRangeText(range, unit) {
  if (!range) return '';
  const judged = range.judgement === 'outside'
    ? `outside by ${format(range.outside_by, unit)} (${format(range.outside_by_pct)}%)` : 'inside';
  const from = (range.sources || []).map(sourceText).join(' and ');
  const exact = bound(range.low) !== null && bound(range.low) === bound(range.high);
  return `${exact ? format(range.low, unit) : boundsText(range.value, range.low, range.high, unit)}`
    + `${from ? ' from ' + from : ''}`
    + `${range.derivation ? ' (' + range.derivation + ')' : ''}: ${judged}`;
}

/**
 * The address of the report page at the sentence that states a figure: the report's id in reports-service and, when
 * the figure quotes it, the sentence.
 */
export function reportLink(reportId, quote) {
  return `reports.html?report=${encodeURIComponent(reportId)}` + (quote ? `&quote=${encodeURIComponent(quote)}` : '');
}

/**
 * The reports a figure was read from: "sentence in report 7" (a figure with its quoted sentence), "report 7" (a figure
 * that names its report alone), "report 7, report 8" (a value made of several figures); '' when none is named.
 */
export function reportText(f) {
  if (f.report_id) return (f.quote ? 'sentence in report ' : 'report ') + f.report_id;
  return (f.report_ids || []).map(id => 'report ' + id).join(', ');
}

/**
 * One figure described field by field, the same for its tooltip, its table row and its CSV row. `f` holds
 * series, period, value, low, high, unit, stated_as, status, computed, judgement, derived_range, definition,
 * publisher, attribution, published_on, source, and where it was read: report_id and quote, or report_ids.
 */
export function describe(f) {
  return [
    ['Figure', f.series],
    ['Period', periodLabel(f.period)],
    ['Value', format(f.value, f.unit)],
    ['Stated as', f.stated_as || (f.computed ? 'not stated: computed by the suite' : '')],
    ['Bounds', boundsText(f.value, f.low, f.high, f.unit)],
    ['Status', f.status && f.status !== 'final' ? `${f.status}: not yet the final figure` : ''],
    ['Derived range', derivedRangeText(f.derived_range, f.unit)],
    ['Derived', f.computed ? 'yes: ' + (f.formula || 'computed by the suite') : 'no: as published'],
    ['Judgement', f.judgement === 'outside' ? 'the reported share is outside the computed range'
      : f.judgement === 'inside' ? 'the reported share is inside the computed range' : ''],
    ['Publisher', publisherText(f.publisher, f.attribution)],
    ['Definition', f.definition || ''],
    ['Published', publishedText(f)],
    ['Source', f.source || ''],
    ['Report', reportText(f)]
  ].filter(([, v]) => v !== '');
}

/** Columns of a card's table and CSV: the figure as the API gives it. */
export const COLUMNS = ['series', 'period', 'value', 'low', 'high', 'unit', 'stated_as', 'computed', 'judgement',
  'publisher', 'attribution', 'definition', 'published', 'source', 'report_id', 'quote', 'report_ids'];

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** The reports of a figure as links to the report page (a chart's tooltip must be `enterable` to follow them). */
function reportLinks(f) {
  const link = (href, text) => `<a class="report-link" href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  if (f.report_id) return link(reportLink(f.report_id, f.quote), reportText(f));
  return (f.report_ids || []).map(id => link(reportLink(id), 'report ' + id)).join(', ');
}

/** A tooltip's HTML: classes only, no style attribute (the Content-Security-Policy allows no inline style). */
export function tooltipHtml(f) {
  return '<dl class="tip">' + describe(f).map(([k, v]) =>
    `<dt>${escapeHtml(k)}</dt><dd>${k === 'Report' ? reportLinks(f) : escapeHtml(v)}</dd>`).join('') + '</dl>';
}
