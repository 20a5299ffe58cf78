// The report page's pure parts: a report's text cut into highlighted pieces, a figure's row, an editor's change as a
// PATCH body, where a quoted sentence is, and a problem answer in words.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { editPayload, figureRow, FIGURE_COLUMNS, loadOutcome, markLabel, markReview, pageRequest, problemErrors,
  problemHeadline, problemMessage, quoteRange, reportHref, segments, sentenceRange, valueCell }
  from '../../main/resources/META-INF/resources/dashboard/reportview.js';

/** A figure whose words are `words` at their first place in `text` (after `from`), in the sentence start..end. */
function figureAt(text, words, props = {}, from = 0) {
  const at = text.indexOf(words, from);
  assert.ok(at >= 0, `"${words}" is in the text`);
  return { number: 1, stated_as: words, stated_start: at, stated_end: at + words.length, start: 0, end: text.length,
    review: 'proposed', ...props };
}

const pieceTexts = pieces => pieces.map(p => [p.text, p.figures.map(f => f.number)]);

test('the text is cut into plain pieces and the stated words of each figure, in order, losing nothing', () => {
  const text = 'CAAM said sales reached 31.23 million in 2025, up 3%. Exports were 5.5 million.';
  const a = figureAt(text, '31.23 million', { number: 1 });
  const b = figureAt(text, 'up 3%', { number: 2 });
  const c = figureAt(text, '5.5 million', { number: 3 });
  // given out of order: pieces follow the text
  const pieces = segments(text, [c, a, b]);
  assert.deepEqual(pieceTexts(pieces), [
    ['CAAM said sales reached ', []], ['31.23 million', [1]], [' in 2025, ', []], ['up 3%', [2]],
    ['. Exports were ', []], ['5.5 million', [3]], ['.', []]]);
  assert.equal(pieces.map(p => p.text).join(''), text);
  assert.equal(pieces[1].figure, a);
  assert.equal(pieces[0].figure, null);
  pieces.forEach(p => assert.equal(text.slice(p.start, p.end), p.text));
});

test('Chinese text: the offsets are string indices (UTF-16 code units), a character outside the BMP counting two', () => {
  const text = '2025年1-11月，汽车产销分别完成3123.1万辆和3112.7万辆，同比分别增长10.4%和11.2%。';
  const production = figureAt(text, '3123.1万辆', { number: 1, measure: 'production' });
  const sales = figureAt(text, '3112.7万辆', { number: 2, measure: 'sales' });
  const rate = figureAt(text, '10.4%', { number: 3, measure: 'growth' });
  assert.deepEqual([production.stated_start, production.stated_end], [19, 27]);
  const pieces = segments(text, [production, sales, rate]);
  assert.deepEqual(pieceTexts(pieces).filter(([, n]) => n.length), [['3123.1万辆', [1]], ['3112.7万辆', [2]],
    ['10.4%', [3]]]);
  assert.equal(pieces.map(p => p.text).join(''), text);

  // as reports-service counts them (Java chars): the car is two code units, so the words start at 5, not 4
  const astral = '\u{1F697} 销量近1500万辆。';
  const pieces2 = segments(astral, [{ number: 1, stated_start: 5, stated_end: 12, review: 'proposed' }]);
  assert.deepEqual(pieceTexts(pieces2), [['\u{1F697} 销量', []], ['近1500万辆', [1]], ['。', []]]);
});

test('the same words proposed twice (production and sales) are highlighted once, listing both figures', () => {
  const text = '乘用车产销均突破2000万辆。';
  const production = figureAt(text, '突破2000万辆', { number: 4, measure: 'production', review: 'accepted' });
  const sales = figureAt(text, '突破2000万辆', { number: 5, measure: 'sales' });
  const pieces = segments(text, [sales, production]);
  assert.deepEqual(pieceTexts(pieces), [['乘用车产销均', []], ['突破2000万辆', [4, 5]], ['。', []]]);
  const mark = pieces[1];
  assert.equal(mark.figure.number, 4);
  assert.equal(markLabel(mark.figures), '4, 5');
  // one of the two still to review: the highlight says proposed until both agree
  assert.equal(markReview(mark.figures), 'proposed');
  assert.equal(markReview([{ review: 'accepted' }, { review: 'accepted' }]), 'accepted');
  assert.equal(markReview([{ review: 'rejected' }]), 'rejected');
});

test('overlapping words are cut where each figure begins and ends; offsets outside the text are left out', () => {
  const text = 'sales of 1.2 million units in March';
  const outer = { number: 1, stated_start: 9, stated_end: 26, review: 'proposed' }; // "1.2 million units"
  const inner = { number: 2, stated_start: 9, stated_end: 20, review: 'proposed' }; // "1.2 million"
  const broken = [{ number: 3, stated_start: 30, stated_end: 99 }, { number: 4, stated_start: 5, stated_end: 5 },
    { number: 5, stated_start: null, stated_end: null }, { number: 6, stated_start: 7, stated_end: 3 }];
  assert.deepEqual(pieceTexts(segments(text, [outer, inner, ...broken])), [['sales of ', []],
    ['1.2 million', [1, 2]], [' units', [1]], [' in March', []]]);
  assert.deepEqual(segments('', [outer]), []);
  assert.deepEqual(pieceTexts(segments('no figures', null)), [['no figures', []]]);
});

test('an emphasised sentence cuts the pieces at its ends and marks those inside', () => {
  const text = 'First sentence. Sales were 2.5 million. Last one.';
  const f = figureAt(text, '2.5 million', { number: 1, start: 16, end: 39 });
  const pieces = segments(text, [f], [16, 39]);
  assert.deepEqual(pieces.map(p => [p.text, p.emphasised]), [['First sentence. ', false], ['Sales were ', true],
    ['2.5 million', true], ['.', true], [' Last one.', false]]);
  // an emphasis outside the text is none
  assert.ok(segments(text, [f], [40, 400]).every(p => !p.emphasised));
});

test('a quote is found as it is, then across different white space, then without a closing ellipsis', () => {
  const text = '据中汽协统计，1-11月新能源汽车销量达1478万辆。\nCAAM said exports\nreached 6.34 million.';
  assert.deepEqual(quoteRange(text, '1-11月新能源汽车销量达1478万辆。'), [7, 27]);
  assert.equal(text.slice(7, 27), '1-11月新能源汽车销量达1478万辆。');
  const range = quoteRange(text, ' CAAM said exports reached 6.34 million. ');
  assert.equal(text.slice(...range), 'CAAM said exports\nreached 6.34 million.');
  assert.equal(text.slice(...quoteRange(text, 'CAAM said exports reached…')), 'CAAM said exports\nreached');
  assert.equal(text.slice(...quoteRange(text, '据中汽协统计...')), '据中汽协统计');
  assert.equal(quoteRange(text, 'not in the text'), null);
  assert.equal(quoteRange(text, '   '), null);
  assert.equal(quoteRange(text, null), null);
  // characters that mean something in a regular expression are only characters
  assert.deepEqual(quoteRange('up (3.2%) [sic] year-on-year', '(3.2%)  [sic]'), [3, 15]);
});

test("the emphasis is the shortest figure's sentence that holds the quote, else the quote", () => {
  const figures = [{ start: 0, end: 50 }, { start: 10, end: 30 }, { start: 60, end: 80 }];
  assert.deepEqual(sentenceRange(figures, [12, 20]), [10, 30]);
  assert.deepEqual(sentenceRange(figures, [5, 20]), [0, 50]);
  assert.deepEqual(sentenceRange(figures, [52, 55]), [52, 55]);
  assert.equal(sentenceRange(figures, null), null);
});

test("a figure's row: the value with thousands separators, its bounds as a range or the side that is open", () => {
  const base = { number: 7, stated_as: '31.23 million', value: 31230000, low: 31225000, high: 31235000,
    measure: 'sales', segment: 'all', subject_kind: null, subject: null, period: '2025-01/2025-11', publisher: 'CAAM',
    attribution: 'named', yoy_pct: 3.2, status: 'final', service: 'market', reason: null, review: 'accepted' };
  const cellsOf = f => Object.fromEntries(FIGURE_COLUMNS.map(([key], i) => [key, figureRow(f)[i]]));
  assert.equal(figureRow(base).length, FIGURE_COLUMNS.length);
  assert.deepEqual(cellsOf(base), { number: '7', stated_as: '31.23 million', value: '31,225,000\u201331,235,000',
    measure: 'sales', segment: 'all', subject: '', period: '2025-01/2025-11', publisher: 'CAAM (named)',
    yoy_pct: '+3.2%', status: 'final', service: 'market', reason: '', review: 'accepted' });
  assert.equal(valueCell({ ...base, stated_as: 'over 9.625 million', value: 9625000, low: 9625000, high: null }),
    '\u2265 9,625,000');
  assert.equal(valueCell({ ...base, stated_as: 'up to 200,000', value: 200000, low: null, high: 200000 }),
    '\u2264 200,000');
  assert.equal(valueCell({ ...base, stated_as: '534,000', value: 534000, low: 534000, high: 534000 }), '534,000');
  assert.equal(valueCell({ ...base, stated_as: '40.9%', measure: 'share', value: 40.9, low: 40.85, high: 40.95 }),
    '40.85%\u201340.95%');
  assert.equal(valueCell({ ...base, stated_as: 'a record', value: null, low: null, high: null }), 'n/a');

  const inferred = cellsOf({ ...base, measure: 'deliveries', subject_kind: 'brand', subject: 'Leapmotor',
    publisher: 'Leapmotor', attribution: 'inferred', yoy_pct: -4, service: 'deliveries', review: undefined,
    reason: 'the sentence names no publisher: the brand is' });
  assert.equal(inferred.subject, 'Leapmotor (brand)');
  assert.equal(inferred.publisher, 'Leapmotor (inferred)');
  assert.equal(inferred.yoy_pct, '-4%');
  assert.equal(inferred.reason, 'the sentence names no publisher: the brand is');
  assert.equal(inferred.review, 'proposed');
  // a measure no service keeps says so; no measure says nothing
  assert.equal(cellsOf({ ...base, measure: 'retail', service: null }).service, 'none: no service keeps retail figures');
  assert.equal(cellsOf({ ...base, measure: null, service: null, yoy_pct: null }).service, '');
  assert.equal(cellsOf({ ...base, yoy_pct: null }).yoy_pct, '');
});

test("an editor's change is a PATCH body of the right type; empty changes nothing", () => {
  assert.deepEqual(editPayload('yoy_pct', '3.2'), { yoy_pct: 3.2 });
  assert.deepEqual(editPayload('yoy_pct', ' +12.5% '), { yoy_pct: 12.5 });
  assert.deepEqual(editPayload('yoy_pct', '\u22121.5'), { yoy_pct: -1.5 });
  assert.deepEqual(editPayload('yoy_pct', '0'), { yoy_pct: 0 });
  assert.throws(() => editPayload('yoy_pct', 'a lot'), RangeError);
  assert.throws(() => editPayload('yoy_pct', '0x10'), RangeError);
  assert.deepEqual(editPayload('yoy_pct', ''), {});
  assert.deepEqual(editPayload('period', '  2025-01/2025-11 '), { period: '2025-01/2025-11' });
  assert.deepEqual(editPayload('period', '   '), {});
  assert.deepEqual(editPayload('subject', null), {});
  assert.deepEqual(editPayload('measure', 'Sales'), { measure: 'sales' });
  assert.deepEqual(editPayload('review', 'accepted'), { review: 'accepted' });
  // a publisher's name and a subject keep their case
  assert.deepEqual(editPayload('publisher', 'CAAM'), { publisher: 'CAAM' });
  assert.deepEqual(editPayload('subject', '零跑汽车'), { subject: '零跑汽车' });
  assert.throws(() => editPayload('value', '5'), /value is not a member/);
});

test('a problem reads as its title and detail, then each error, a figure named by its number', () => {
  const refused = { status: 409, title: 'Conflict', detail: '2 accepted figures are not ready to load',
    errors: [{ line: 3, field: 'period', message: 'no period' }, { line: 5, field: 'measure',
      message: 'no service keeps retail figures.' }] };
  assert.deepEqual(problemErrors(refused), ['Figure 3, period: no period',
    'Figure 5, measure: no service keeps retail figures.']);
  assert.equal(problemMessage(refused), 'Conflict: 2 accepted figures are not ready to load. Figure 3, period: no '
    + 'period; Figure 5, measure: no service keeps retail figures.');
  assert.equal(problemHeadline(refused), 'Conflict: 2 accepted figures are not ready to load.');
  assert.equal(problemMessage({ status: 400, title: 'Invalid input', errors: [{ field: 'published',
    message: 'must be a month (2025-12) or a day (2025-12-05)' }] }),
  'Invalid input. published: must be a month (2025-12) or a day (2025-12-05).');
  assert.equal(problemMessage({ status: 401, title: 'Unauthorized', detail: 'Unauthorized' }), 'Unauthorized.');
  assert.equal(problemMessage({ status: 502 }), 'HTTP 502.');
  assert.equal(problemMessage(null), 'The request failed, with no reason given.');
  assert.deepEqual(problemErrors({}), []);
});

test("a load's outcome names each service, its figures and whether this load put them there", () => {
  assert.deepEqual(loadOutcome({ report: 1, loaded_at: '2025-12-06T10:00:00Z', services: [
    { service: 'market', figures: 3, loaded_at: '2025-12-06T10:00:00Z', outcome: 'loaded' },
    { service: 'deliveries', figures: 1, loaded_at: '2025-12-05T09:00:00Z', outcome: 'already_loaded' }] }),
  ['market: 3 figures loaded at 2025-12-06T10:00:00Z', 'deliveries: 1 figure already loaded at 2025-12-05T09:00:00Z']);
  assert.deepEqual(loadOutcome({ services: [] }), []);
  assert.deepEqual(loadOutcome(null), []);
});

test("a report's address carries its id and the quote, and reads back", () => {
  const quote = '1-11月新能源汽车销量达1478万辆 & more';
  const href = reportHref(42, quote);
  assert.ok(href.startsWith('reports.html?report=42&quote='));
  assert.deepEqual(pageRequest(href.slice(href.indexOf('?'))), { report: 42, quote, invalid: false });
  assert.equal(reportHref(7), 'reports.html?report=7');
  assert.equal(reportHref(7, null, '/reports.html'), '/reports.html?report=7');
  assert.deepEqual(pageRequest(''), { report: null, quote: null, invalid: false });
  assert.deepEqual(pageRequest('?report=abc'), { report: null, quote: null, invalid: true });
  assert.deepEqual(pageRequest('?report=0'), { report: null, quote: null, invalid: true });
});
