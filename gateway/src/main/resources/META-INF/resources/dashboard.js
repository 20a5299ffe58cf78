// The dashboard: plain SVG charts over the gateway's own views (/api/timeline and /api/overview).
'use strict';

const COLOURS = ['#1f6fb2', '#e07b39', '#3a9e5f', '#9b59b6', '#c0392b', '#7f8c8d'];
const fmt = new Intl.NumberFormat('en-US');
const svgNs = 'http://www.w3.org/2000/svg';

function el(tag, attrs, text) {
  const e = document.createElementNS(svgNs, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function short(v) {
  if (v >= 1e6) return (v / 1e6).toFixed(2).replace(/\.?0+$/, '') + 'M';
  if (v >= 1e3) return (v / 1e3).toFixed(1).replace(/\.0$/, '') + 'k';
  return String(v);
}

/** A number from a plain number or a nested {value, low, high}; null when there is none (never NaN). */
function num(x) {
  const v = x !== null && typeof x === 'object' ? x.value : x;
  return typeof v === 'number' && isFinite(v) ? v : null;
}

/** A side's bound: the number, null when unbounded (given as null), the value itself when not given at all. */
function bound(b, value) {
  if (b === undefined) return value;
  return typeof b === 'number' && isFinite(b) ? b : null;
}

/**
 * A value with its bounds when they differ from it, e.g. "nearly 15 million (14,000,000-15,000,000)" or
 * "46.58% (44.97-48.19%)"; an unbounded side reads "at least" or "at most". `e` is a nested
 * {value, low, high} (or a plain number: exact); `stated` the figure as published, shown instead of the value.
 */
function withBounds(e, suffix, stated) {
  const x = e !== null && typeof e === 'object' ? e : { value: e };
  const v = num(x.value);
  if (v === null) return 'n/a';
  const s = suffix || '';
  const lo = bound(x.low, v);
  const hi = bound(x.high, v);
  const text = stated || fmt.format(v) + s;
  if (lo === v && hi === v) return text;
  if (lo === null && hi === null) return text + ' (bounds unknown)';
  if (hi === null) return lo === v && !stated ? 'at least ' + text : `${text} (at least ${fmt.format(lo)}${s})`;
  if (lo === null) return hi === v && !stated ? 'at most ' + text : `${text} (at most ${fmt.format(hi)}${s})`;
  return `${text} (${fmt.format(lo)}-${fmt.format(hi)}${s})`;
}

/** Marks a card as degraded (or not) from a gateway section's status and problem. */
function status(card, section) {
  const box = card.querySelector('.degraded');
  const state = section ? section.status : 'unavailable';
  card.dataset.status = state;
  if (section && section.complete) {
    box.hidden = true;
    box.textContent = '';
  } else {
    box.hidden = false;
    const why = section && section.problem ? section.problem.detail : 'no answer';
    box.textContent = 'Degraded (' + state + '): ' + why;
  }
}

/** Grouped vertical bars: one group per category, one bar per series. */
function groupedBars(container, categories, series) {
  container.innerHTML = '';
  if (!categories.length) {
    container.innerHTML = '<p class="empty">No figures for this range.</p>';
    return;
  }
  const width = 640, height = 260, left = 60, bottom = 40, top = 10;
  const max = Math.max(1, ...series.flatMap(s => categories.map(c => s.values[c] || 0)));
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img' });
  const groupWidth = (width - left) / categories.length;
  const barWidth = Math.max(4, (groupWidth - 12) / Math.max(1, series.length));
  [0, 0.5, 1].forEach(f => {
    const y = top + (height - top - bottom) * (1 - f);
    svg.appendChild(el('line', { x1: left, x2: width, y1: y, y2: y, stroke: '#dde3e8' }));
    svg.appendChild(el('text', { x: 4, y: y + 4 }, short(max * f)));
  });
  categories.forEach((c, i) => {
    const x0 = left + i * groupWidth + 6;
    series.forEach((s, j) => {
      const v = s.values[c];
      if (v === undefined || v === null) return;
      const h = (height - top - bottom) * v / max;
      const rect = el('rect', { class: 'bar', x: x0 + j * barWidth, y: height - bottom - h, width: barWidth - 2,
        height: h, fill: s.colour, 'data-series': s.label, 'data-period': c, 'data-value': v });
      const p = s.points[c];
      rect.appendChild(el('title', {}, `${s.label}, ${c}: ${withBounds(p, '', p.stated_as)}`));
      svg.appendChild(rect);
    });
    svg.appendChild(el('text', { x: x0, y: height - bottom + 14 }, c));
  });
  container.appendChild(svg);
  const legend = document.createElement('div');
  legend.className = 'legend';
  series.forEach(s => {
    const span = document.createElement('span');
    // a style property, not a style attribute: the Content-Security-Policy allows no inline styles
    const swatch = document.createElement('i');
    swatch.style.background = s.colour;
    span.appendChild(swatch);
    span.appendChild(document.createTextNode(s.label));
    legend.appendChild(span);
  });
  container.appendChild(legend);
}

/** Horizontal bars with a label and a value per row; parts may be stacked into one bar. */
function horizontalBars(container, rows) {
  container.innerHTML = '';
  if (!rows.length) {
    container.innerHTML = '<p class="empty">No figures for this period.</p>';
    return;
  }
  const width = 640, rowHeight = 26, left = 130;
  rows = rows.filter(r => num(r.value) !== null);
  if (!rows.length) {
    container.innerHTML = '<p class="empty">No figures for this period.</p>';
    return;
  }
  const max = Math.max(1, ...rows.map(r => r.value));
  const svg = el('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 10}`, width: '100%', role: 'img' });
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const w = (width - left - 150) * r.value / max;
    svg.appendChild(el('text', { x: 4, y: y + 15 }, r.label));
    const rect = el('rect', { class: 'bar', x: left, y, width: Math.max(1, w), height: rowHeight - 8,
      fill: r.colour || COLOURS[0], 'data-label': r.label, 'data-value': r.value });
    const shown = withBounds({ value: r.value, low: r.low, high: r.high });
    rect.appendChild(el('title', {}, `${r.label}: ${shown}${r.note ? ' ' + r.note : ''}`));
    svg.appendChild(rect);
    svg.appendChild(el('text', { x: left + w + 6, y: y + 15, class: 'value' }, shown + (r.note ? ' ' + r.note : '')));
  });
  container.appendChild(svg);
}

/** A bar of a nested {value, low, high}. */
function estimateRow(label, estimate, colour) {
  return { label, value: num(estimate), low: estimate.low, high: estimate.high, colour };
}

function seriesOf(list, filter) {
  return list.filter(filter).map((s, i) => ({
    label: s.label,
    colour: COLOURS[i % COLOURS.length],
    publisher: s.publisher,
    definition: s.definition,
    values: Object.fromEntries(s.points.filter(p => num(p.value) !== null).map(p => [p.period, p.value])),
    points: Object.fromEntries(s.points.map(p => [p.period, p]))
  }));
}

function categories(series) {
  const all = new Set(series.flatMap(s => Object.keys(s.values)));
  return [...all].sort();
}

function sources(card, service, series) {
  const publishers = [...new Set(series.map(s => s.publisher).filter(Boolean))];
  const definitions = [...new Set(series.map(s => s.definition).filter(Boolean))];
  card.querySelector('.source').textContent = `Source: ${service}; publishers: ${publishers.join(', ') || 'none'}`
    + (definitions.length ? `; definitions: ${definitions.join(' | ')}` : '');
}

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  return response.json();
}

async function loadTimeline(from, to) {
  const nevCard = document.getElementById('section-nev');
  const exportsCard = document.getElementById('section-exports');
  try {
    const view = await json(`/api/timeline?from=${from}&to=${to}`);
    const nev = seriesOf(view.series, s => s.service === 'market'
      && /^market:(production|sales):nev:/.test(s.key));
    groupedBars(document.getElementById('nev-chart'), categories(nev), nev);
    const shares = view.series.filter(s => s.service === 'market' && s.unit === 'percent');
    document.getElementById('nev-shares').textContent = shares.length ? shares.map(s => s.label + ': '
      + s.points.filter(p => num(p.value) !== null).map(p => `${p.period} ${withBounds(p, '%')}`)
        .join(', ')).join(' · ') : '';
    sources(nevCard, 'market-service', nev);
    status(nevCard, view.sections.market);

    const exportsSeries = seriesOf(view.series, s => s.service === 'exports');
    groupedBars(document.getElementById('exports-chart'), categories(exportsSeries), exportsSeries);
    sources(exportsCard, 'exports-service', exportsSeries);
    status(exportsCard, view.sections.exports);
  } catch (e) {
    status(nevCard, null);
    status(exportsCard, null);
  }
}

async function loadOverview(month) {
  const rankingCard = document.getElementById('section-ranking');
  const rollupCard = document.getElementById('section-rollup');
  document.querySelectorAll('.period').forEach(e => { e.textContent = month; });
  try {
    const view = await json(`/api/overview?period=${month}`);
    const ranking = view.sections.brand_ranking;
    const entries = ranking.data && ranking.data.entries ? ranking.data.entries : [];
    horizontalBars(document.getElementById('ranking-chart'), entries.map((e, i) => ({
      label: e.name || e.slug, value: num(e.deliveries), low: e.low, high: e.high, colour: COLOURS[i % COLOURS.length],
      note: num(e.share_pct) !== null ? `(${withBounds(e.share_pct, '%')})`
        : (e.complete === false ? '(months missing)' : '')
    })));
    rankingCard.querySelector('.source').textContent = 'Source: deliveries-service; publishers: '
      + [...new Set(entries.map(e => e.publisher))].join(', ') + '; shares of the ranked total';
    status(rankingCard, ranking);

    const rollups = view.sections.group_rollups;
    const hima = (Array.isArray(rollups.data) ? rollups.data : []).find(g => g.group === 'hima');
    const rows = [];
    if (hima) {
      if (num(hima.reported_total) !== null) {
        rows.push(estimateRow('Reported total', hima.reported_total, '#14324d'));
      }
      (hima.members || []).forEach((m, i) => rows.push({ label: m.name || m.brand, value: num(m.deliveries),
        low: m.low, high: m.high, colour: COLOURS[i % COLOURS.length] }));
      if (num(hima.not_attributed) !== null) {
        rows.push(estimateRow('Not attributed', hima.not_attributed, '#95a5a6'));
      }
    }
    horizontalBars(document.getElementById('rollup-chart'), rows);
    rollupCard.querySelector('.source').textContent = hima
      ? `Source: deliveries-service; publisher: ${hima.publisher || 'n/a'}; attributed ${withBounds(hima.attributed)}`
        + (hima.inconsistent ? '; reported total is below the sum of members (inconsistent)' : '')
      : 'Source: deliveries-service';
    status(rollupCard, rollups);
  } catch (e) {
    status(rankingCard, null);
    status(rollupCard, null);
  }
}

function load() {
  const month = document.getElementById('month').value;
  const from = document.getElementById('from').value;
  const to = document.getElementById('to').value;
  return Promise.all([loadTimeline(from, to), loadOverview(month)])
    .then(() => { document.body.dataset.loaded = 'true'; });
}

document.getElementById('controls').addEventListener('submit', e => { e.preventDefault(); load(); });
load();
