// The KPI strip: production, sales, NEV share reported and computed, exports by publisher, for the chosen period.
import { markSources, markStatus, showFigures } from './card.js';
import { boundsText, derivedRangeText, format, periodLabel, publishedText, publisherText } from './figures.js';

/**
 * A market summary's measure ({value, low, high, stated_as, status, derived, derived_range, sources}) as a figure;
 * a published one with the report and sentence of its source figure, a derived one with the reports of its sources.
 */
function marketFigure(series, publisher, period, m) {
  const sources = m.sources || [];
  const joined = key => [...new Set(sources.map(s => s[key]).filter(Boolean))].join('; ');
  const one = sources.length === 1 ? sources[0] : {};
  return { series, period, value: m.value, low: m.low, high: m.high, unit: m.unit || 'vehicles',
    stated_as: m.stated_as, status: m.status, derived_range: m.derived_range, computed: m.derived,
    formula: m.derived ? 'derived from other published figures' : null,
    publisher, attribution: joined('attribution'), definition: joined('definition'),
    published: joined('published'), source: joined('source'), report_id: one.report_id, quote: one.quote,
    report_ids: [...new Set(sources.map(s => s.report_id).filter(Boolean))].sort((a, b) => a - b) };
}

/** A growth rate, reported and computed side by side where both exist, with the judgement of the one by the other. */
function growth(rate) {
  if (!rate) return null;
  const side = r => `${r.qualifier ? r.qualifier + ' ' : ''}${format(r.pct)}%`
    + (r.low !== r.pct || r.high !== r.pct ? ` (${format(r.low)}% to ${format(r.high)}%)` : '');
  return 'Growth year on year: ' + [rate.reported ? 'reported ' + side(rate.reported) : 'none reported',
    rate.computed ? 'computed ' + side(rate.computed) : 'not computable (no base figure)'].join('; ')
    + (rate.judgement === 'outside' ? '; \u26a0 the reported rate is outside the computed range' : '');
}

/** What a figure's status and derived range add to its tile: a figure not yet final, a level outside its range. */
function settled(figure) {
  if (!figure) return [];
  return [figure.status && figure.status !== 'final' ? `\u26a0 ${figure.status[0].toUpperCase()}`
    + `${figure.status.slice(1)} figure, not yet final` : null,
  figure.derived_range && figure.derived_range.flagged
    ? '\u26a0 Outside the range its publisher\'s other figures give: '
      + derivedRangeText(figure.derived_range, figure.unit)
    : null];
}

/**
 * A tile: its title, the figure it shows (null: none published for the period), the lines under the value, and
 * whether it is marked outside (a reported share the computed range judges outside, a stated level outside the range
 * its publisher's other figures give).
 */
function tile(key, title, figure, extra, outside = false) {
  const lines = figure ? [
    figure.stated_as ? `Stated as "${figure.stated_as}"` : (figure.computed ? 'Computed by the suite' : null),
    'Bounds: ' + boundsText(figure.value, figure.low, figure.high, figure.unit),
    publisherText(figure.publisher, figure.attribution)
      + (publishedText(figure) ? ', published ' + publishedText(figure) : ''),
    figure.definition ? 'Definition: ' + figure.definition : null
  ].concat(extra || []).filter(Boolean) : [];
  return { key, title, figure, lines, outside };
}

function share(publisher, period, rate) {
  const reported = rate.reported && { series: `NEV share, reported (${publisher})`, period, value: rate.reported.pct,
    low: rate.reported.low, high: rate.reported.high, unit: 'percent', stated_as: rate.reported.stated_as,
    definition: rate.reported.definition, publisher, judgement: rate.judgement };
  const computed = rate.computed && { series: `NEV share, computed (${publisher})`, period, value: rate.computed.pct,
    low: rate.computed.low, high: rate.computed.high, unit: 'percent', computed: true, formula: rate.computed.formula,
    definition: rate.computed.formula + ', on the bounds of both', publisher, judgement: rate.judgement };
  return { reported, computed };
}

/**
 * The KPI tiles of an overview, in order: per market publisher production, sales, NEV sales and the NEV share
 * reported and computed (both marked when the reported one is outside the computed range), then exports by
 * publisher; a tile with no figure where the period has none.
 * @param {import('./api.js').OverviewView} view
 */
export function kpiTiles(view) {
  const tiles = [];
  const period = view.period;
  const market = view.sections.market;
  const publishers = market.data && market.data.publishers ? market.data.publishers : [];
  publishers.forEach(p => {
    [['production', 'Production'], ['sales', 'Sales'], ['nev_sales', 'NEV sales']].forEach(([key, title]) => {
      const f = p[key] ? marketFigure(`${title} (${p.publisher})`, p.publisher, period, p[key]) : null;
      tiles.push(tile(key, `${title} (${p.publisher})`, f, [p[key] && growth(p[key].yoy)].concat(settled(f)),
        Boolean(f && f.derived_range && f.derived_range.flagged)));
    });
    if (p.nev_share) {
      const { reported, computed } = share(p.publisher, period, p.nev_share);
      const mark = p.nev_share.judgement === 'outside'
        ? `\u26a0 Reported share outside the computed range by ${format(p.nev_share.outside_by_points)} points`
        : p.nev_share.judgement === 'inside' ? 'Reported share inside the computed range' : null;
      const outside = p.nev_share.judgement === 'outside';
      tiles.push(tile('nev_share_reported', `NEV share, reported (${p.publisher})`, reported || null, [mark], outside),
        tile('nev_share_computed', `NEV share, computed (${p.publisher})`, computed || null, [mark], outside));
    }
  });
  if (!publishers.length) {
    [['production', 'Production'], ['sales', 'Sales'], ['nev_share_reported', 'NEV share']]
      .forEach(([key, title]) => tiles.push(tile(key, title, null)));
  }
  const exports = view.sections.exports;
  ['all', 'nev'].forEach(powertrain => {
    const data = exports.data && exports.data[powertrain];
    (data ? data.figures : []).forEach(x => {
      const f = { series: `Exports, ${powertrain === 'all' ? 'all vehicles' : 'NEV'} (${x.publisher})`, period,
        value: x.value, low: x.low, high: x.high, unit: 'vehicles', stated_as: x.stated_as, publisher: x.publisher,
        attribution: x.attribution, definition: x.definition_note || x.definition, published: x.published,
        published_on: x.published_on, source: x.source, report_id: x.report_id, quote: x.quote };
      tiles.push(tile('exports', f.series, f, [x.reported_yoy_pct !== null && x.reported_yoy_pct !== undefined
        ? `Growth year on year: reported ${format(x.reported_yoy_pct)}%; not computed here` : null]));
    });
  });
  if (!tiles.some(t => t.key === 'exports')) tiles.push(tile('exports', 'Exports', null));
  return tiles;
}

function tileElement(t) {
  const li = document.createElement('li');
  li.className = 'kpi';
  li.dataset.kpi = t.key;
  li.dataset.value = t.figure ? String(t.figure.value) : '';
  li.classList.toggle('outside', t.outside);
  const h = document.createElement('h3');
  h.textContent = t.title;
  const value = document.createElement('p');
  value.className = t.figure ? 'kpi-value' : 'kpi-value none';
  value.textContent = t.figure ? format(t.figure.value, t.figure.unit) : 'not published for this period';
  li.append(h, value);
  t.lines.forEach(text => {
    const p = document.createElement('p');
    p.className = 'kpi-detail';
    p.textContent = text;
    li.appendChild(p);
  });
  return li;
}

export function renderKpis(card, view) {
  const tiles = kpiTiles(view);
  card.querySelector('.kpis').replaceChildren(...tiles.map(tileElement));
  card.querySelector('.period').textContent = periodLabel(view.period);
  const figures = tiles.map(t => t.figure).filter(Boolean);
  showFigures(card, figures);
  markSources(card, figures, 'market-service, exports-service');
  markStatus(card, [view.sections.market, view.sections.exports]);
}
