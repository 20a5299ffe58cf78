// The report page's calls to reports-service through the gateway: paths, the token sent only when set, problems.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';

import * as api from '../../main/resources/META-INF/resources/dashboard/reportsapi.js';

const realFetch = globalThis.fetch;
afterEach(() => { globalThis.fetch = realFetch; });

/** fetch answering `status` with `body` (JSON, or text when a string), recording each call. */
function answer(status, body, statusText = '') {
  const calls = [];
  globalThis.fetch = async (url, init) => {
    calls.push({ url, ...init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, statusText,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
  };
  return calls;
}

test('reads carry no token; writes carry the editor token as a bearer, however it was pasted', async () => {
  let calls = answer(200, [{ id: 1, title: 'Synthetic report' }]);
  assert.deepEqual(await api.listReports(), [{ id: 1, title: 'Synthetic report' }]);
  assert.equal(calls[0].url, '/api/services/reports/reports');
  assert.equal(calls[0].method, 'GET');
  assert.equal(calls[0].headers.Authorization, undefined);

  calls = answer(201, { id: 9, figures: [] });
  const input = { title: 'T', published: '2025-12', text: '销量1478万辆' };
  assert.deepEqual(await api.submitReport(input, '  Bearer abc.def.ghi '), { report: { id: 9, figures: [] },
    created: true });
  assert.equal(calls[0].url, '/api/services/reports/reports');
  assert.equal(calls[0].method, 'POST');
  assert.equal(calls[0].headers.Authorization, 'Bearer abc.def.ghi');
  assert.equal(calls[0].headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(calls[0].body), input);

  calls = answer(200, { id: 9 });
  assert.equal((await api.submitReport(input, 'abc')).created, false);

  calls = answer(200, { number: 3, review: 'accepted' });
  await api.editFigure(9, 3, { review: 'accepted' }, '');
  assert.equal(calls[0].url, '/api/services/reports/reports/9/figures/3');
  assert.equal(calls[0].method, 'PATCH');
  assert.equal('Authorization' in calls[0].headers, false);

  calls = answer(200, { report: 9, services: [] });
  await api.loadReport(9, 'tok');
  assert.equal(calls[0].url, '/api/services/reports/reports/9/load');
  assert.equal(calls[0].body, undefined);
  assert.equal(api.loadCsvHref(9, 'exports'), '/api/services/reports/reports/9/loads/exports');
  assert.equal(api.bearer(''), null);
  assert.equal(api.bearer(null), null);
});

test('a refusal is a ReportProblem with the problem answered, or one saying what its status means', async () => {
  const problem = { status: 409, title: 'Conflict', detail: 'not ready', errors: [{ line: 2, field: 'period',
    message: 'no period' }] };
  answer(409, problem);
  await assert.rejects(api.loadReport(9, 'tok'), e => e instanceof api.ReportProblem && e.status === 409
    && e.problem.errors.length === 1 && e.message === 'Conflict: not ready. Figure 2, period: no period.');
  answer(401, '', 'Unauthorized');
  await assert.rejects(api.submitReport({}, 'expired'), e => e.status === 401
    && e.message === 'Unauthorized: The editor token is missing, expired or not valid.');
  answer(502, '<html>bad gateway</html>');
  await assert.rejects(api.report(9), e => e.status === 502 && /could not reach reports-service/.test(e.message));
});
