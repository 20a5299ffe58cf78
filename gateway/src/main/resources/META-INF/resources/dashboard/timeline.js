// The cards over the timeline: the NEV series with reported and computed shares, and exports by publisher with
// the reconciliation gaps between publishers of the same period. `nevChart`, `exportsChart` and `comparablePeriods`
// are pure functions of the timeline view (the series picked by their measure, segment and service); the render
// functions draw what they give.
import { chartOf, markEmpty, markSources, markStatus, showFigures } from './card.js';
import { format, periodLabel } from './figures.js';
import { COLOURS, timeOption } from './timechart.js';

/** A timeline point of a series as a figure. */
function figureOf(s, p) {
  return { series: s.label, period: p.period, value: p.value, low: p.low, high: p.high, unit: s.unit,
    stated_as: p.stated_as, computed: p.computed || false, formula: p.computed ? s.definition : null,
    judgement: p.judgement, status: p.status, derived_range: p.derived_range,
    definition: p.definition || s.definition, publisher: s.publisher,
    attribution: p.attribution, published: p.published, published_on: p.published_on, source: p.source,
    report_id: p.report_id, quote: p.quote, report_ids: p.report_ids };
}

/** The series `wanted` picks, each as a chart series of its figures (a point without a value left out). */
function seriesOf(view, wanted, grid) {
  return view.series.filter(wanted).map(s => ({ name: s.label, measure: s.measure, grid, derived: Boolean(s.computed),
    figures: s.points.filter(p => p.value !== null && p.value !== undefined).map(p => figureOf(s, p)) }));
}

const nevMarket = s => s.service === 'market' && s.segment === 'nev';

/** Marks a reported share whose computed share (same publisher and period) judged it outside the computed range. */
function judgeReported(reported, computed) {
  const judged = computed.flatMap(s => s.figures).filter(f => f.judgement);
  reported.forEach(s => s.figures.forEach(f => {
    const c = judged.find(j => j.period === f.period && j.publisher === f.publisher);
    if (c) {
      f.judgement = c.judgement;
      f.outside = c.judgement === 'outside';
      f.belowComputed = f.value < c.value;
    }
  }));
}

/**
 * NEV production and sales (vehicles, above) and the NEV share of sales (percent, below), reported and computed,
 * a reported share marked where the computed range judges it outside.
 * @param {import('./api.js').TimelineView} view
 * @param {{from: string, to: string}} range the months of the axis
 */
export function nevChart(view, range) {
  const volumes = seriesOf(view, s => nevMarket(s) && (s.measure === 'production' || s.measure === 'sales'), 0);
  const reported = seriesOf(view, s => nevMarket(s) && s.measure === 'sales_share' && !s.computed, 1);
  const computed = seriesOf(view, s => nevMarket(s) && s.measure === 'sales_share' && s.computed, 1);
  judgeReported(reported, computed);
  const series = volumes.concat(reported, computed);
  series.forEach((s, i) => { s.colour = COLOURS[i % COLOURS.length]; });
  // production is drawn wide under sales: CAAM often states both with the same figure ("nearly 15 million")
  volumes.filter(s => s.measure === 'production').forEach(s => { s.width = 7; });
  return {
    option: timeOption(series, range, [{ name: 'vehicles', unit: 'vehicles' }, { name: 'NEV share', unit: 'percent' }]),
    figures: series.flatMap(s => s.figures)
  };
}

export function renderNev(card, view, range) {
  const { option, figures } = nevChart(view, range);
  chartOf(card).setOption(option, true);
  showFigures(card, figures);
  markSources(card, figures, 'market-service');
  markStatus(card, [view.sections.market]);
  markEmptyRange(card, figures, view.sections.market, 'NEV');
}

/** Every powertrain and period that two or more publishers report: where a reconciliation has a gap to show. */
export function comparablePeriods(view) {
  const periods = new Map();
  view.series.filter(s => s.service === 'exports').forEach(s => s.points.forEach(p => {
    const key = `${s.segment} ${p.period}`;
    if (!periods.has(key)) periods.set(key, { segment: s.segment, period: p.period, publishers: new Set() });
    periods.get(key).publishers.add(s.publisher);
  }));
  return [...periods.values()].filter(c => c.publishers.size > 1)
    .map(({ segment, period }) => ({ segment, period }));
}

/** A reconciliation's gaps as derived figures: the second publisher's figure minus the first's, on both bounds. */
export function gapFigures(reconciliation) {
  return (reconciliation.gaps || []).map(g => ({
    series: `Gap, ${g.publisher_b} (${g.definition_b}) minus ${g.publisher_a} (${g.definition_a}), `
      + (reconciliation.segment === 'all' ? 'all vehicles' : reconciliation.segment.toUpperCase()),
    period: reconciliation.period, value: g.gap.value, low: g.gap.low, high: g.gap.high, unit: 'vehicles',
    computed: true, formula: 'difference of the two published figures, on their bounds'
      + (g.same_definition ? '' : '; the definitions differ, so part of the gap is one of definition'),
    gap_pct: g.gap_pct, publisher: [g.publisher_a, g.publisher_b].join(', ')
  }));
}

/** A gap's line under the chart: the two publishers, the gap on the bounds of both, in vehicles and percent. */
export function gapText(g) {
  const pct = g.gap_pct ? `, ${format(g.gap_pct.value)}% (${format(g.gap_pct.low)}% to ${format(g.gap_pct.high)}%)` : '';
  return `${periodLabel(g.period)}: ${g.series}: ${format(g.value)} (${format(g.low)} to ${format(g.high)})`
    + `${pct}. ${g.formula}.`;
}

function showGaps(card, gaps) {
  const list = card.querySelector('.gaps');
  list.replaceChildren();
  gaps.forEach(g => {
    const li = document.createElement('li');
    li.dataset.period = g.period;
    li.dataset.value = String(g.value);
    li.textContent = gapText(g);
    list.appendChild(li);
  });
  if (!gaps.length) {
    const li = document.createElement('li');
    li.textContent = 'No period in this range has figures of two publishers to reconcile.';
    list.appendChild(li);
  }
}

/**
 * Exports by publisher on the time axis, and the gaps between publishers of the same period.
 * @param {import('./api.js').ReconciliationView[]} reconciliations those of the comparable periods
 */
export function exportsChart(view, range, reconciliations) {
  const series = seriesOf(view, s => s.service === 'exports', 0);
  return {
    option: timeOption(series, range, [{ name: 'vehicles', unit: 'vehicles' }]),
    figures: series.flatMap(s => s.figures),
    gaps: reconciliations.flatMap(gapFigures)
  };
}

export function renderExports(card, view, range, reconciliations) {
  const { option, figures, gaps } = exportsChart(view, range, reconciliations);
  chartOf(card).setOption(option, true);
  showGaps(card, gaps);
  showFigures(card, figures.concat(gaps));
  markSources(card, figures, 'exports-service');
  markStatus(card, [view.sections.exports].concat(reconciliations.map(r => r.section)));
  markEmptyRange(card, figures, view.sections.exports, 'exports');
}

/** A chart with nothing in the range says so in its place (a degraded section's mark says why itself). */
function markEmptyRange(card, figures, section, what) {
  markEmpty(card, !figures.length, section && section.complete ? `No ${what} figures published in this range.` : '');
}
