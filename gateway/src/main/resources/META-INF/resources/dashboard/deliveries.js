// The deliveries cards of a month: the brand ranking, and the group roll-ups with the remainder the group reports
// but attributes to none of its brands. `rankingChart` and `rollupsChart` are pure functions of the overview's
// sections; the render functions put what they give on the page.
import { chartOf, markEmpty, markSources, markStatus, showFigures } from './card.js';
import { barLabel, barOption } from './barchart.js';
import { derivedRangeText, format, valueText } from './figures.js';
import { COLOURS } from './timechart.js';

const REMAINDER = '#6b7785';

/**
 * The brand ranking (deliveries-service's, in the overview's `brand_ranking` section) as figures and bars, best
 * first; a brand with months missing is a computed floor.
 */
export function rankingChart(section, month) {
  const data = section.data || {};
  const entries = data.entries || [];
  const figures = entries.map(e => ({ series: e.name || e.slug, slug: e.slug, period: data.period || month,
    value: e.deliveries, low: e.low, high: e.high, unit: 'vehicles', publisher: e.publisher,
    attribution: e.attribution, published: e.published, published_on: e.published_on, source: e.source,
    report_id: e.report_id, quote: e.quote, report_ids: e.report_ids, rank: e.rank,
    status: e.status, derived_range: e.derived_range, share_pct: e.share_pct && e.share_pct.value,
    computed: !e.complete,
    formula: e.complete ? null : 'sum of the months published; missing: ' + e.months_missing.join(', ') }));
  const option = barOption(figures.map(f => `${f.rank}. ${f.series}`), [{
    type: 'bar', name: 'Deliveries', barMaxWidth: 22,
    label: { show: true, position: 'right', formatter: p => barLabel(p.data.figure) },
    data: figures.map((f, i) => ({ value: f.value, figure: f, itemStyle: { color: COLOURS[i % COLOURS.length] } }))
  }], { left: 140, right: 120, top: 36, bottom: 28 }, true);
  return { option, figures, brands: entries.map(e => ({ slug: e.slug, name: e.name || e.slug })) };
}

/**
 * A group's line under the chart: its reported total (with its status when not final, and the range its publisher's
 * other figures give when that is outside), what its brands account for and the remainder.
 */
function rollupNote(g) {
  const total = g.reported_total;
  const range = g.derived_range;
  return `${g.name}: reported total ` + (total ? valueText(total.value, total.low, total.high)
    + (g.status && g.status !== 'final' ? ` (${g.status})` : '')
    + (range && range.flagged ? ` \u26a0 outside the range its publisher's other figures give: `
      + derivedRangeText(range, 'vehicles') : '') : 'not published for this period')
    + `; its brands ${format(g.attributed ? g.attributed.value : null)}`
    + (g.not_attributed ? `; not attributed to any brand ${format(g.not_attributed.value)}`
      + (g.not_attributed_pct ? ` (${format(g.not_attributed_pct.value)}%)` : '') : '')
    + (g.inconsistent ? '. \u26a0 The brands\' figures add up to more than the reported total.' : '.');
}

/** The reports a roll-up's total and members were read from: what its remainder rests on. */
function rollupReports(g) {
  const ids = [g.report_ids || []].concat((g.members || []).map(m => m.report_ids || [])).flat();
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * The group roll-ups (the overview's `group_rollups` section), each group a stacked bar: its members' deliveries,
 * then the remainder not attributed to any of them; the reported total is a figure of the table, not a bar.
 */
export function rollupsChart(section) {
  const groups = Array.isArray(section.data) ? section.data : [];
  const figures = [];
  const bySeries = new Map();
  const add = (name, colour, groupIndex, figure) => {
    if (!bySeries.has(name)) {
      bySeries.set(name, { type: 'bar', name, stack: 'group', barMaxWidth: 28, itemStyle: { color: colour },
        data: groups.map(() => null) });
    }
    bySeries.get(name).data[groupIndex] = { value: figure.value, figure };
    figures.push(figure);
  };
  groups.forEach((g, gi) => {
    const provenance = { publisher: g.publisher, attribution: g.attribution, published: g.published,
      published_on: g.published_on, source: g.source, period: g.period, unit: 'vehicles' };
    (g.members || []).forEach((m, i) => add(m.name || m.brand, COLOURS[i % COLOURS.length], gi, {
      series: `${m.name || m.brand} (${g.name})`, slug: m.brand, period: g.period, value: m.deliveries, low: m.low,
      high: m.high, unit: 'vehicles', publisher: m.publisher, attribution: m.attribution, published: m.published,
      published_on: m.published_on, source: m.source, report_id: m.report_id, quote: m.quote,
      report_ids: m.report_ids, status: m.status }));
    if (g.not_attributed) {
      add('Not attributed', REMAINDER, gi, { ...provenance, series: `Not attributed (${g.name})`,
        value: g.not_attributed.value, low: g.not_attributed.low, high: g.not_attributed.high, computed: true,
        formula: 'reported total minus the members\' deliveries, on their bounds', report_ids: rollupReports(g) });
    }
    if (g.reported_total) {
      figures.push({ ...provenance, series: `Reported total (${g.name})`, value: g.reported_total.value,
        low: g.reported_total.low, high: g.reported_total.high, status: g.status, derived_range: g.derived_range,
        report_id: g.report_id, quote: g.quote, report_ids: g.report_ids });
    }
  });
  const option = barOption(groups.map(g => g.group.toUpperCase()), [...bySeries.values()],
    { left: 140, right: 120, top: 36, bottom: 28 }, true);
  return { option, figures, notes: groups.map(g => ({ group: g.group, text: rollupNote(g) })),
    brands: groups.flatMap(g => (g.members || []).map(m => ({ slug: m.brand, name: m.name || m.brand }))) };
}

/** Bars whose brand's bar opens the brand's page. */
function drawBars(card, option) {
  const chart = chartOf(card);
  chart.off('click');
  chart.on('click', p => {
    if (p.data && p.data.figure && p.data.figure.slug) location.hash = '#/brands/' + p.data.figure.slug;
  });
  chart.setOption(option, true);
}

/** A link to a brand's page ({slug, name}). */
export function brandLink(brand) {
  const a = document.createElement('a');
  a.href = '#/brands/' + encodeURIComponent(brand.slug);
  a.textContent = brand.name;
  return a;
}

/** The card's figures, sources, mark and links, once its chart is drawn. */
function finish(card, section, month, chart) {
  card.querySelector('.period').textContent = month;
  card.querySelector('.brand-links').replaceChildren(...chart.brands.map(brandLink));
  showFigures(card, chart.figures);
  markSources(card, chart.figures, 'deliveries-service');
  markStatus(card, [section]);
  markEmpty(card, !chart.figures.length, section && section.complete ? `No deliveries published for ${month}.` : '');
}

export function renderRanking(card, section, month) {
  const chart = rankingChart(section, month);
  drawBars(card, chart.option);
  finish(card, section, month, chart);
}

export function renderRollups(card, section, month) {
  const chart = rollupsChart(section);
  card.querySelector('.rollup-notes').replaceChildren(...chart.notes.map(n => {
    const p = document.createElement('p');
    p.dataset.group = n.group;
    p.textContent = n.text;
    return p;
  }));
  drawBars(card, chart.option);
  finish(card, section, month, chart);
}
