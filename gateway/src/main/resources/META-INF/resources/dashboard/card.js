// A card: its degraded or stale mark, its sources, its figures as a table, a CSV of them and a PNG of its chart.
import { COLUMNS, describe, format, periodLabel, publishedText } from './figures.js';

const STATUS_TEXT = {
  stale: 'Stale: the service did not answer; these are its last figures',
  unavailable: 'Unavailable: the service did not answer',
  rejected: 'Rejected: the service refused the request',
  partial: 'Partial: only part of the figures could be shown'
};

/** The sections a card is made of; the card is marked by the first that is not complete, each service said once. */
export function markStatus(card, sections) {
  const seen = new Set();
  const degraded = sections.filter(s => !s || !s.complete)
    .filter(s => !seen.has(s && s.source) && seen.add(s && s.source));
  const box = card.querySelector('.degraded');
  card.dataset.status = degraded.length ? (degraded[0] ? degraded[0].status : 'unavailable') : 'complete';
  box.hidden = !degraded.length;
  box.textContent = degraded.map(s => {
    if (!s) return 'Degraded (unavailable): no answer from the gateway';
    const why = s.problem && s.problem.detail ? ': ' + s.problem.detail : '';
    const when = s.status === 'stale' && s.fetched_at ? ` (fetched ${s.fetched_at})` : '';
    return `Degraded (${s.status}) - ${s.source}. ${STATUS_TEXT[s.status] || ''}${when}${why}`;
  }).join(' ');
}

/** The parts of the cards that a view draws, besides the chart and the table. */
const DRAWN_PARTS = '.kpis, .gaps, .rollup-notes, .brand-links, .history-note, .target-note';

/** A card whose view could not be had: nothing of an earlier view stays on it (its mark says why). */
export function clear(card) {
  card.querySelectorAll(DRAWN_PARTS).forEach(el => el.replaceChildren());
  showFigures(card, []);
  card.querySelector('.source').textContent = '';
  if (card.querySelector('.chart')) markEmpty(card, true, '');
}

/** "Sources: ..." naming every report and publisher a card's figures come from. */
export function markSources(card, figures, service) {
  const publishers = [...new Set(figures.map(f => f.publisher).filter(Boolean))];
  const reports = [...new Set(figures.flatMap(f => (f.source || '').split('; ')).filter(Boolean))];
  const el = card.querySelector('.source');
  el.textContent = `Sources (${service}): ` + (reports.length ? reports.join('; ') : 'no figures shown')
    + (publishers.length ? `. Publishers: ${publishers.join(', ')}.` : '');
}

/** The card's figures as a table (for screen readers, keyboards and copying) and as its CSV download. */
export function showFigures(card, figures) {
  const table = card.querySelector('table.figures');
  table.replaceChildren();
  const caption = document.createElement('caption');
  caption.textContent = card.querySelector('h2').textContent + ': the figures shown';
  table.appendChild(caption);
  const head = table.createTHead().insertRow();
  ['Figure', 'Period', 'Value', 'Bounds', 'Stated as', 'Derived', 'Publisher', 'Published', 'Source'].forEach(h => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.appendChild(th);
  });
  const body = table.createTBody();
  figures.forEach(f => {
    const row = body.insertRow();
    row.dataset.series = f.series;
    row.dataset.period = f.period;
    row.dataset.value = f.value === null ? '' : String(f.value);
    const d = Object.fromEntries(describe(f));
    [f.series, periodLabel(f.period), format(f.value, f.unit), d.Bounds, f.stated_as || '', f.computed ? 'computed' : '',
      d.Publisher, d.Published || '', f.source || ''].forEach(v => { row.insertCell().textContent = v; });
  });
  card.figures = figures;
}

function csvField(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/**
 * The figures a card shows, one row each, in the API's own terms; published: a date, or a month if that is all; a
 * list (report_ids) joined by "; ".
 */
export function csv(figures) {
  const value = (f, c) => c === 'published' ? publishedText(f) : Array.isArray(f[c]) ? f[c].join('; ') : f[c];
  const field = (f, c) => csvField(value(f, c));
  return [COLUMNS.join(',')].concat(figures.map(f => COLUMNS.map(c => field(f, c)).join(','))).join('\r\n') + '\r\n';
}

function download(name, href) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Completes a card from the page's template: its degraded mark after its title, its figures' table, sources and
 * downloads (CSV; PNG when it has a chart) at its end; `name` names the downloaded files.
 */
export function assemble(card, name) {
  const parts = document.getElementById('card-parts').content.cloneNode(true);
  card.querySelector('h2').after(parts.querySelector('.degraded'));
  if (!card.querySelector('.chart')) parts.querySelector('button.png').remove();
  card.append(parts);
  wireDownloads(card, name);
}

function wireDownloads(card, name) {
  card.querySelector('button.csv').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([csv(card.figures || [])], { type: 'text/csv' }));
    download(name + '.csv', url);
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
  const png = card.querySelector('button.png');
  if (png) {
    png.addEventListener('click', () => {
      const chart = window.echarts.getInstanceByDom(card.querySelector('.chart'));
      if (chart) download(name + '.png', chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
    });
  }
}

/**
 * A card with no figure to show says so in place of its chart: `note` says why, or nothing when the card's degraded
 * mark does; the chart (and its PNG) come back with the next figures.
 */
export function markEmpty(card, empty, note) {
  const dom = card.querySelector('.chart');
  let p = card.querySelector('p.empty');
  if (!p) {
    p = document.createElement('p');
    p.className = 'empty';
    dom.before(p);
  }
  p.textContent = empty ? note || '' : '';
  p.hidden = !p.textContent;
  if (dom.hidden !== empty) {
    dom.hidden = empty;
    if (!empty) chartOf(card).resize();
  }
  const png = card.querySelector('button.png');
  if (png) png.hidden = empty;
}

/** The card's ECharts instance (canvas, so that its PNG is the picture shown), usable by keyboard. */
export function chartOf(card) {
  const dom = card.querySelector('.chart');
  const existing = window.echarts.getInstanceByDom(dom);
  if (existing) return existing;
  const chart = window.echarts.init(dom, null, { renderer: 'canvas' });
  stepThroughByKeyboard(chart, dom);
  return chart;
}

/**
 * The chart takes the focus; arrow keys step through its figures, showing each one's tooltip and reading it out
 * (a polite live region next to the chart), Escape hides it.
 */
function stepThroughByKeyboard(chart, dom) {
  const readout = document.createElement('p');
  readout.className = 'visually-hidden';
  readout.setAttribute('aria-live', 'polite');
  dom.after(readout);
  dom.tabIndex = 0;
  dom.setAttribute('aria-label', dom.getAttribute('aria-label') + '. Arrow keys step through its figures.');
  let at = -1;
  dom.addEventListener('keydown', e => {
    const items = chart.getOption().series.flatMap((s, seriesIndex) => (s.data || [])
      .map((d, dataIndex) => d && d.figure ? { seriesIndex, dataIndex, figure: d.figure } : null)).filter(Boolean);
    if (e.key === 'Escape') {
      chart.dispatchAction({ type: 'hideTip' });
      readout.textContent = '';
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step || !items.length) return;
    e.preventDefault();
    at = at < 0 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length;
    const { seriesIndex, dataIndex, figure } = items[at];
    chart.dispatchAction({ type: 'showTip', seriesIndex, dataIndex });
    readout.textContent = describe(figure).map(([k, v]) => `${k}: ${v}`).join('. ');
  });
}
