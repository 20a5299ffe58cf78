// Horizontal bars of figures, one category each (brands, groups, a target and the progress towards it): the chart's
// option, a pure function of the figures.
import { format, tooltipHtml, valueText } from './figures.js';

/**
 * A bar's label: the figure's value with its bounds, its share where it has one, and a mark when it is not yet final
 * or lies outside the range its publisher's other figures give (the tooltip says which).
 */
export function barLabel(figure) {
  const share = figure.share_pct !== null && figure.share_pct !== undefined ? ` (${format(figure.share_pct)}%)` : '';
  const unsettled = figure.status && figure.status !== 'final' ? ` (${figure.status})` : '';
  const outside = figure.derived_range && figure.derived_range.flagged ? ' \u26a0' : '';
  return valueText(figure.value, figure.low, figure.high) + share + unsettled + outside;
}

/**
 * The chart's option. `categories`: the bars' names, top to bottom; `series`: ECharts bar series whose data items
 * are `{ value, figure }` (null where a category has none); `grid`: the chart's margins; `legend`: whether to show one.
 */
export function barOption(categories, series, grid, legend) {
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    // enterable: the pointer can reach the tooltip's links to the reports
    tooltip: { trigger: 'item', confine: true, enterable: true, className: 'chart-tip',
      formatter: p => tooltipHtml(p.data.figure) },
    ...(legend ? { legend: { top: 0, type: 'scroll' } } : {}),
    grid,
    xAxis: { type: 'value', axisLabel: { formatter: v => format(v), hideOverlap: true } },
    yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: grid.left - 10, overflow: 'break' } },
    series
  };
}
