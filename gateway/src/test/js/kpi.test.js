// The KPI strip from an overview answer: a tile per measure and publisher, the share judged, exports by publisher.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { kpiTiles } from '../../main/resources/META-INF/resources/dashboard/kpi.js';

const source = { attribution: 'named', definition: 'synthetic definition', published: '2025-12',
  source: 'Synthetic report' };

function overview(judgement) {
  return {
    period: '2025-01/2025-11',
    sections: {
      market: { source: 'market-service', status: 'complete', complete: true, data: { publishers: [{
        publisher: 'SYN-A',
        production: { value: 31230000, low: 31225000, high: 31235000, stated_as: '31.23 million', derived: false,
          sources: [source], yoy: { reported: { pct: 10.4, low: 10.35, high: 10.45 }, computed: null } },
        sales: null,
        nev_sales: { value: 15000000, low: 14000000, high: 15000000, stated_as: 'nearly 15 million', derived: false,
          sources: [source] },
        nev_share: { reported: { pct: 52.5, low: 52.45, high: 52.55, stated_as: '52.5%', definition: 'share' },
          computed: { pct: 46.58, low: 44.97, high: 48.19, formula: 'NEV sales / all-vehicle sales' }, judgement,
          outside_by_points: 4.26 }
      }] } },
      exports: { source: 'exports-service', status: 'complete', complete: true, data: {
        all: { figures: [{ publisher: 'SYN-B', value: 6500000, low: 6450000, high: 6550000, stated_as: 'about 6.5 million',
          attribution: 'inferred', definition: 'customs', reported_yoy_pct: 19.2, published_on: '2025-12-10',
          source: 'Synthetic customs report' }] },
        nev: null } }
    }
  };
}

test('each market publisher has production, sales and NEV sales tiles, with what was stated and the bounds', () => {
  const tiles = kpiTiles(overview('inside'));
  assert.deepEqual(tiles.map(t => t.key), ['production', 'sales', 'nev_sales', 'nev_share_reported',
    'nev_share_computed', 'exports']);
  const production = tiles[0];
  assert.equal(production.title, 'Production (SYN-A)');
  assert.equal(production.figure.value, 31230000);
  assert.deepEqual(production.lines, ['Stated as "31.23 million"', 'Bounds: 31,225,000 to 31,235,000',
    'SYN-A (named by the report), published 2025-12', 'Definition: synthetic definition',
    'Growth year on year: reported 10.4% (10.35% to 10.45%); not computable (no base figure)']);
  // a measure the publisher did not state for the period is an empty tile, not a zero
  assert.equal(tiles[1].figure, null);
  assert.deepEqual(tiles[1].lines, []);
});

test('a reported share outside the computed range marks both share tiles and says by how much', () => {
  const tiles = kpiTiles(overview('outside')).filter(t => t.key.startsWith('nev_share'));
  assert.deepEqual(tiles.map(t => t.outside), [true, true]);
  assert.ok(tiles[0].lines.includes('\u26a0 Reported share outside the computed range by 4.26 points'));
  assert.equal(tiles[1].figure.computed, true);
  assert.ok(tiles[1].lines.includes('Computed by the suite'));
  assert.deepEqual(kpiTiles(overview('inside')).filter(t => t.outside), []);
});

test('exports are a tile per publisher with its reported growth, and the publisher inferred says so', () => {
  const exports = kpiTiles(overview('inside')).filter(t => t.key === 'exports');
  assert.equal(exports.length, 1);
  assert.equal(exports[0].title, 'Exports, all vehicles (SYN-B)');
  assert.ok(exports[0].lines.includes('SYN-B (inferred by the suite: the report names no publisher), published 2025-12-10'));
  assert.ok(exports[0].lines.includes('Growth year on year: reported 19.2%; not computed here'));
});

test('a period nobody published still shows its tiles, each saying nothing was published', () => {
  const tiles = kpiTiles({ period: '2019-01', sections: {
    market: { status: 'complete', complete: true, data: { publishers: [] } },
    exports: { status: 'unavailable', complete: false } } });
  assert.deepEqual(tiles.map(t => [t.key, t.figure]), [['production', null], ['sales', null],
    ['nev_share_reported', null], ['exports', null]]);
});

test('a stated level outside the range its publisher\'s other figures give, or not yet final, is marked', () => {
  const view = overview('inside');
  const p = view.sections.market.data.publishers[0];
  p.production = { ...p.production, status: 'preliminary', derived_range: { value: 31240000, low: 31238000,
    high: 31242000, derivation: 'sum', sources: ['2025-H1', '2025-07/2025-11'], judgement: 'outside',
    outside_by: 3000, outside_by_pct: 0.01, flagged: true } };
  const [production, , nevSales] = kpiTiles(view);
  assert.equal(production.outside, true);
  assert.ok(production.lines.includes('\u26a0 Preliminary figure, not yet final'));
  assert.ok(production.lines.some(l => l.startsWith('\u26a0 Outside the range its publisher\'s other figures give: '
    + '31,238,000 to 31,242,000 from 2025-H1 and 2025-07/2025-11 (sum): outside by 3,000')));
  assert.equal(nevSales.outside, false);
  assert.ok(!nevSales.lines.some(l => l.startsWith('\u26a0')));
});
