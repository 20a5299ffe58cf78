// How a report and the figures it states read on the report page: the text cut into plain and highlighted pieces,
// a figure's row of the review table, an editor's change as the body of its PATCH, where a quoted sentence is, and a
// problem answer as words. Pure functions, no DOM: reports.js puts what they give on the page.

/**
 * A figure a report states, as reports-service proposes it for review. `start`..`end` is its sentence and
 * `stated_start`..`stated_end` its own words in the report's `text`, as UTF-16 code unit offsets (JavaScript string
 * indices); `low` or `high` is null when that side is unbounded.
 * @typedef {object} ReportFigure
 * @property {number} number
 * @property {string} quote
 * @property {number} start
 * @property {number} end
 * @property {string} stated_as
 * @property {number} stated_start
 * @property {number} stated_end
 * @property {?number} value
 * @property {?number} low
 * @property {?number} high
 * @property {?string} qualifier
 * @property {?number} precision
 * @property {?string} measure production, sales, retail, wholesale, exports, deliveries, share, growth, target
 * @property {?string} segment all, passenger, commercial, nev, bev, phev
 * @property {?('brand'|'group'|'destination')} subject_kind
 * @property {?string} subject
 * @property {?string} period 2025-11, 2025-01/2025-11, 2025-Q3, 2023-H1, 2024
 * @property {?string} publisher
 * @property {?('named'|'inferred')} attribution
 * @property {?number} yoy_pct
 * @property {?('estimate'|'preliminary'|'final')} status
 * @property {?('market'|'exports'|'deliveries')} service the service whose load would take it; null for none
 * @property {?string} reason why something is null or inferred
 * @property {'proposed'|'accepted'|'rejected'} review
 */

/**
 * A piece of a report's text: plain (`figures` empty, `figure` null) or the stated words of one or more figures
 * (the same words may be proposed twice, e.g. for production and for sales), in the order of their numbers;
 * `figure` is the first of them. `emphasised` when the piece lies in the range asked to be emphasised.
 * @typedef {object} TextPiece
 * @property {string} text
 * @property {number} start
 * @property {number} end
 * @property {ReportFigure[]} figures
 * @property {?ReportFigure} figure
 * @property {boolean} emphasised
 */

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The services a report's accepted figures are loaded into, each with a load CSV of its own. */
export const SERVICES = ['market', 'exports', 'deliveries'];

/** What an editor may choose for the members that take a fixed set of values. */
export const CHOICES = {
  measure: ['production', 'sales', 'retail', 'wholesale', 'exports', 'deliveries', 'share', 'growth', 'target'],
  segment: ['all', 'passenger', 'commercial', 'nev', 'bev', 'phev'],
  subject_kind: ['brand', 'group', 'destination'],
  attribution: ['named', 'inferred'],
  status: ['estimate', 'preliminary', 'final'],
  review: ['proposed', 'accepted', 'rejected']
};

/** The members of a figure that a PATCH changes. */
const EDITABLE = ['review', 'stated_as', 'measure', 'segment', 'subject_kind', 'subject', 'period', 'publisher',
  'attribution', 'yoy_pct', 'status'];

const isOffset = (n, length) => Number.isInteger(n) && n >= 0 && n <= length;

/** A [start, end) range inside a text of `length` code units, not empty. */
function inside(range, length) {
  return Array.isArray(range) && isOffset(range[0], length) && isOffset(range[1], length) && range[0] < range[1];
}

/**
 * The report's text cut into pieces in order, each plain or the stated words of the figures that cover it, so that
 * the page highlights each figure's words once: figures with the same offsets make one piece listing all of them,
 * overlapping ones are cut where each begins and ends. Figures whose offsets do not fall inside the text are left
 * out. `emphasis`, a [start, end) range (the sentence a link quotes), cuts the pieces at its ends too.
 * @param {string} text
 * @param {ReportFigure[]} figures
 * @param {?number[]} [emphasis]
 * @returns {TextPiece[]}
 */
export function segments(text, figures, emphasis = null) {
  const source = typeof text === 'string' ? text : '';
  const marked = (figures || []).filter(f => f && inside([f.stated_start, f.stated_end], source.length))
    .slice().sort((a, b) => a.number - b.number);
  const emphasised = inside(emphasis, source.length) ? emphasis : null;
  const cuts = new Set([0, source.length]);
  marked.forEach(f => { cuts.add(f.stated_start); cuts.add(f.stated_end); });
  if (emphasised) emphasised.forEach(c => cuts.add(c));
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const here = marked.filter(f => f.stated_start <= start && f.stated_end >= end);
    const emph = emphasised !== null && emphasised[0] <= start && emphasised[1] >= end;
    const last = pieces[pieces.length - 1];
    if (last && last.emphasised === emph && sameFigures(last.figures, here)) {
      last.end = end;
      last.text = source.slice(last.start, end);
    } else {
      pieces.push({ text: source.slice(start, end), start, end, figures: here, figure: here[0] || null,
        emphasised: emph });
    }
  }
  return pieces;
}

function sameFigures(a, b) {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** "1, 2": the numbers of the figures a highlighted piece stands for. */
export function markLabel(figures) {
  return figures.map(f => f.number).join(', ');
}

/**
 * The review a highlight shows: accepted or rejected when every figure of its words is, proposed otherwise (one of
 * two figures of the same words still to review).
 */
export function markReview(figures) {
  const reviews = new Set(figures.map(f => f.review || 'proposed'));
  return reviews.size === 1 ? [...reviews][0] : 'proposed';
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a quoted sentence is in the report's text: [start, end) as string indices, or null when it is not there.
 * The quote is looked for as it is, then with any run of white space matching any other (a link's quote may have
 * lost a line break); a quote cut short with a closing ellipsis ("…" or "...") is looked for without it.
 * @param {string} text
 * @param {string} quote
 * @returns {?number[]}
 */
export function quoteRange(text, quote) {
  if (typeof text !== 'string' || typeof quote !== 'string') return null;
  let q = quote.trim();
  const at = q ? text.indexOf(q) : -1;
  if (at >= 0) return [at, at + q.length];
  q = q.replace(/(\u2026|\.\.\.)$/, '').trim();
  if (!q) return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return [exact, exact + q.length];
  const found = new RegExp(q.split(/\s+/).map(escapeRegExp).join('\\s+')).exec(text);
  return found ? [found.index, found.index + found[0].length] : null;
}

/**
 * The range to emphasise for a quote found at `range`: the shortest sentence of a figure that holds it (a link may
 * quote part of a sentence), else the quote itself.
 * @param {ReportFigure[]} figures
 * @param {?number[]} range
 * @returns {?number[]}
 */
export function sentenceRange(figures, range) {
  if (!range) return null;
  const holding = (figures || []).filter(f => Number.isInteger(f.start) && Number.isInteger(f.end)
    && f.start <= range[0] && f.end >= range[1]).sort((a, b) => (a.end - a.start) - (b.end - b.start));
  return holding.length ? [holding[0].start, holding[0].end] : range;
}

/**
 * What a figure counts in: percent for a share or a rate ("40.9%", "up 37.3%"), times for a multiple ("fivefold"),
 * vehicles otherwise.
 */
export function unitOf(f) {
  const words = f.stated_as || '';
  if (/%|％|percent|per cent/i.test(words) || f.measure === 'share') return 'percent';
  if (/fold|times|doubled|tripled|quadrupled|倍/i.test(words)) return 'times';
  return 'vehicles';
}

function formatted(v, unit) {
  if (v === null || v === undefined || v === '' || !Number.isFinite(Number(v))) return 'n/a';
  const text = number.format(Number(v));
  return unit === 'percent' ? text + '%' : unit === 'times' ? text + '\u00d7' : text;
}

/**
 * A figure's value with its bounds: "534,000" when exact, "31,225,000–31,235,000" for a range, "≥ 9,625,000" when
 * it has no upper bound, "≤ 200,000" when it has no lower one; "n/a" when its words could not be read.
 * @param {ReportFigure} f
 */
export function valueCell(f) {
  const unit = unitOf(f);
  const low = f.low === null || f.low === undefined ? null : Number(f.low);
  const high = f.high === null || f.high === undefined ? null : Number(f.high);
  if (low !== null && high !== null) {
    return low === high ? formatted(low, unit) : `${formatted(low, unit)}\u2013${formatted(high, unit)}`;
  }
  if (low !== null) return '\u2265 ' + formatted(low, unit);
  if (high !== null) return '\u2264 ' + formatted(high, unit);
  return formatted(f.value, unit);
}

/** "+37.3%", "-4%", '' when none was stated. */
function yoyCell(v) {
  if (v === null || v === undefined || v === '') return '';
  const n = Number(v);
  return (n > 0 ? '+' : '') + number.format(n) + '%';
}

/** The columns of the review table, in order: the member each shows and its header. */
export const FIGURE_COLUMNS = [
  ['number', 'No.'], ['review', 'Review'], ['stated_as', 'Stated as'], ['value', 'Value (bounds)'],
  ['measure', 'Measure'], ['segment', 'Segment'], ['subject', 'Subject'], ['period', 'Period'],
  ['publisher', 'Publisher'], ['yoy_pct', 'Year on year'], ['status', 'Status'], ['service', 'Service'],
  ['reason', 'Why']
];

/**
 * A figure's cells in the review table, in the order of FIGURE_COLUMNS, as text.
 * @param {ReportFigure} f
 * @returns {string[]}
 */
export function figureRow(f) {
  const cells = {
    number: String(f.number),
    stated_as: f.stated_as || '',
    value: valueCell(f),
    measure: f.measure || '',
    segment: f.segment || '',
    subject: f.subject ? f.subject + (f.subject_kind ? ` (${f.subject_kind})` : '') : '',
    period: f.period || '',
    publisher: f.publisher ? f.publisher + (f.attribution ? ` (${f.attribution})` : '') : '',
    yoy_pct: yoyCell(f.yoy_pct),
    status: f.status || '',
    service: f.service || (f.measure ? `none: no service keeps ${f.measure} figures` : ''),
    reason: f.reason || '',
    review: f.review || 'proposed'
  };
  return FIGURE_COLUMNS.map(([key]) => cells[key]);
}

/**
 * The body of the PATCH that changes one member of a figure to what an editor typed or chose: trimmed, a member with
 * a fixed set of values in lower case, yoy_pct a number of percent ("3.2", "+3.2%", "−1.5"). Empty means no
 * change: the body is then empty ({}). Throws a RangeError for a member a PATCH does not take or a yoy_pct that is
 * not a number.
 * @param {string} field
 * @param {*} rawValue
 * @returns {object}
 */
export function editPayload(field, rawValue) {
  if (!EDITABLE.includes(field)) throw new RangeError(`${field} is not a member of a figure that can be changed`);
  const text = rawValue === null || rawValue === undefined ? '' : String(rawValue).trim();
  if (text === '') return {};
  if (field === 'yoy_pct') {
    const plain = text.replace(/\s+/g, '').replace(/[%％]$/, '').replace(/^[\u2212\u2013]/, '-').replace(/^\+/, '');
    if (!/^-?\d+(\.\d+)?$/.test(plain)) {
      throw new RangeError(`yoy_pct must be a number of percent, e.g. 3.2 or -1.5, not "${text}"`);
    }
    return { yoy_pct: Number(plain) };
  }
  return { [field]: CHOICES[field] ? text.toLowerCase() : text };
}

/**
 * The errors of a problem answer, one line each: "Figure 3, period: is required" when the error names a figure
 * (`line`: a load's errors name the figure by its number), "title: is required" otherwise.
 * @param {?{errors?: {line?: number, field?: string, message?: string}[]}} problem
 * @returns {string[]}
 */
export function problemErrors(problem) {
  const errors = problem && Array.isArray(problem.errors) ? problem.errors : [];
  return errors.map(e => {
    const where = [Number.isInteger(e.line) && e.line > 0 ? `Figure ${e.line}` : null, e.field || null]
      .filter(Boolean).join(', ');
    return (where ? where + ': ' : '') + (e.message || 'is not valid');
  });
}

/**
 * A problem answer's title and detail as one sentence: "Conflict: 2 accepted figures are not ready to load."
 * @param {?{status?: number, title?: string, detail?: string}} problem
 * @returns {string}
 */
export function problemHeadline(problem) {
  if (!problem || typeof problem !== 'object') return 'The request failed, with no reason given.';
  const title = problem.title || (problem.status ? `HTTP ${problem.status}` : 'The request failed');
  const head = problem.detail && problem.detail !== title ? `${title}: ${problem.detail}` : title;
  return /[.!?]$/.test(head) ? head : head + '.';
}

/**
 * A problem answer (application/problem+json) in words: its title and detail, then every error it lists.
 * @param {?{status?: number, title?: string, detail?: string, errors?: object[]}} problem
 * @returns {string}
 */
export function problemMessage(problem) {
  const errors = problemErrors(problem);
  return problemHeadline(problem) + (errors.length ? ` ${errors.join('; ').replace(/\.$/, '')}.` : '');
}

/**
 * A load's outcome, a line per service: "market: 3 figures loaded at 2025-12-06T10:00:00Z", "exports: 1 figure
 * already loaded at ...".
 * @param {{loaded_at?: string, services?: {service: string, figures: number, loaded_at?: string,
 *   outcome: 'loaded'|'already_loaded'}[]}} load
 * @returns {string[]}
 */
export function loadOutcome(load) {
  const services = load && Array.isArray(load.services) ? load.services : [];
  return services.map(s => `${s.service}: ${s.figures} figure${s.figures === 1 ? '' : 's'} `
    + (s.outcome === 'already_loaded' ? 'already loaded' : 'loaded') + (s.loaded_at ? ` at ${s.loaded_at}` : ''));
}

/**
 * The address of a report's page, opening it at the sentence that holds `quote` when one is given: what a figure's
 * tooltip links to. `base` is the path of the page (relative by default).
 * @param {number|string} id
 * @param {string} [quote]
 * @param {string} [base]
 */
export function reportHref(id, quote, base = 'reports.html') {
  const query = new URLSearchParams({ report: String(id) });
  if (quote) query.set('quote', quote);
  return `${base}?${query}`;
}

/**
 * What the page's address asks for: the report to open (a positive integer id, else null; `invalid` when one was
 * asked for that is no id) and the quote to show.
 * @param {string} search location.search
 * @returns {{report: ?number, quote: ?string, invalid: boolean}}
 */
export function pageRequest(search) {
  const query = new URLSearchParams(search);
  const raw = query.get('report');
  const id = raw !== null && /^\d{1,15}$/.test(raw.trim()) && Number(raw) > 0 ? Number(raw) : null;
  return { report: id, quote: query.get('quote') || null, invalid: raw !== null && raw !== '' && id === null };
}
