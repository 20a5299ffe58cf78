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
      rect.appendChild(el('title', {}, `${s.label}, ${c}: ${fmt.format(v)}${s.qualifiers[c] ? ' (' + s.qualifiers[c] + ')' : ''}`));
      svg.appendChild(rect);
    });
    svg.appendChild(el('text', { x: x0, y: height - bottom + 14 }, c));
  });
  container.appendChild(svg);
  const legend = document.createElement('div');
  legend.className = 'legend';
  series.forEach(s => {
    const span = document.createElement('span');
    span.innerHTML = `<i style="background:${s.colour}"></i>`;
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
  const max = Math.max(1, ...rows.map(r => r.value));
  const svg = el('svg', { viewBox: `0 0 ${width} ${rows.length * rowHeight + 10}`, width: '100%', role: 'img' });
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const w = (width - left - 150) * r.value / max;
    svg.appendChild(el('text', { x: 4, y: y + 15 }, r.label));
    const rect = el('rect', { class: 'bar', x: left, y, width: Math.max(1, w), height: rowHeight - 8,
      fill: r.colour || COLOURS[0], 'data-label': r.label, 'data-value': r.value });
    rect.appendChild(el('title', {}, `${r.label}: ${fmt.format(r.value)}`));
    svg.appendChild(rect);
    svg.appendChild(el('text', { x: left + w + 6, y: y + 15, class: 'value' }, fmt.format(r.value) + (r.note ? ' ' + r.note : '')));
  });
  container.appendChild(svg);
}

function seriesOf(list, filter) {
  return list.filter(filter).map((s, i) => ({
    label: s.label,
    colour: COLOURS[i % COLOURS.length],
    publisher: s.publisher,
    definition: s.definition,
    values: Object.fromEntries(s.points.map(p => [p.period, p.value])),
    qualifiers: Object.fromEntries(s.points.map(p => [p.period, p.qualifier]))
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
      + s.points.map(p => `${p.period} ${p.value}%`).join(', ')).join(' · ') : '';
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
      label: e.name || e.slug, value: e.deliveries, colour: COLOURS[i % COLOURS.length],
      note: e.share_pct !== null && e.share_pct !== undefined ? `(${e.share_pct}%)` : ''
    })));
    rankingCard.querySelector('.source').textContent = 'Source: deliveries-service; publishers: '
      + [...new Set(entries.map(e => e.publisher))].join(', ') + '; shares of the ranked total';
    status(rankingCard, ranking);

    const rollups = view.sections.group_rollups;
    const hima = (Array.isArray(rollups.data) ? rollups.data : []).find(g => g.group === 'hima');
    const rows = [];
    if (hima) {
      if (hima.reported_total !== null && hima.reported_total !== undefined) {
        rows.push({ label: 'Reported total', value: hima.reported_total, colour: '#14324d' });
      }
      (hima.members || []).forEach((m, i) => rows.push({ label: m.name || m.brand, value: m.deliveries,
        colour: COLOURS[i % COLOURS.length] }));
      if (hima.not_attributed !== null && hima.not_attributed !== undefined) {
        rows.push({ label: 'Not attributed', value: hima.not_attributed, colour: '#95a5a6' });
      }
    }
    horizontalBars(document.getElementById('rollup-chart'), rows);
    rollupCard.querySelector('.source').textContent = hima
      ? `Source: deliveries-service; publisher: ${hima.publisher || 'n/a'}; attributed ${fmt.format(hima.attributed || 0)}`
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
