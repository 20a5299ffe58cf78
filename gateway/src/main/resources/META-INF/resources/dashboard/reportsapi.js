// Every call the report page makes to reports-service, through the gateway's pass-through
// (/api/services/reports/... reaches the same path under reports-service's /api/); api/reports-service/openapi.yaml
// describes the answers whole. Writes carry the editor's token; reads carry none.
import { problemMessage } from './reportview.js';

/** reports-service's reports, as the gateway relays them. */
export const REPORTS = '/api/services/reports/reports';

/**
 * A report: what was submitted, by whom and when, when its figures were loaded; `text` and `figures` are left out
 * of the list.
 * @typedef {object} Report
 * @property {number} id
 * @property {string} title
 * @property {?string} outlet
 * @property {?string} url
 * @property {string} published 2025-12 or 2025-12-05, as the report states it
 * @property {string} submitted_by
 * @property {string} submitted_at
 * @property {?string} loaded_at
 * @property {string} [text] the report's plain text (HTML loses its tags), which the figures' offsets are into
 * @property {import('./reportview.js').ReportFigure[]} [figures]
 */

/**
 * What loading a report's accepted figures did, per service.
 * @typedef {object} ReportLoad
 * @property {number} report
 * @property {string} loaded_at
 * @property {{service: string, figures: number, loaded_at: string, outcome: 'loaded'|'already_loaded'}[]} services
 */

/** An answer that is not a success, with its problem (application/problem+json) for the page to show. */
export class ReportProblem extends Error {
  constructor(status, problem) {
    super(problemMessage(problem));
    this.status = status;
    this.problem = problem;
  }
}

/** What a refusal that came without a problem body means to an editor. */
const WITHOUT_BODY = {
  401: 'The editor token is missing, expired or not valid.',
  403: 'The token does not carry the editor role.',
  404: 'No such report.',
  502: 'The gateway could not reach reports-service.',
  503: 'reports-service cannot be reached; try again shortly.',
  504: 'reports-service did not answer in time.'
};

/** The Authorization header's value for a token as an editor pasted it (with or without "Bearer"); null for none. */
export function bearer(token) {
  const t = (token || '').trim().replace(/^bearer\s+/i, '').trim();
  return t ? 'Bearer ' + t : null;
}

/** One call; the answer's JSON, or a ReportProblem. The token is sent only when one is set. */
async function call(method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  const authorization = bearer(token);
  if (authorization) headers.Authorization = authorization;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(REPORTS + path, { method, headers,
    body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = answer && typeof answer === 'object' && (answer.title || answer.detail) ? answer
      : { status: response.status, title: response.statusText || `HTTP ${response.status}`,
        detail: WITHOUT_BODY[response.status] };
    throw new ReportProblem(response.status, problem);
  }
  return { status: response.status, answer };
}

/** @returns {Promise<Report[]>} the latest reports, newest first, without their texts and figures */
export async function listReports() {
  return (await call('GET', '')).answer || [];
}

/** @returns {Promise<Report>} the report with its text and its figures as reviewed so far */
export async function report(id) {
  return (await call('GET', '/' + encodeURIComponent(id))).answer;
}

/**
 * Submits a report ({title, outlet, url, published, text}): `created` is false when the same text had been
 * submitted before, and `report` is then the one that holds it.
 * @returns {Promise<{report: Report, created: boolean}>}
 */
export async function submitReport(input, token) {
  const { status, answer } = await call('POST', '', { token, body: input });
  return { report: answer, created: status === 201 };
}

/**
 * Changes members of a figure (review, stated_as, measure, segment, subject_kind, subject, period, publisher,
 * attribution, yoy_pct, status).
 * @returns {Promise<import('./reportview.js').ReportFigure>} the figure as changed
 */
export async function editFigure(id, number, edit, token) {
  const path = `/${encodeURIComponent(id)}/figures/${encodeURIComponent(number)}`;
  return (await call('PATCH', path, { token, body: edit })).answer;
}

/**
 * Loads the report's accepted figures into the services that keep them; a 409 problem names the figures not ready.
 * @returns {Promise<ReportLoad>}
 */
export async function loadReport(id, token) {
  return (await call('POST', `/${encodeURIComponent(id)}/load`, { token })).answer;
}

/** The address of the CSV of a report's accepted figures in one service's load format (market, exports, deliveries). */
export function loadCsvHref(id, service) {
  return `${REPORTS}/${encodeURIComponent(id)}/loads/${encodeURIComponent(service)}`;
}
