// How a figure reads: periods, bounds, stated forms, the CSV of a card.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { csv } from '../../main/resources/META-INF/resources/dashboard/card.js';
import { boundsText, derivedRangeText, describe, months, periodLabel, publisherText, reportLink, tooltipHtml,
  valueText } from '../../main/resources/META-INF/resources/dashboard/figures.js';

test('a period covers its months, from the first day of the first to the first day of the month after the last', () => {
  const span = months('2025-01/2025-11');
  assert.equal(span.count, 11);
  assert.equal(new Date(span.start).toISOString(), '2025-01-01T00:00:00.000Z');
  assert.equal(new Date(span.end).toISOString(), '2025-12-01T00:00:00.000Z');
  assert.equal(months('2024').count, 12);
  assert.equal(months('2023-H1').count, 6);
  assert.equal(months('2025-Q4').start, Date.UTC(2025, 9, 1));
  assert.equal(months('2024-12/2025-02').count, 3);
  assert.equal(months('last year'), null);
});

test('a period reads as analysts write it', () => {
  assert.equal(periodLabel('2025-01/2025-11'), 'Jan-Nov 2025 (11 months)');
  assert.equal(periodLabel('2025-11'), 'Nov 2025');
  assert.equal(periodLabel('2023-H1'), 'H1 2023 (6 months)');
  assert.equal(periodLabel('2024'), '2024 (12 months)');
  assert.equal(periodLabel('2024-12/2025-02'), 'Dec 2024-Feb 2025 (3 months)');
  assert.equal(periodLabel('not a period'), 'not a period');
});

test('bounds say exact, a range, or the side that is open', () => {
  assert.equal(boundsText(534000, 534000, 534000), 'exact');
  assert.equal(boundsText(15000000, 14000000, 15000000), '14,000,000 to 15,000,000');
  assert.equal(boundsText(2000000, 2000000, null), 'at least 2,000,000 (no upper bound)');
  assert.equal(boundsText(40.9, 40.85, 40.95, 'percent'), '40.85% to 40.95%');
});

test('a value reads with its stated form and bounds, a floor as a floor', () => {
  assert.equal(valueText(15000000, 14000000, 15000000, 'vehicles', 'nearly 15 million'),
    '15,000,000 (stated "nearly 15 million"; 14,000,000 to 15,000,000)');
  assert.equal(valueText(70327, 70327, null), 'at least 70,327');
  assert.equal(valueText(534000, 534000, 534000), '534,000');
});

test('the publisher says whether the report names it or the suite infers it', () => {
  assert.equal(publisherText('SYN-A', 'named'), 'SYN-A (named by the report)');
  assert.equal(publisherText('SYN-B', 'inferred'), 'SYN-B (inferred by the suite: the report names no publisher)');
  assert.equal(publisherText(null, 'named'), 'n/a');
});

test("a card's CSV has the API's columns and quotes what needs quoting", () => {
  const text = csv([{ series: 'NEV sales (SYN-A)', period: '2025-01/2025-11', value: 15000000, low: 14000000,
    high: 15000000, unit: 'vehicles', stated_as: 'nearly 15 million', publisher: 'SYN-A', attribution: 'named',
    published_on: '2025-12-31', source: 'Synthetic report, "quoted", December' }]);
  const [header, row] = text.split('\r\n');
  assert.equal(header, 'series,period,value,low,high,unit,stated_as,computed,judgement,publisher,attribution,'
    + 'definition,published,source,report_id,quote,report_ids');
  assert.equal(row, 'NEV sales (SYN-A),2025-01/2025-11,15000000,14000000,15000000,vehicles,nearly 15 million,,,'
    + 'SYN-A,named,,2025-12-31,"Synthetic report, ""quoted"", December",,,');
  const [, quoted, summed] = csv([{ series: 'SYN', report_id: 7, quote: 'Sales were "nearly 15 million".' },
    { series: 'SYN sum', report_ids: [7, 8] }]).split('\r\n');
  assert.match(quoted, /,7,"Sales were ""nearly 15 million"".",$/);
  assert.match(summed, /,,,7; 8$/);
});

test('a figure read from a report links its tooltip to the sentence in the report', () => {
  const quote = 'NEV sales reached "nearly 15 million" & more; 新能源汽车销量近1500万辆';
  const figure = { series: 'NEV sales (SYN-A)', period: '2025-01/2025-11', value: 15000000, low: 14000000,
    high: 15000000, unit: 'vehicles', publisher: 'SYN-A', attribution: 'named', source: 'SYN report',
    report_id: 7, quote };
  assert.equal(reportLink(7, quote), 'reports.html?report=7&quote=' + encodeURIComponent(quote));
  assert.equal(reportLink(7), 'reports.html?report=7');
  assert.equal(Object.fromEntries(describe(figure)).Report, 'sentence in report 7');
  const html = tooltipHtml(figure);
  // the href is HTML-escaped in the attribute: & as &amp;, a quote mark percent-encoded already
  assert.ok(html.includes('<dt>Report</dt><dd><a class="report-link" href="reports.html?report=7&amp;quote='
    + encodeURIComponent(quote) + '">sentence in report 7</a></dd>'), html);
  // a report named without its sentence, the reports of a sum, and none
  assert.ok(tooltipHtml({ ...figure, quote: null }).includes('<a class="report-link" href="reports.html?report=7">'
    + 'report 7</a>'));
  const sum = tooltipHtml({ series: 'SYN', period: '2025-Q1', value: 3, report_ids: [7, 8] });
  assert.ok(sum.includes('<a class="report-link" href="reports.html?report=7">report 7</a>, '
    + '<a class="report-link" href="reports.html?report=8">report 8</a>'), sum);
  assert.ok(!tooltipHtml({ series: 'SYN', period: '2025', value: 1, report_ids: [] }).includes('Report'));
  assert.ok(!tooltipHtml({ series: 'SYN', period: '2025', value: 1 }).includes('<a '));
});

test('a stated level reads beside the range its publisher\'s other figures give, and its status when not final', () => {
  const range = { value: 2614000, low: 2613000, high: 2615000, derivation: 'difference',
    sources: ['2025-01/2025-07', '2025-H1'], judgement: 'outside', outside_by: 21500, outside_by_pct: 0.83,
    flagged: true };
  assert.equal(derivedRangeText(range, 'vehicles'),
    '2,613,000 to 2,615,000 from 2025-01/2025-07 and 2025-H1 (difference): outside by 21,500 (0.83%)');
  assert.equal(derivedRangeText({ ...range, judgement: 'inside', outside_by: 0, flagged: false }),
    '2,613,000 to 2,615,000 from 2025-01/2025-07 and 2025-H1 (difference): inside');
  assert.equal(derivedRangeText(null), '');
  // market names its source figures with their periods, exports and deliveries by their ids
  assert.equal(derivedRangeText({ ...range, sources: [{ figure_id: 7, period: '2025-01/2025-07' },
    { figure_id: 8, period: '2025-H1' }] }, 'vehicles'),
  '2,613,000 to 2,615,000 from 2025-01/2025-07 and 2025-H1 (difference): outside by 21,500 (0.83%)');
  assert.equal(derivedRangeText({ ...range, sources: [7, 8] }, 'vehicles'),
    '2,613,000 to 2,615,000 from figure 7 and figure 8 (difference): outside by 21,500 (0.83%)');
  const rows = Object.fromEntries(describe({ series: 'SYN production', period: '2025-07', value: 2591000,
    low: 2590500, high: 2591500, unit: 'vehicles', status: 'preliminary', derived_range: range }));
  assert.equal(rows.Status, 'preliminary: not yet the final figure');
  assert.match(rows['Derived range'], /^2,613,000 to 2,615,000 .*outside by 21,500/);
  assert.equal(Object.fromEntries(describe({ series: 'SYN', period: '2025', value: 1, status: 'final' })).Status,
    undefined);
});
