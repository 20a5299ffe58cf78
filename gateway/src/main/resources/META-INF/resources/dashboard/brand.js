// A brand's page (#/brands/{slug}): its monthly deliveries on the time axis and its progress towards its target.
import { chartOf, markEmpty, markSources, markStatus, showFigures } from './card.js';
import { format, tooltipHtml, valueText } from './figures.js';
import { timeOption } from './timechart.js';

export function renderHistory(card, view) {
  const brand = view.sections.brand.data;
  const history = view.sections.history;
  const name = brand ? brand.name : view.brand;
  document.getElementById('brand-name').textContent = name;
  const about = document.getElementById('brand-about');
  about.textContent = brand ? `Carmaker: ${brand.carmaker || 'n/a'}` + (brand.memberships.length
    ? `; member of ${brand.memberships.map(m => m.group.toUpperCase()).join(', ')}` : '') : '';
  const points = history.data ? history.data.points : [];
  const figures = points.filter(p => p.deliveries !== null).map(p => ({ series: `Deliveries (${name})`,
    period: p.period, value: p.deliveries, low: p.low, high: p.high, unit: 'vehicles', publisher: p.publisher,
    attribution: p.attribution, published: p.published, published_on: p.published_on, source: p.source,
    definition: [p.stated_record ? 'a record month, as the report states' : null,
      p.yoy && p.yoy.reported ? `reported growth ${format(p.yoy.reported.pct)}% year on year` : null]
      .filter(Boolean).join('; ') }));
  const year = String(view.year);
  chartOf(card).setOption(timeOption([{ name: `Deliveries (${name})`, figures }],
    { from: year + '-01', to: year + '-12' }, [{ name: 'vehicles', unit: 'vehicles' }]), true);
  const missing = points.filter(p => p.deliveries === null).map(p => p.period);
  card.querySelector('.history-note').textContent = missing.length
    ? `No figure published for ${missing.length} of ${points.length} months (${missing.join(', ')}): not zero, unknown.`
    : '';
  showFigures(card, figures);
  markSources(card, figures, 'deliveries-service');
  markStatus(card, [view.sections.brand, history]);
  markEmpty(card, !figures.length, ''); // the note says why
}

function targetFigures(name, data) {
  const current = data.revisions.find(r => r.revision === data.current.revision) || data.revisions[0];
  const target = { series: `Target ${data.year}, revision ${data.current.revision} (${name})`, period: String(data.year),
    value: data.current.value, low: data.current.low, high: data.current.high, unit: 'vehicles',
    publisher: current.publisher, attribution: current.attribution, published: current.published,
    published_on: current.published_on,
    source: current.source, definition: current.stated_progress ? `stated progress: ${current.stated_progress}` : '' };
  const delivered = data.delivered_to_date !== null && data.delivered_to_date !== undefined
    ? data.delivered_to_date.value : data.delivered_at_least;
  const progress = { series: `Delivered through ${data.through} (${name})`, period: `${data.year}-01/${data.through}`,
    value: delivered, low: delivered, high: data.complete ? delivered : null, unit: 'vehicles', computed: true,
    formula: data.complete ? 'sum of the monthly deliveries' : 'sum of the months published; at least this many '
      + `(${data.months_missing.length} months without a figure)`, publisher: current.publisher };
  return [target, progress];
}

export function renderTargets(card, view) {
  const section = view.sections.targets;
  const note = card.querySelector('.target-note');
  const name = view.sections.brand.data ? view.sections.brand.data.name : view.brand;
  const none = section.status === 'rejected' && section.problem && section.problem.status === 404;
  const figures = section.data ? targetFigures(name, section.data) : [];
  chartOf(card).setOption({
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    tooltip: { trigger: 'item', confine: true, className: 'chart-tip', formatter: p => tooltipHtml(p.data.figure) },
    grid: { left: 170, right: 120, top: 16, bottom: 28 },
    xAxis: { type: 'value', axisLabel: { formatter: v => format(v) } },
    yAxis: { type: 'category', inverse: true, data: figures.map(f => f.series.replace(/ \(.*\)$/, '')) },
    series: [{ type: 'bar', barMaxWidth: 26, label: { show: true, position: 'right',
      formatter: p => valueText(p.data.figure.value, p.data.figure.low, p.data.figure.high) },
    data: figures.map((f, i) => ({ value: f.value, figure: f, itemStyle: { color: i ? '#2e7d4f' : '#1f5f99' } })) }]
  }, true);
  const d = section.data;
  note.textContent = none ? `No annual target of ${name} for ${view.year} is known.`
    : d ? (d.progress_pct ? `Progress ${format(d.progress_pct.value)}% (${format(d.progress_pct.low)}% to `
      + `${format(d.progress_pct.high)}%). ` : 'Progress not computed: months are missing. ')
      + (d.stated_notes || []).join(' ') : '';
  showFigures(card, figures);
  markSources(card, figures, 'deliveries-service');
  markStatus(card, none ? [] : [section]);
  markEmpty(card, !figures.length, ''); // the note, or the card's mark, says why
}
