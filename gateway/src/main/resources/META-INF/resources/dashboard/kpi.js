// The KPI strip: production, sales, NEV share reported and computed, exports by publisher, for the chosen period.
import { markSources, markStatus, showFigures } from './card.js';
import { boundsText, format, periodLabel, publishedText, publisherText } from './figures.js';

/** A market summary's measure ({value, low, high, stated_as, derived, sources}) as a figure. */
function marketFigure(series, publisher, period, m) {
  const sources = m.sources || [];
  const joined = key => [...new Set(sources.map(s => s[key]).filter(Boolean))].join('; ');
  return { series, period, value: m.value, low: m.low, high: m.high, unit: m.unit || 'vehicles',
    stated_as: m.stated_as, computed: m.derived, formula: m.derived ? 'derived from other published figures' : null,
    publisher, attribution: joined('attribution'), definition: joined('definition'),
    published: joined('published'), source: joined('source') };
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

function tile(list, key, title, figure, extra) {
  const li = document.createElement('li');
  li.className = 'kpi';
  li.dataset.kpi = key;
  li.dataset.value = figure ? String(figure.value) : '';
  const h = document.createElement('h3');
  h.textContent = title;
  const value = document.createElement('p');
  value.className = figure ? 'kpi-value' : 'kpi-value none';
  value.textContent = figure ? format(figure.value, figure.unit) : 'not published for this period';
  li.append(h, value);
  if (figure) {
    const lines = [
      figure.stated_as ? `Stated as "${figure.stated_as}"` : (figure.computed ? 'Computed by the suite' : null),
      'Bounds: ' + boundsText(figure.value, figure.low, figure.high, figure.unit),
      publisherText(figure.publisher, figure.attribution)
        + (publishedText(figure) ? ', published ' + publishedText(figure) : ''),
      figure.definition ? 'Definition: ' + figure.definition : null
    ];
    lines.concat(extra || []).filter(Boolean).forEach(text => {
      const p = document.createElement('p');
      p.className = 'kpi-detail';
      p.textContent = text;
      li.appendChild(p);
    });
  }
  list.appendChild(li);
  return li;
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

export function renderKpis(card, view) {
  const list = card.querySelector('.kpis');
  list.replaceChildren();
  const period = view.period;
  card.querySelector('.period').textContent = periodLabel(period);
  const figures = [];
  const market = view.sections.market;
  const publishers = market.data && market.data.publishers ? market.data.publishers : [];
  publishers.forEach(p => {
    [['production', 'Production'], ['sales', 'Sales'], ['nev_sales', 'NEV sales']].forEach(([key, title]) => {
      const f = p[key] && marketFigure(`${title} (${p.publisher})`, p.publisher, period, p[key]);
      if (f) figures.push(f);
      tile(list, key, `${title} (${p.publisher})`, f, [p[key] && growth(p[key].yoy)]);
    });
    if (p.nev_share) {
      const { reported, computed } = share(p.publisher, period, p.nev_share);
      const mark = p.nev_share.judgement === 'outside'
        ? `\u26a0 Reported share outside the computed range by ${format(p.nev_share.outside_by_points)} points`
        : p.nev_share.judgement === 'inside' ? 'Reported share inside the computed range' : null;
      [tile(list, 'nev_share_reported', `NEV share, reported (${p.publisher})`, reported, [mark]),
        tile(list, 'nev_share_computed', `NEV share, computed (${p.publisher})`, computed, [mark])]
        .forEach(li => li.classList.toggle('outside', p.nev_share.judgement === 'outside'));
      [reported, computed].filter(Boolean).forEach(f => figures.push(f));
    }
  });
  if (!publishers.length) {
    [['production', 'Production'], ['sales', 'Sales'], ['nev_share_reported', 'NEV share']]
      .forEach(([key, title]) => tile(list, key, title, null));
  }
  const exports = view.sections.exports;
  ['all', 'nev'].forEach(powertrain => {
    const data = exports.data && exports.data[powertrain];
    (data ? data.figures : []).forEach(x => {
      const f = { series: `Exports, ${powertrain === 'all' ? 'all vehicles' : 'NEV'} (${x.publisher})`, period,
        value: x.value, low: x.low, high: x.high, unit: 'vehicles', stated_as: x.stated_as, publisher: x.publisher,
        attribution: x.attribution, definition: x.definition_note || x.definition, published: x.published,
        published_on: x.published_on,
        source: x.source };
      figures.push(f);
      tile(list, 'exports', f.series, f, [x.reported_yoy_pct !== null && x.reported_yoy_pct !== undefined
        ? `Growth year on year: reported ${format(x.reported_yoy_pct)}%; not computed here` : null]);
    });
  });
  if (!list.querySelector('[data-kpi="exports"]')) tile(list, 'exports', 'Exports', null);
  showFigures(card, figures);
  markSources(card, figures, 'market-service, exports-service');
  markStatus(card, [market, exports]);
}
