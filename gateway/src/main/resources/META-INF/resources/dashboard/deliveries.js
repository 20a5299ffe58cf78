// The deliveries cards of a month: the brand ranking, and the group roll-ups with the remainder the group reports
// but attributes to none of its brands.
import { chartOf, markEmpty, markSources, markStatus, showFigures } from './card.js';
import { format, tooltipHtml, valueText } from './figures.js';
import { COLOURS } from './timechart.js';

const REMAINDER = '#6b7785';

/** Horizontal bars; a bar of a brand opens the brand's page. */
function bars(card, categories, series) {
  const chart = chartOf(card);
  chart.off('click');
  chart.on('click', p => {
    if (p.data && p.data.figure && p.data.figure.slug) location.hash = '#/brands/' + p.data.figure.slug;
  });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    tooltip: { trigger: 'item', confine: true, className: 'chart-tip', formatter: p => tooltipHtml(p.data.figure) },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 140, right: 120, top: 36, bottom: 28 },
    xAxis: { type: 'value', axisLabel: { formatter: v => format(v), hideOverlap: true } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 130, overflow: 'break' } },
    series
  }, true);
}

/** A link to a brand's page ({slug, name}). */
export function brandLink(brand) {
  const a = document.createElement('a');
  a.href = '#/brands/' + encodeURIComponent(brand.slug);
  a.textContent = brand.name;
  return a;
}

/** The brands to link to their pages. */
function brandLinks(card, brands) {
  card.querySelector('.brand-links').replaceChildren(...brands.map(brandLink));
}

export function renderRanking(card, section, month) {
  const data = section.data || {};
  const entries = data.entries || [];
  card.querySelector('.period').textContent = month;
  const figures = entries.map(e => ({ series: e.name || e.slug, slug: e.slug, period: data.period || month,
    value: e.deliveries, low: e.low, high: e.high, unit: 'vehicles', publisher: e.publisher,
    attribution: e.attribution, published: e.published, published_on: e.published_on, source: e.source, rank: e.rank,
    share_pct: e.share_pct && e.share_pct.value, computed: !e.complete,
    formula: e.complete ? null : 'sum of the months published; missing: ' + e.months_missing.join(', ') }));
  bars(card, figures.map(f => `${f.rank}. ${f.series}`), [{
    type: 'bar', name: 'Deliveries', barMaxWidth: 22,
    label: { show: true, position: 'right', formatter: p => valueText(p.data.figure.value, p.data.figure.low,
      p.data.figure.high) + (p.data.figure.share_pct !== null && p.data.figure.share_pct !== undefined
      ? ` (${format(p.data.figure.share_pct)}%)` : '') },
    data: figures.map((f, i) => ({ value: f.value, figure: f, itemStyle: { color: COLOURS[i % COLOURS.length] } }))
  }]);
  brandLinks(card, entries.map(e => ({ slug: e.slug, name: e.name || e.slug })));
  showFigures(card, figures);
  markSources(card, figures, 'deliveries-service');
  markStatus(card, [section]);
  markEmpty(card, !figures.length, section && section.complete ? `No deliveries published for ${month}.` : '');
}

/** Each group a stacked bar: its members' deliveries, then the remainder not attributed to any of them. */
export function renderRollups(card, section, month) {
  const groups = Array.isArray(section.data) ? section.data : [];
  card.querySelector('.period').textContent = month;
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
  const notes = card.querySelector('.rollup-notes');
  notes.replaceChildren();
  groups.forEach((g, gi) => {
    const provenance = { publisher: g.publisher, attribution: g.attribution, published: g.published,
      published_on: g.published_on,
      source: g.source, period: g.period, unit: 'vehicles' };
    (g.members || []).forEach((m, i) => add(m.name || m.brand, COLOURS[i % COLOURS.length], gi, {
      series: `${m.name || m.brand} (${g.name})`, slug: m.brand, period: g.period, value: m.deliveries, low: m.low,
      high: m.high, unit: 'vehicles', publisher: m.publisher, attribution: m.attribution, published: m.published,
      published_on: m.published_on, source: m.source }));
    if (g.not_attributed) {
      add('Not attributed', REMAINDER, gi, { ...provenance, series: `Not attributed (${g.name})`,
        value: g.not_attributed.value, low: g.not_attributed.low, high: g.not_attributed.high, computed: true,
        formula: 'reported total minus the members\' deliveries, on their bounds' });
    }
    if (g.reported_total) {
      figures.push({ ...provenance, series: `Reported total (${g.name})`, value: g.reported_total.value,
        low: g.reported_total.low, high: g.reported_total.high });
    }
    const p = document.createElement('p');
    p.dataset.group = g.group;
    p.textContent = `${g.name}: reported total ` + (g.reported_total ? valueText(g.reported_total.value,
      g.reported_total.low, g.reported_total.high) : 'not published for this period')
      + `; its brands ${format(g.attributed ? g.attributed.value : null)}`
      + (g.not_attributed ? `; not attributed to any brand ${format(g.not_attributed.value)}`
        + (g.not_attributed_pct ? ` (${format(g.not_attributed_pct.value)}%)` : '') : '')
      + (g.inconsistent ? '. \u26a0 The brands\' figures add up to more than the reported total.' : '.');
    notes.appendChild(p);
  });
  bars(card, groups.map(g => g.group.toUpperCase()), [...bySeries.values()]);
  brandLinks(card, groups.flatMap(g => (g.members || []).map(m => ({ slug: m.brand, name: m.name || m.brand }))));
  showFigures(card, figures);
  markSources(card, figures, 'deliveries-service');
  markStatus(card, [section]);
  markEmpty(card, !figures.length, section && section.complete ? `No deliveries published for ${month}.` : '');
}
