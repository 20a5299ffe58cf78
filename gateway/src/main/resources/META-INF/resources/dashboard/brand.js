// A brand's page (#/brands/{slug}): its monthly deliveries on the time axis and its progress towards its target.
// `historyChart` and `targetChart` are pure functions of the brand view; the render functions draw what they give.
import { chartOf, markEmpty, markSources, markStatus, showFigures } from './card.js';
import { barLabel, barOption } from './barchart.js';
import { format } from './figures.js';
import { timeOption } from './timechart.js';

/** The brand's name: as deliveries-service has it, else its slug. */
function nameOf(view) {
  return view.sections.brand.data ? view.sections.brand.data.name : view.brand;
}

/**
 * The brand's deliveries month by month on the year's time axis, and the months without a figure (unknown, not
 * zero); a month outside the range its publisher's year-to-date figures give has that range drawn beside it.
 */
export function historyChart(view) {
  const name = nameOf(view);
  const history = view.sections.history;
  const points = history.data ? history.data.points : [];
  const figures = points.filter(p => p.deliveries !== null).map(p => ({ series: `Deliveries (${name})`,
    period: p.period, value: p.deliveries, low: p.low, high: p.high, unit: 'vehicles', publisher: p.publisher,
    attribution: p.attribution, published: p.published, published_on: p.published_on, source: p.source,
    report_id: p.report_id, quote: p.quote, status: p.status, derived_range: p.derived_range,
    definition: [p.stated_record ? 'a record month, as the report states' : null,
      p.yoy && p.yoy.reported ? `reported growth ${format(p.yoy.reported.pct)}% year on year` : null]
      .filter(Boolean).join('; ') }));
  const year = String(view.year);
  const missing = points.filter(p => p.deliveries === null).map(p => p.period);
  return {
    option: timeOption([{ name: `Deliveries (${name})`, figures }], { from: year + '-01', to: year + '-12' },
      [{ name: 'vehicles', unit: 'vehicles' }]),
    figures,
    note: missing.length
      ? `No figure published for ${missing.length} of ${points.length} months (${missing.join(', ')}): not zero, unknown.`
      : ''
  };
}

/** The current revision of the target, and what was delivered through the last month known (a floor if months are missing). */
function targetFigures(name, data) {
  const current = data.revisions.find(r => r.revision === data.current.revision) || data.revisions[0];
  const target = { series: `Target ${data.year}, revision ${data.current.revision} (${name})`,
    bar: `Target ${data.year}, revision ${data.current.revision}`, period: String(data.year),
    value: data.current.value, low: data.current.low, high: data.current.high, unit: 'vehicles',
    publisher: current.publisher, attribution: current.attribution, published: current.published,
    published_on: current.published_on, source: current.source,
    definition: current.stated_progress ? `stated progress: ${current.stated_progress}` : '' };
  const delivered = data.delivered_to_date !== null && data.delivered_to_date !== undefined
    ? data.delivered_to_date.value : data.delivered_at_least;
  const progress = { series: `Delivered through ${data.through} (${name})`, bar: `Delivered through ${data.through}`,
    period: `${data.year}-01/${data.through}`, value: delivered, low: delivered, high: data.complete ? delivered : null,
    unit: 'vehicles', computed: true, status: data.status,
    formula: data.complete ? 'sum of the monthly deliveries' : 'sum of the months published; at least this many '
      + `(${data.months_missing.length} months without a figure)`, publisher: current.publisher };
  return [target, progress];
}

/**
 * The target and the progress towards it as two bars, and the note under them; `none` when the brand has no
 * target for the year (deliveries-service's 404), which is not a degraded card.
 */
export function targetChart(view) {
  const section = view.sections.targets;
  const name = nameOf(view);
  const none = section.status === 'rejected' && section.problem && section.problem.status === 404;
  const figures = section.data ? targetFigures(name, section.data) : [];
  const option = barOption(figures.map(f => f.bar), [{ type: 'bar', barMaxWidth: 26,
    label: { show: true, position: 'right', formatter: p => barLabel(p.data.figure) },
    data: figures.map((f, i) => ({ value: f.value, figure: f, itemStyle: { color: i ? '#2e7d4f' : '#1f5f99' } })) }],
  { left: 170, right: 120, top: 16, bottom: 28 }, false);
  const d = section.data;
  const note = none ? `No annual target of ${name} for ${view.year} is known.`
    : d ? (d.progress_pct ? `Progress ${format(d.progress_pct.value)}% (${format(d.progress_pct.low)}% to `
      + `${format(d.progress_pct.high)}%). ` : 'Progress not computed: months are missing. ')
      + (d.stated_notes || []).join(' ') : '';
  return { option, figures, note, none };
}

export function renderHistory(card, view) {
  const brand = view.sections.brand.data;
  document.getElementById('brand-name').textContent = nameOf(view);
  document.getElementById('brand-about').textContent = brand ? `Carmaker: ${brand.carmaker || 'n/a'}`
    + (brand.memberships.length ? `; member of ${brand.memberships.map(m => m.group.toUpperCase()).join(', ')}` : '')
    : '';
  const chart = historyChart(view);
  chartOf(card).setOption(chart.option, true);
  card.querySelector('.history-note').textContent = chart.note;
  showFigures(card, chart.figures);
  markSources(card, chart.figures, 'deliveries-service');
  markStatus(card, [view.sections.brand, view.sections.history]);
  markEmpty(card, !chart.figures.length, ''); // the note says why
}

export function renderTargets(card, view) {
  const chart = targetChart(view);
  chartOf(card).setOption(chart.option, true);
  card.querySelector('.target-note').textContent = chart.note;
  showFigures(card, chart.figures);
  markSources(card, chart.figures, 'deliveries-service');
  markStatus(card, chart.none ? [] : [view.sections.targets]);
  markEmpty(card, !chart.figures.length, ''); // the note, or the card's mark, says why
}
