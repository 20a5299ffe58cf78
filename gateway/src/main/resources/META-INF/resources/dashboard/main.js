// The dashboard: the view's controls kept in the address (shareable), the gateway's views loaded in parallel, and the
// overview or a brand's page (#/brands/{slug}) drawn from them.
import * as api from './api.js';
import { assemble, clear } from './card.js';
import { renderChanges, withChange } from './changes.js';
import { renderHistory, renderTargets } from './brand.js';
import { calendarUnavailable, renderCalendar } from './calendar.js';
import { brandLink, renderRanking, renderRollups } from './deliveries.js';
import { renderKpis } from './kpi.js';
import { comparablePeriods, renderExports, renderNev } from './timeline.js';

const DEFAULTS = { period: '2025-01/2025-11', month: '2025-11', from: '2020-01', to: '2025-12', vintage: '' };
const CONTROLS = Object.keys(DEFAULTS);
const card = id => document.getElementById(id);

/** The view asked for: the address's query (period, month, from, to, vintage) over the defaults. */
function state() {
  const query = new URLSearchParams(location.search);
  return Object.fromEntries(CONTROLS.map(k => [k, query.get(k) !== null ? query.get(k) : DEFAULTS[k]]));
}

/**
 * Runs a card's part of the load. A view refused (a control's value it cannot read) says why; one that fails
 * altogether marks its cards unavailable with the reason.
 */
async function guard(cards, work) {
  try {
    await work();
  } catch (e) {
    const refused = e instanceof api.ViewProblem && e.refused;
    cards.forEach(c => {
      clear(c);
      c.dataset.status = refused ? 'rejected' : 'unavailable';
      const box = c.querySelector('.degraded');
      box.hidden = false;
      box.textContent = refused ? 'Not shown: ' + e.message : 'Degraded (unavailable): ' + e.message;
    });
  }
}

function loadOverview(s) {
  const range = { from: s.from, to: s.to };
  const timeline = guard([card('card-nev'), card('card-exports')], async () => {
    const t = await api.timeline(s.from, s.to, s.vintage);
    renderNev(card('card-nev'), t, range);
    const periods = [...new Set(t.series.flatMap(x => x.points.map(p => p.period)))].sort();
    card('known-periods').replaceChildren(...periods.map(p => new Option(p)));
    const reconciliations = await Promise.all(comparablePeriods(t).map(c =>
      api.exportsReconciliation(c.segment, c.period, s.vintage)
        .catch(e => ({ period: c.period, segment: c.segment, gaps: [], section: null, error: e }))));
    renderExports(card('card-exports'), t, range, reconciliations);
  });
  const kpis = guard([card('card-kpi')], async () =>
    renderKpis(card('card-kpi'), await api.overview(s.period, s.vintage)));
  const month = guard([card('card-ranking'), card('card-rollups')], async () => {
    const o = await api.overview(s.month, s.vintage);
    renderRanking(card('card-ranking'), o.sections.brand_ranking, o.period);
    renderRollups(card('card-rollups'), o.sections.group_rollups, o.period);
  });
  // a calendar that cannot be read or drawn marks its card, never the rest of the page
  const calendar = api.calendar(s.vintage).then(c => renderCalendar(card('card-calendar'), c))
    .catch(e => calendarUnavailable(card('card-calendar'), e, e instanceof api.ViewProblem && e.refused));
  return Promise.all([timeline, kpis, month, calendar]);
}

function loadBrand(s, slug) {
  const year = s.month.slice(0, 4);
  const cards = [card('card-history'), card('card-target')];
  return guard(cards, async () => {
    const b = await api.brandProfile(slug, year, s.vintage);
    renderHistory(card('card-history'), b);
    renderTargets(card('card-target'), b);
  });
}

/** Charts drawn while their page was hidden, or before the window changed, take their container's size. */
function resizeCharts() {
  document.querySelectorAll('.chart').forEach(dom => {
    const chart = window.echarts.getInstanceByDom(dom);
    if (chart) chart.resize();
  });
}

/** The brands' pages in the header, from deliveries-service's catalogue (through the gateway); none if it is down. */
async function listBrands() {
  try {
    document.getElementById('brand-pages').replaceChildren(...(await api.brands()).map(brandLink));
  } catch (e) {
    // the overview's own cards say when deliveries-service is down
  }
}

/** The page shown is marked as the current one in the header. */
function markCurrentPage() {
  document.querySelectorAll('#pages a').forEach(a => {
    const current = a.getAttribute('href') === (location.hash || '#/');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
}

function brandOfRoute() {
  const m = /^#\/brands\/([a-z0-9-]+)$/.exec(location.hash);
  return m ? m[1] : null;
}

/** Loads one after another, so that the view last asked for is the one drawn last. */
let loading = Promise.resolve();
function load() {
  loading = loading.then(show, show);
  return loading;
}

async function show() {
  const s = state();
  CONTROLS.forEach(k => { document.getElementById(k).value = s[k]; });
  document.getElementById('vintage-shown').textContent = s.vintage
    ? `Figures as published by ${s.vintage}: later figures and revisions are hidden.` : 'Latest published figures.';
  const slug = brandOfRoute();
  document.getElementById('overview').hidden = slug !== null;
  document.getElementById('brand-page').hidden = slug === null;
  markCurrentPage();
  document.body.dataset.loaded = 'false';
  const status = document.getElementById('load-status');
  status.textContent = 'Loading figures...';
  await (slug ? loadBrand(s, slug) : loadOverview(s));
  resizeCharts();
  const degraded = document.querySelector('[data-status]:not([data-status="complete"]):not([hidden] *)');
  status.textContent = 'Figures loaded' + (degraded ? '; some sections are degraded.' : '.');
  document.body.dataset.loaded = 'true';
}

document.getElementById('controls').addEventListener('submit', e => {
  e.preventDefault();
  const query = new URLSearchParams();
  CONTROLS.forEach(k => {
    const v = document.getElementById(k).value.trim();
    if (v !== DEFAULTS[k]) query.set(k, v);
  });
  const search = query.toString();
  history.pushState(null, '', (search ? '?' + search : location.pathname) + location.hash);
  load();
});
// going back or forward, and following a link to a page (#/brands/...), which browsers report as popstate too
window.addEventListener('popstate', load);
window.addEventListener('resize', resizeCharts);
[['card-kpi', 'kpis'], ['card-nev', 'nev-series'], ['card-exports', 'exports-by-publisher'],
  ['card-ranking', 'brand-ranking'], ['card-rollups', 'group-rollups'], ['card-history', 'brand-deliveries'],
  ['card-target', 'brand-target']].forEach(([id, name]) => assemble(card(id), name));
listBrands().then(markCurrentPage);
load();

// new figures and revisions as they are committed, whatever the view shows: followed once the view has loaded, so
// that the stream's connection never waits in line with the view's own requests
let changes = [];
loading.then(() => api.followChanges(event => {
  changes = withChange(changes, event);
  renderChanges(document.getElementById('change-list'), changes);
}, state => {
  document.getElementById('changes-state').textContent = state === 'open'
    ? (changes.length ? 'Following the changes of figures.' : 'Following the changes of figures; none since this page opened.')
    : 'The stream of changes was interrupted; reconnecting (nothing committed meanwhile is missed).';
}));
