// Every call the dashboard makes to the gateway, and the shapes of the answers it reads (api/gateway/openapi.yaml
// describes them whole; only the fields the dashboard reads are listed here).

/**
 * @typedef {object} Problem
 * @property {number} status
 * @property {string} title
 * @property {string} [detail]
 */

/**
 * One part of a composed view, with its own status; a section that is not complete says why in `problem`.
 * @template T
 * @typedef {object} Section
 * @property {string} source 'market-service', 'exports-service', 'deliveries-service' or 'gateway'
 * @property {'complete'|'stale'|'rejected'|'unavailable'|'partial'} status
 * @property {boolean} complete
 * @property {string} [fetched_at] when a stale section's data was fetched
 * @property {T} [data]
 * @property {Problem} [problem]
 */

/**
 * A range of a figure: `low` and `high` are its bounds, null meaning unbounded on that side.
 * @typedef {object} Estimate
 * @property {?number} value
 * @property {?number} low
 * @property {?number} high
 */

/**
 * A figure of a timeline series: as published, or a share the gateway computed (`computed`), with the judgement of
 * the publisher's reported share of the same period against the computed range.
 * @typedef {object} TimelinePoint
 * @property {string} period a month (2025-11), a span (2025-01/2025-11), a quarter, a half or a year
 * @property {?number} value
 * @property {?number} low
 * @property {?number} high
 * @property {string} [stated_as]
 * @property {boolean} [computed]
 * @property {'inside'|'outside'} [judgement]
 * @property {string} [definition]
 * @property {'named'|'inferred'} [attribution]
 * @property {string} [published] the publication as the report states it
 * @property {string} [published_on]
 * @property {string} [source]
 * @property {number} [report_id] the report it was read from (its id in reports-service)
 * @property {string} [quote] the sentence of that report that states it
 * @property {number[]} [report_ids] a computed share's: the reports of its inputs
 */

/**
 * One publisher's figures of one thing.
 * @typedef {object} TimelineSeries
 * @property {string} key
 * @property {'market'|'exports'|'deliveries'} service
 * @property {string} measure production, sales, sales_share, exports or deliveries
 * @property {string} [segment] the market segment (all, nev, ...) or the exports powertrain (all, nev)
 * @property {string} [subject] the brand or group of deliveries
 * @property {boolean} [computed] a share the gateway computed
 * @property {string} label
 * @property {string} publisher
 * @property {string} [definition]
 * @property {string} unit vehicles or percent
 * @property {TimelinePoint[]} points
 */

/**
 * @typedef {object} TimelineView
 * @property {string} from
 * @property {string} to
 * @property {{market: Section<void>, exports: Section<void>, deliveries: Section<void>}} sections
 * @property {TimelineSeries[]} series
 */

/**
 * The market for one period: `market` is market-service's summary ({publishers: [...]}, each publisher's
 * production, sales, nev_sales and nev_share), `exports` the world total's reconciliation ({all, nev}, each with
 * `figures`), `brand_ranking` ({period, entries}) and `group_rollups` (a list) are deliveries-service's.
 * @typedef {object} OverviewView
 * @property {string} period
 * @property {{market: Section<object>, exports: Section<object>, brand_ranking: Section<object>,
 *   group_rollups: Section<object[]>}} sections
 */

/**
 * Every publisher's figure of one measure and period, and the gap between each pair.
 * @typedef {object} ReconciliationView
 * @property {string} period
 * @property {string} segment
 * @property {Section<void>} section
 * @property {{publisher_a: string, definition_a: string, publisher_b: string, definition_b: string,
 *   same_definition: boolean, gap: Estimate, gap_pct: ?Estimate}[]} gaps
 */

/**
 * A brand's year: `brand` ({slug, name, carmaker, memberships}), `history` ({points}: a month each, its
 * `deliveries` null when none was published) and `targets` (the target's revisions and the progress towards it).
 * @typedef {object} BrandProfileView
 * @property {string} brand the slug
 * @property {number} year
 * @property {{brand: Section<object>, history: Section<object>, targets: Section<object>}} sections
 */

/** A problem the gateway answered with: a request it refused (4xx) or could not serve. */
export class ViewProblem extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }

  /** A request the gateway refused: a control's value it cannot read. */
  get refused() {
    return this.status >= 400 && this.status < 500;
  }
}

/** A gateway view with the snapshot asked for; a problem answer is thrown with its detail. */
async function view(path, params, vintage) {
  const query = new URLSearchParams(params);
  if (vintage) query.set('vintage', vintage);
  const response = await fetch(`/api/${path}?${query}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ViewProblem(response.status, body.detail || body.title || response.statusText);
  return body;
}

/** @returns {Promise<TimelineView>} the figures of every service published for the months from..to */
export const timeline = (from, to, vintage) => view('timeline', { from, to }, vintage);

/** @returns {Promise<OverviewView>} */
export const overview = (period, vintage) => view('overview', { period }, vintage);

/** @returns {Promise<ReconciliationView>} the exports of one powertrain (`segment`) and period by every publisher */
export const exportsReconciliation = (segment, period, vintage) =>
  view('reconciliation', { measure: 'exports', segment, period }, vintage);

/** @returns {Promise<BrandProfileView>} */
export const brandProfile = (slug, year, vintage) => view('brands/' + encodeURIComponent(slug), { year }, vintage);

/**
 * deliveries-service's catalogue of brands, through the gateway's pass-through.
 * @returns {Promise<{slug: string, name: string}[]>}
 */
export async function brands() {
  const response = await fetch('/api/services/deliveries/brands?size=100', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ViewProblem(response.status, response.statusText);
  return (await response.json()).items;
}

/**
 * A committed change of a figure, as the gateway streams it: a CloudEvents 1.0 event (`type`
 * org.chinaauto.figure.added, .revised or .status_changed) whose data says what changed.
 * @typedef {object} FigureChangeEvent
 * @property {string} id its number in its service's feed
 * @property {string} source '/market-service', '/exports-service' or '/deliveries-service'
 * @property {string} type
 * @property {string} time when it was committed
 * @property {string} subject the figure's key, its values joined by /
 * @property {{change: string, figure: object, publisher: string, value: ?Estimate, previous: ?Estimate,
 *   status: string, previous_status: ?string, source: ?string, load_id: string}} data
 */

/**
 * Follows the gateway's stream of changes from now on: `onChange` gets each change as it commits. The browser
 * reconnects by itself with the last id it received, so a dropped connection misses nothing; `onState` hears
 * whether the stream is open ('open', 'reconnecting').
 * @param {(change: FigureChangeEvent) => void} onChange
 * @param {(state: string) => void} onState
 * @returns {EventSource} to close when done
 */
export function followChanges(onChange, onState) {
  const source = new EventSource('/api/changes/stream');
  source.onmessage = e => onChange(JSON.parse(e.data));
  source.onopen = () => onState('open');
  source.onerror = () => onState('reconnecting');
  return source;
}

/**
 * A publisher's series on the release calendar, from the service that keeps its figures and schedule.
 * @typedef {object} CalendarEntry
 * @property {'market'|'exports'|'deliveries'} service
 * @property {string} publisher
 * @property {string} series production, sales, exports or deliveries
 * @property {?string} last_period the last month published; null when no figure is stored
 * @property {?string} last_published when it was first published, as precise as published
 * @property {?string} next_period the month expected next
 * @property {?string} expected_from the first day of its window
 * @property {?string} due_by the day by which it is expected
 * @property {number} grace_days
 * @property {'on_time'|'due'|'late'|'no_figures'} status
 * @property {number} days_late 0 unless late
 * @property {string} basis why the schedule is expected
 */

/**
 * @typedef {object} CalendarView
 * @property {?string} today the day the statuses are worked out for
 * @property {{market: Section<void>, exports: Section<void>, deliveries: Section<void>}} sections
 * @property {CalendarEntry[]} entries
 */

/** @returns {Promise<CalendarView>} the release calendar, or as it stood on the vintage date */
export const calendar = vintage => view('calendar', {}, vintage);
