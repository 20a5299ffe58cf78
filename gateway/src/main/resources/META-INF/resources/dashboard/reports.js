// The report page: an editor's token (kept in this tab's session storage only), a report submitted from pasted text
// or a file, its text with the figures it states highlighted beside the table where each is accepted, rejected or
// corrected, and the load of the accepted ones. Opens a report from the address (reports.html?report=<id>), at the
// sentence that holds a quote (&quote=<text>): the link a figure's tooltip gives. Report text is only ever put on
// the page as text nodes.
import * as api from './reportsapi.js';
import { CHOICES, FIGURE_COLUMNS, SERVICES, editPayload, figureRow, loadOutcome, markLabel, markReview, pageRequest,
  problemErrors, problemHeadline, quoteRange, reportHref, segments, sentenceRange } from './reportview.js';

const TOKEN_KEY = 'china-auto.editor-token';
const RECENT_SHOWN = 20;
/** The members an editor corrects in the table, each with its control. */
const EDITED = { measure: 'select', segment: 'select', subject: 'text', period: 'text', publisher: 'text' };
const LABELS = { measure: 'Measure', segment: 'Segment', subject: 'Subject', period: 'Period', publisher: 'Publisher' };
const PATTERNS = {
  period: ['\\d{4}(-\\d{2}(/\\d{4}-\\d{2})?|-Q[1-4]|-H[12])?', '2025-01/2025-11, 2025-11, 2025-Q3, 2023-H1 or 2024'],
  publisher: ['[A-Za-z0-9][A-Za-z0-9 .&\\-]{0,59}', "a publisher's short name, e.g. CAAM"]
};
const SIZES = { subject: 10, period: 14, publisher: 8 };

const $ = id => document.getElementById(id);

/** An element with its attributes (null, undefined and false left out) and children (strings become text nodes). */
function el(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attributes).forEach(([k, v]) => {
    if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  });
  e.append(...children.filter(c => c !== null && c !== undefined));
  return e;
}

/** The report shown, with its text and figures; the quote its address asks for, and the range emphasised. */
let current = null;
let currentQuote = null;
let emphasis = null;
/** Each figure's number to the id of the highlight of its words. */
let markIds = new Map();

// --- the editor's token: this tab's session storage only ---

function token() {
  return $('token').value.trim();
}

function showTokenState() {
  $('token-state').textContent = token() ? 'A token is set for this tab; it is forgotten when the tab closes.'
    : 'No token: reports can be read, not submitted, reviewed or loaded. bin/run-suite prints one.';
}

function storeToken() {
  try {
    if (token()) sessionStorage.setItem(TOKEN_KEY, token());
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    // storage refused (a private window's policy): the token stays in the field only
  }
  showTokenState();
}

function restoreToken() {
  try {
    $('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  } catch (e) {
    $('token').value = '';
  }
  showTokenState();
}

/** True when a token is set; otherwise `where` says one is needed and the token field takes the focus. */
function needToken(where) {
  if (token()) return true;
  where.hidden = false;
  where.replaceChildren('Enter the editor token first (at the top of the page).');
  $('token').focus();
  return false;
}

// --- problems ---

/**
 * A problem's headline and its errors as a list; an error naming a figure links to the figure's row when
 * `linkFigures`.
 */
function problemNodes(error, linkFigures) {
  const problem = error && error.problem ? error.problem
    : { title: 'The request failed', detail: String(error && error.message) };
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  const lines = problemErrors(problem);
  const nodes = [el('p', { class: 'problem-headline' }, problemHeadline(problem))];
  if (lines.length) {
    nodes.push(el('ul', { class: 'problem-errors' }, ...lines.map((line, i) => {
      const figure = errors[i] && Number.isInteger(errors[i].line) ? errors[i].line : null;
      return el('li', {}, linkFigures && figure && $('figure-' + figure)
        ? el('a', { href: '#figure-' + figure }, line) : line);
    })));
  }
  return nodes;
}

function showProblem(box, error, linkFigures = false) {
  box.hidden = false;
  box.replaceChildren(...problemNodes(error, linkFigures));
}

// --- the report's text ---

/** The highlight of one piece of stated words: its text, then the numbers of its figures, each a link to its row. */
function markOf(piece) {
  const numbers = piece.figures.map(f => f.number);
  const fresh = numbers.find(n => !markIds.has(n));
  const id = fresh === undefined ? null : 'mark-' + fresh;
  if (id) numbers.forEach(n => { if (!markIds.has(n)) markIds.set(n, id); });
  const links = [];
  numbers.forEach((n, i) => {
    if (i) links.push(', ');
    links.push(el('a', { href: '#figure-' + n }, String(n)));
  });
  return el('mark', { id, class: 'figure-mark', 'data-figures': numbers.join(' '),
    title: `Figure${numbers.length > 1 ? 's' : ''} ${markLabel(piece.figures)}`,
    'data-review': markReview(piece.figures) }, piece.text,
  el('sup', { class: 'figure-numbers' },
    el('span', { class: 'visually-hidden' }, piece.figures.length > 1 ? ' (figures ' : ' (figure '), ...links,
    el('span', { class: 'visually-hidden' }, ')')));
}

/** The text as pieces: plain ones as text nodes, stated words as highlights, the emphasised sentence wrapped. */
function renderText() {
  markIds = new Map();
  const nodes = [];
  let quoted = null;
  segments(current.text || '', current.figures || [], emphasis).forEach(piece => {
    const node = piece.figures.length ? markOf(piece) : document.createTextNode(piece.text);
    if (!piece.emphasised) {
      nodes.push(node);
      return;
    }
    if (!quoted) {
      quoted = el('span', { id: 'quoted', class: 'quoted', tabindex: '-1' });
      nodes.push(quoted);
    }
    quoted.append(node);
  });
  $('marks').replaceChildren(...nodes);
}

/** The highlights of a figure's words show its review (and that of any other figure of the same words). */
function updateMarks() {
  const byNumber = new Map((current.figures || []).map(f => [f.number, f]));
  document.querySelectorAll('#marks mark[data-figures]').forEach(mark => {
    const figures = mark.dataset.figures.split(' ').map(n => byNumber.get(Number(n))).filter(Boolean);
    mark.dataset.review = markReview(figures);
  });
}

// --- the figures' table ---

function controlOf(f, field, locked) {
  const id = `${field}-${f.number}`;
  const label = `${LABELS[field]} of figure ${f.number}`;
  let control;
  if (EDITED[field] === 'select') {
    const value = f[field] || '';
    const options = (value ? [] : [new Option('(none)', '', true, true)])
      .concat(CHOICES[field].map(c => new Option(c, c, c === value, c === value)));
    control = el('select', { id, 'aria-label': label, disabled: locked });
    control.append(...options);
  } else {
    const [pattern, title] = PATTERNS[field] || [];
    control = el('input', { id, type: 'text', 'aria-label': label, size: SIZES[field], pattern, title,
      spellcheck: 'false', disabled: locked });
    control.value = f[field] || '';
  }
  control.dataset.field = field;
  control.addEventListener('change', () => save(f.number, field, control.value, control));
  return control;
}

const BUTTON_IDS = { accepted: 'accept', rejected: 'reject', proposed: 'unreview' };

function reviewButton(f, review, text, locked) {
  const pressed = f.review === review;
  const button = el('button', { type: 'button', id: `${BUTTON_IDS[review]}-${f.number}`,
    class: 'review-' + review, 'aria-pressed': review === 'proposed' ? null : String(pressed),
    'aria-label': `${text} figure ${f.number}`, disabled: locked }, text);
  button.addEventListener('click', () => save(f.number, 'review', review, button));
  return button;
}

const REVIEW_TEXT = { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected' };

/** One figure's row: its cells as text, the members an editor corrects as controls, and its review buttons. */
function rowOf(f) {
  const locked = Boolean(current.loaded_at);
  const cells = figureRow(f);
  const row = el('tr', { id: 'figure-' + f.number, 'data-review': f.review || 'proposed', 'data-number': f.number });
  FIGURE_COLUMNS.forEach(([key], i) => {
    if (key === 'number') {
      const mark = markIds.get(f.number);
      const link = mark ? el('a', { href: '#' + mark, 'aria-label': `Figure ${f.number} in the text` }, cells[i])
        : null;
      row.append(el('th', { scope: 'row' }, link || cells[i]));
    } else if (EDITED[key]) {
      const extra = key === 'subject' && f.subject_kind ? f.subject_kind
        : key === 'publisher' && f.attribution ? f.attribution : null;
      row.append(el('td', { class: 'edit' }, controlOf(f, key, locked),
        extra ? el('span', { class: 'cell-note' }, extra) : null));
    } else if (key === 'review') {
      const review = f.review || 'proposed';
      row.append(el('td', { class: 'review' },
        el('span', { class: 'review-state' }, REVIEW_TEXT[review] || review),
        el('span', { class: 'review-buttons' }, reviewButton(f, 'accepted', 'Accept', locked),
          reviewButton(f, 'rejected', 'Reject', locked),
          review === 'proposed' ? null : reviewButton(f, 'proposed', 'Undo', locked)),
        el('span', { class: 'row-problem', id: 'problem-' + f.number, hidden: true })));
    } else {
      row.append(el('td', { class: 'cell-' + key.replace('_', '-') }, cells[i]));
    }
  });
  return row;
}

function renderTable() {
  const table = $('figures-table');
  table.tHead.rows[0].replaceChildren(...FIGURE_COLUMNS.map(([, label]) => el('th', { scope: 'col' }, label)));
  const figures = current.figures || [];
  table.tBodies[0].replaceChildren(...(figures.length ? figures.map(rowOf)
    : [el('tr', {}, el('td', { colspan: FIGURE_COLUMNS.length }, 'The suite found no figure in this text.'))]));
}

/** A figure as the service answered it replaces the one shown; the focus stays where the editor had it. */
function replaceFigure(changed) {
  current.figures = current.figures.map(f => (f.number === changed.number ? changed : f));
  const old = $('figure-' + changed.number);
  const focused = old && old.contains(document.activeElement) ? document.activeElement.id : null;
  old.replaceWith(rowOf(changed));
  // the button pressed may be gone (Undo), or disabled: its row's first control takes the focus then
  const next = (focused && $(focused)) || $(`accept-${changed.number}`);
  if (focused && next) next.focus();
  updateMarks();
  renderCsvLinks();
}

function rowProblem(number, message, control) {
  const box = $('problem-' + number);
  if (!box) return;
  box.hidden = false;
  box.textContent = message;
  if (control && control.tagName !== 'BUTTON') {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', box.id);
  }
}

/** Saves one member of a figure that the editor changed (PATCH); the row shows the figure as saved, or why not. */
async function save(number, field, raw, control) {
  const status = $('figures-status');
  const figure = current.figures.find(f => f.number === number);
  let body;
  try {
    body = editPayload(field, raw);
  } catch (e) {
    rowProblem(number, e.message, control);
    status.textContent = `Figure ${number}: not saved. ${e.message}`;
    return;
  }
  if (!Object.keys(body).length) {
    // nothing to send: a member cannot be emptied, so it shows what is stored again
    control.value = figure[field] || '';
    status.textContent = `Figure ${number}: ${field} left as it was (it cannot be emptied).`;
    return;
  }
  if (!needToken(status)) {
    if (control.tagName !== 'BUTTON') control.value = figure[field] || '';
    return;
  }
  const row = $('figure-' + number);
  row.setAttribute('aria-busy', 'true');
  try {
    const changed = await api.editFigure(current.id, number, body, token());
    replaceFigure(changed);
    status.textContent = field === 'review' ? `Figure ${number}: ${changed.review}.`
      : `Figure ${number}: ${field} saved as ${changed[field] === null ? 'nothing' : changed[field]}.`;
  } catch (e) {
    row.removeAttribute('aria-busy');
    rowProblem(number, e.message, control);
    status.textContent = `Figure ${number}: not saved. ${e.message}`;
  }
}

// --- loading ---

function renderCsvLinks() {
  const counts = new Map();
  (current.figures || []).filter(f => f.review === 'accepted' && f.service)
    .forEach(f => counts.set(f.service, (counts.get(f.service) || 0) + 1));
  const links = [];
  SERVICES.forEach((s, i) => {
    if (i) links.push(' · ');
    const n = counts.get(s) || 0;
    links.push(el('a', { id: 'csv-' + s, href: api.loadCsvHref(current.id, s),
      download: `report-${current.id}-${s}.csv` }, `${s} (${n} accepted figure${n === 1 ? '' : 's'})`));
  });
  $('load-csvs').replaceChildren('The accepted figures in each service\'s load format (CSV): ', ...links);
}

async function load() {
  const out = $('load-outcome');
  const button = $('load-report');
  document.querySelectorAll('#figures-table tr.not-ready').forEach(r => r.classList.remove('not-ready'));
  if (!needToken(out)) return;
  button.disabled = true;
  out.dataset.outcome = 'loading';
  out.replaceChildren(el('p', {}, 'Loading the accepted figures...'));
  const id = current.id;
  try {
    const result = await api.loadReport(id, token());
    const lines = loadOutcome(result);
    out.dataset.outcome = 'loaded';
    out.replaceChildren(el('p', { class: 'load-headline' }, lines.length ? `Loaded at ${result.loaded_at}.`
      : 'No figure was loaded: accept the figures to load first.'),
    el('ul', {}, ...lines.map(line => el('li', {}, line))));
    // the report is now loaded: its figures can no longer be changed
    if (current && current.id === id) showReport(await api.report(id), currentQuote, false);
  } catch (e) {
    out.dataset.outcome = 'refused';
    out.replaceChildren(...problemNodes(e, true));
    const errors = e.problem && Array.isArray(e.problem.errors) ? e.problem.errors : [];
    errors.filter(x => Number.isInteger(x.line)).forEach(x => {
      const row = $('figure-' + x.line);
      if (row) row.classList.add('not-ready');
      rowProblem(x.line, problemErrors({ errors: [{ field: x.field, message: x.message }] })[0]);
    });
  } finally {
    button.disabled = false;
  }
}

// --- a report ---

function metaOf(r) {
  const parts = [];
  if (r.outlet) parts.push(r.outlet + ', ');
  parts.push(`published ${r.published}`);
  // only a web address is made a link (never javascript: or data:)
  if (r.url && /^https?:\/\//i.test(r.url)) {
    parts.push(' (', el('a', { href: r.url, rel: 'noopener noreferrer' }, 'original'), ')');
  }
  parts.push(`. Report ${r.id}, submitted by ${r.submitted_by} at ${r.submitted_at}. `);
  parts.push(r.loaded_at ? el('strong', {}, `Loaded at ${r.loaded_at}: its figures can no longer be changed.`)
    : 'Not loaded yet.');
  return parts;
}

/** Shows a report; `quote` (from the address) emphasises the sentence that holds it, and brings it into view. */
function showReport(r, quote, reveal = true) {
  current = r;
  current.figures = r.figures || [];
  currentQuote = quote;
  const section = $('report');
  section.hidden = false;
  section.dataset.reportId = r.id;
  section.dataset.loadedAt = r.loaded_at || '';
  $('report-heading').textContent = r.title;
  $('report-meta').replaceChildren(...metaOf(r));
  const found = quote ? quoteRange(r.text || '', quote) : null;
  emphasis = sentenceRange(current.figures, found);
  const note = $('quote-note');
  note.hidden = !quote;
  note.textContent = !quote ? '' : found ? 'The sentence the link quotes is outlined in the text.'
    : `The sentence the link quotes is not in this report's text: "${quote}".`;
  renderText();
  renderTable();
  renderCsvLinks();
  if (!reveal) return;
  const quoted = $('quoted');
  if (quoted) {
    quoted.focus({ preventScroll: true });
    quoted.scrollIntoView({ block: 'center' });
  } else {
    $('report-heading').focus();
  }
}

async function openReport(id, quote) {
  $('open-problem').hidden = true;
  $('page-status').textContent = `Opening report ${id}...`;
  try {
    showReport(await api.report(id), quote);
    $('page-status').textContent = `Report ${id} opened: ${current.figures.length} figures.`;
  } catch (e) {
    current = null;
    $('report').hidden = true;
    showProblem($('open-problem'), e);
    $('open-problem').prepend(el('p', {}, `Report ${id} could not be opened.`));
  }
}

/** The search last shown: a jump to a figure or highlight (#...) changes the hash only, and reopens nothing. */
let shownSearch = null;

async function route() {
  if (location.search === shownSearch) return;
  shownSearch = location.search;
  const asked = pageRequest(location.search);
  if (asked.invalid) {
    $('report').hidden = true;
    showProblem($('open-problem'), { problem: { title: 'Not a report', detail: 'the address names no report id' } });
    return;
  }
  if (asked.report === null) {
    current = null;
    $('report').hidden = true;
    $('open-problem').hidden = true;
    return;
  }
  await openReport(asked.report, asked.quote);
}

function go(href) {
  history.pushState(null, '', href);
  return route();
}

// --- the list of reports ---

let reports = [];

function renderList(all) {
  const shown = all ? reports : reports.slice(0, RECENT_SHOWN);
  $('report-list').replaceChildren(...shown.map(r => el('li', {},
    el('a', { href: reportHref(r.id), 'data-report': r.id }, r.title),
    el('span', { class: 'note' }, ` ${r.outlet ? r.outlet + ', ' : ''}${r.published}`
      + `${r.loaded_at ? ', loaded' : ''} (report ${r.id})`))));
  $('recent-status').textContent = reports.length ? '' : 'No report submitted yet.';
  const more = $('all-reports');
  more.hidden = all || reports.length <= RECENT_SHOWN;
  more.textContent = `Show all ${reports.length}`;
}

async function listRecent() {
  try {
    reports = await api.listReports();
    renderList(false);
  } catch (e) {
    $('recent-status').textContent = 'The reports could not be listed. ' + e.message;
  }
}

// --- submitting ---

function readFile() {
  const file = $('file').files[0];
  if (!file) return;
  const status = $('submit-status');
  const reader = new FileReader();
  reader.onload = () => {
    const text = String(reader.result);
    $('text').value = text;
    // an HTML page's title, read from an inert document (nothing of it runs or loads)
    if (!$('title').value.trim() && /\.html?$/i.test(file.name)) {
      $('title').value = new DOMParser().parseFromString(text, 'text/html').title.trim();
    }
    status.textContent = `Read ${file.name}: ${text.length.toLocaleString('en-US')} characters. `
      + 'Check the fields, then submit.';
  };
  reader.onerror = () => { status.textContent = `${file.name} could not be read.`; };
  reader.readAsText(file);
}

async function submit(e) {
  e.preventDefault();
  const status = $('submit-status');
  const problem = $('submit-problem');
  problem.hidden = true;
  if (!needToken(problem)) return;
  const input = {};
  ['title', 'outlet', 'url', 'published', 'text'].forEach(k => {
    const v = k === 'text' ? $(k).value : $(k).value.trim();
    if (v.trim()) input[k] = v;
  });
  const button = $('submit-report');
  button.disabled = true;
  status.textContent = 'Submitting: the suite reads the report\'s figures...';
  try {
    const { report, created } = await api.submitReport(input, token());
    const n = (report.figures || []).length;
    status.textContent = created ? `Report ${report.id} submitted: ${n} figure${n === 1 ? '' : 's'} proposed.`
      : `This text was submitted before, as report ${report.id}: it is shown above.`;
    history.pushState(null, '', reportHref(report.id));
    shownSearch = location.search;
    $('open-problem').hidden = true;
    showReport(report, null);
    listRecent();
  } catch (err) {
    status.textContent = 'Not submitted.';
    showProblem(problem, err);
  } finally {
    button.disabled = false;
  }
}

// --- wiring ---

$('token').addEventListener('input', storeToken);
$('token-form').addEventListener('submit', e => e.preventDefault());
$('forget-token').addEventListener('click', () => {
  $('token').value = '';
  storeToken();
  $('token').focus();
});
$('file').addEventListener('change', readFile);
$('report-form').addEventListener('submit', submit);
$('load-report').addEventListener('click', load);
$('all-reports').addEventListener('click', () => renderList(true));
$('report-list').addEventListener('click', e => {
  const a = e.target.closest('a[data-report]');
  if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  go(a.getAttribute('href'));
});
window.addEventListener('popstate', route);
restoreToken();
Promise.all([listRecent(), route()]).finally(() => { document.body.dataset.loaded = 'true'; });
