// Figures on a time axis in months: a figure over several months is a span, one month a point, each with its
// bounds as a band (span) or an error bar (point); derived figures are dashed; a reported share outside the
// computed range is marked, and so is a stated level outside the range its publisher's other figures give (that
// range drawn dashed beside it).
import { format, months, tooltipHtml } from './figures.js';

export const COLOURS = ['#1f5f99', '#b35806', '#2e7d4f', '#7b3f9e', '#a8323e', '#4f5b66'];
const OUTSIDE = '#a8323e';
// volumes are drawn from zero; a share axis spans its figures with at least 5 points to spare each side, in steps of
// 10, so that a narrow rounding band (40.85-40.95) is not blown up to fill the chart, nor the chart squashed to 0-100
const SHARE_AXIS = {
  min: v => Math.max(0, Math.floor((v.min - 5) / 10) * 10),
  max: v => Math.min(100, Math.ceil((v.max + 5) / 10) * 10),
  interval: 10
};

/** Draws one figure: band and value line over its months, or a point with an error bar. */
function drawFigure(colour, derived, width, figure) {
  return (params, api) => {
    const [start, end, value] = [api.value(0), api.value(1), api.value(2)];
    const low = isNaN(api.value(3)) ? value : api.value(3);
    const high = isNaN(api.value(4)) ? value : api.value(4);
    const [x1, y] = api.coord([start, value]);
    const [x2] = api.coord([end, value]);
    const yLow = api.coord([start, low])[1];
    const yHigh = api.coord([start, high])[1];
    const dash = derived ? [6, 4] : null;
    const children = [];
    const f = figure(params.dataIndex);
    if (f.months.count > 1) {
      children.push({ type: 'rect', shape: { x: x1, y: yHigh, width: x2 - x1, height: Math.max(1, yLow - yHigh) },
        style: { fill: colour, opacity: 0.18 } });
      children.push({ type: 'line', shape: { x1, y1: y, x2, y2: y },
        style: { stroke: colour, lineWidth: width, lineDash: dash } });
      [x1, x2].forEach(x => children.push({ type: 'line', shape: { x1: x, y1: y - 5, x2: x, y2: y + 5 },
        style: { stroke: colour, lineWidth: 2 } }));
    } else {
      const x = (x1 + x2) / 2;
      children.push({ type: 'line', shape: { x1: x, y1: yHigh, x2: x, y2: yLow }, style: { stroke: colour, lineWidth: 2 } });
      [yHigh, yLow].forEach(yy => children.push({ type: 'line', shape: { x1: x - 5, y1: yy, x2: x + 5, y2: yy },
        style: { stroke: colour, lineWidth: 2 } }));
      children.push({ type: 'circle', shape: { cx: x, cy: y, r: 5 },
        style: { fill: derived ? '#fff' : colour, stroke: colour, lineWidth: 2 } });
    }
    const range = f.derived_range;
    if (range && range.flagged) {
      // the range the publisher's other figures give, dashed beside the stated figure, and a warning
      const x = x2 + 6;
      const yTop = api.coord([start, range.high === null ? range.value : range.high])[1];
      const yBottom = api.coord([start, range.low === null ? range.value : range.low])[1];
      children.push({ type: 'line', shape: { x1: x, y1: yTop, x2: x, y2: yBottom },
        style: { stroke: OUTSIDE, lineWidth: 2, lineDash: [4, 3] } });
      [yTop, yBottom].forEach(yy => children.push({ type: 'line', shape: { x1: x - 4, y1: yy, x2: x + 4, y2: yy },
        style: { stroke: OUTSIDE, lineWidth: 2 } }));
      children.push({ type: 'text', x: x + 6, y: (yTop + yBottom) / 2, style: { text: '\u26a0 derived range',
        fill: OUTSIDE, font: 'bold 12px system-ui, sans-serif', textAlign: 'left', textVerticalAlign: 'middle' } });
    }
    if (f.outside) {
      // on the side away from the computed range, so as not to cover it
      children.push({ type: 'text', x: x2, y: f.belowComputed ? y + 8 : y - 8, style: {
        text: '\u26a0 outside the computed range', fill: OUTSIDE, font: 'bold 12px system-ui, sans-serif',
        textAlign: 'right', textVerticalAlign: f.belowComputed ? 'top' : 'bottom' } });
    }
    return { type: 'group', children };
  };
}

/**
 * The chart's option. `series`: [{ name, derived, width, grid, figures }], each figure with period, value, low,
 * high and what its tooltip tells (a wider line shows under a narrower one where two series have the same figures);
 * `range`: { from, to }, the months of the axis; `grids`: value axes stacked (e.g. vehicles above, percent below),
 * which a series names by its index, `grid`.
 */
export function timeOption(series, range, grids) {
  const from = months(range.from);
  const to = months(range.to);
  const gridCount = grids.length;
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    legend: { top: 0, type: 'scroll' },
    // enterable: the pointer can reach the tooltip's links to the reports
    tooltip: { trigger: 'item', confine: true, enterable: true, className: 'chart-tip',
      formatter: p => tooltipHtml(p.data.figure) },
    // one grid fills the chart; two share it, the second below the first
    grid: grids.map((g, i) => gridCount === 1 ? { left: 72, right: 24, top: 48, bottom: 32 }
      : { left: 72, right: 24, top: i === 0 ? 48 : '60%', height: i === 0 ? '36%' : '30%' }),
    xAxis: grids.map((g, i) => ({ type: 'time', gridIndex: i, min: from ? from.start : null, max: to ? to.end : null,
      axisLabel: { hideOverlap: true, formatter: '{yyyy}-{MM}' },
      splitLine: { show: true, lineStyle: { color: '#eef1f4' } } })),
    yAxis: grids.map((g, i) => ({ type: 'value', gridIndex: i, name: g.name,
      ...(g.unit === 'percent' ? SHARE_AXIS : {}), nameTextStyle: { align: 'left' },
      axisLabel: { formatter: v => g.unit === 'percent' ? v + '%' : short(v) } })),
    series: series.map((s, i) => {
      const figures = s.figures.map(f => ({ ...f, months: months(f.period) })).filter(f => f.months && f.value !== null);
      const colour = s.colour || COLOURS[i % COLOURS.length];
      return {
        type: 'custom', name: s.name, xAxisIndex: s.grid || 0, yAxisIndex: s.grid || 0, itemStyle: { color: colour },
        renderItem: drawFigure(colour, s.derived, s.width || 3, index => figures[index]),
        encode: { x: [0, 1], y: [2, 3, 4] },
        data: figures.map(f => ({ value: [f.months.start, f.months.end, f.value, f.low, f.high], figure: f }))
      };
    })
  };
}

function short(v) {
  if (Math.abs(v) >= 1e6) return format(v / 1e6) + 'M';
  if (Math.abs(v) >= 1e3) return format(v / 1e3) + 'k';
  return format(v);
}

