/**
 * Orders, approvals, stock and shipments of H200 chips, as horizontal bars. A lower bound ends in
 * an open arrow and reads "more than"; a range is drawn from its low to its high end; an
 * approximate value reads "about"; every bar names its source and its "as of" date. A figure
 * revised since it was first published ends its label in a ◆, which a key line explains.
 */
import * as Plot from '@observablehq/plot';
import { createDocument, serialize, withoutStyles } from './dom.ts';
import type { Lang } from '../lib/format.ts';
import { t } from '../i18n/ui.ts';
import { sourcesLabel, type FigureRow } from './rows.ts';
import { asOfText, axisNumber, describeValue, figureCredits, figureLabel, figureMark, figureRecords, figureTable, labelled } from './figure-text.ts';
import { keyChannel, markUp } from './marks.ts';
import { isRevised, KEY_HEIGHT, markLabel, revisedKey, revisedSummary } from './revised.ts';
import { boundColourScale } from './palette.ts';
import { roundNumbers, type ChartModule, type ChartOptions } from './types.ts';

const BAR_HEIGHT = 14;

/** The value a bar is drawn to: the value, or a range's high end. */
const end = (f: FigureRow) => (f.bound === 'range' ? f.high! : f.value!);

function sourceLine(f: FigureRow, lang: Lang): string {
  return `${sourcesLabel(f.sourceRows, lang)} · ${asOfText(f.asOf, lang)}`;
}

/** The SVG of the chart for `rows`, drawn at `width` pixels. */
export function ordersApprovalsStock(rows: FigureRow[], { width = 640, lang = 'en' }: ChartOptions = {}): string {
  // A narrow column wraps the label and source lines, so each row needs room for a second line.
  const rowHeight = width < 480 ? 92 : 66;
  // In ems of 13 px. Plot measures text with Helvetica-like widths; bold DejaVu and system fonts run
  // about a seventh wider, so bold labels get that much less room and do not run past the edge.
  const lineWidth = (width - 8) / 13;
  const boldLineWidth = lineWidth * 0.85;
  const max = Math.max(...rows.map(end));
  const arrow = max * 0.07;
  const y = (f: FigureRow) => figureLabel(f, lang);
  const labels = rows.map(y);
  const bars = rows.filter((f) => f.bound !== 'range' && f.value! > 0);
  const ranges = rows.filter((f) => f.bound === 'range');
  const zeros = rows.filter((f) => end(f) === 0);
  const lowers = rows.filter((f) => f.bound === 'lower');
  const uppers = rows.filter((f) => f.bound === 'upper');
  const marginBottom = 32 + (rows.some(isRevised) ? KEY_HEIGHT : 0);
  const svg = Plot.plot({
    document: createDocument(),
    className: 'chart-oas',
    width,
    height: rows.length * rowHeight + 8 + marginBottom,
    marginLeft: 4,
    marginRight: 16,
    marginTop: 8,
    marginBottom,
    y: { domain: labels, axis: null, padding: 0 },
    x: {
      domain: [0, max + arrow * 1.6],
      grid: true,
      label: null,
      ticks: width < 480 ? 4 : 8,
      tickFormat: (d: number) => axisNumber(d, lang),
    },
    marks: [
      Plot.barX(bars, {
        x1: 0,
        x2: 'value',
        y,
        insetTop: (rowHeight - BAR_HEIGHT) / 2,
        insetBottom: (rowHeight - BAR_HEIGHT) / 2,
        fill: (f: FigureRow) => f.bound,
        className: 'mark-bar',
        ariaLabel: keyChannel,
      }),
      Plot.barX(ranges, {
        x1: 'low',
        x2: 'high',
        y,
        insetTop: (rowHeight - BAR_HEIGHT) / 2,
        insetBottom: (rowHeight - BAR_HEIGHT) / 2,
        fill: () => 'range',
        fillOpacity: 0.45,
        stroke: () => 'range',
        strokeWidth: 1.5,
        className: 'mark-range',
        ariaLabel: keyChannel,
      }),
      Plot.tickX(
        ranges.flatMap((f) => [
          { ...f, at: f.low },
          { ...f, at: f.high },
        ]),
        {
          x: 'at',
          y,
          stroke: () => 'range',
          strokeWidth: 2,
          insetTop: rowHeight / 2 - 12,
          insetBottom: rowHeight / 2 - 12,
          ariaLabel: keyChannel,
        },
      ),
      Plot.arrow(lowers, {
        x1: 'value',
        x2: (f: FigureRow) => f.value! + arrow,
        y1: y,
        y2: y,
        stroke: () => 'lower',
        strokeWidth: 2,
        strokeDasharray: '3 3',
        headLength: 10,
        className: 'mark-lower-bound',
        ariaLabel: keyChannel,
      }),
      Plot.arrow(uppers, {
        x1: 'value',
        x2: (f: FigureRow) => Math.max(0, f.value! - arrow),
        y1: y,
        y2: y,
        stroke: () => 'upper',
        strokeWidth: 2,
        headLength: 8,
        className: 'mark-upper-bound',
        ariaLabel: keyChannel,
      }),
      Plot.dot(zeros, { x: 0, y, r: 5, stroke: () => 'exact', fill: 'transparent', strokeWidth: 2, className: 'mark-zero', ariaLabel: keyChannel }),
      Plot.ruleX([0]),
      Plot.text(rows, {
        x: 0,
        y,
        text: (f: FigureRow) => markLabel(f, labelled(f, lang)),
        textAnchor: 'start',
        dy: -12,
        lineAnchor: 'bottom',
        lineWidth: boldLineWidth,
        fontWeight: 600,
        className: 'mark-label',
        ariaLabel: keyChannel,
      }),
      Plot.text(rows, {
        x: 0,
        y,
        text: (f: FigureRow) => sourceLine(f, lang),
        textAnchor: 'start',
        dy: 13,
        lineAnchor: 'top',
        lineWidth: (lineWidth * 13) / 11,
        fontSize: 11,
        fillOpacity: 0.75,
        className: 'mark-source',
        ariaLabel: keyChannel,
      }),
      ...revisedKey(rows, lang, { marginBottom }),
    ],
    color: boundColourScale,
  });
  markUp(
    svg,
    rows.map((f) => figureMark(f, lang)),
    ['mark-bar', 'mark-range', 'mark-zero'],
  );
  return roundNumbers(serialize(withoutStyles(svg, { fontSize: 13 })));
}

/** A summary (how many bars, the largest, which were revised) that points to the table, which gives each bar's value, date and sources. */
export function describeOrdersApprovalsStock(rows: FigureRow[], lang: Lang = 'en'): string {
  const largest = rows.reduce((a, b) => (end(b) > end(a) ? b : a));
  return [
    t(lang, 'describe.bars', { n: rows.length }),
    t(lang, 'describe.largest', { label: figureLabel(largest, lang), value: describeValue(largest, lang) }),
    revisedSummary(rows, (f) => figureLabel(f, lang), lang),
    t(lang, 'describe.see-table'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The lead chart: orders, approvals, stock and sales as bars. */
export const chart: ChartModule<FigureRow> = {
  render: ordersApprovalsStock,
  describe: describeOrdersApprovalsStock,
  table: figureTable,
  records: figureRecords,
  ...figureCredits,
};
