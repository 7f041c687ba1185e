/**
 * The H200 quantities on a time axis by their "as of" dates, so a reader sees how the story
 * moved: a lower bound points up with an open arrow, an upper bound points down, a range is a
 * vertical span, and each point is labelled with its measure and value. A figure revised since
 * it was first published ends its label in a ◆, which a key line explains.
 */
import * as Plot from '@observablehq/plot';
import { createDocument, serialize, withoutStyles } from './dom.ts';
import { formatDate, toDate, type Lang } from '../lib/format.ts';
import { localeOf, t } from '../i18n/ui.ts';
import { axisNumber, figureCredits, figureLabel, figureMark, figureRecords, figureTable, labelled } from './figure-text.ts';
import { keyChannel, markUp } from './marks.ts';
import { isRevised, KEY_HEIGHT, markLabel, revisedKey, revisedSummary } from './revised.ts';
import type { FigureRow } from './rows.ts';
import { placeLabels, wrap } from './labels.ts';
import { boundColourScale } from './palette.ts';
import { roundNumbers, type ChartModule, type ChartOptions } from './types.ts';

const mid = (f: FigureRow) => (f.bound === 'range' ? (f.low! + f.high!) / 2 : f.value!);

/** Month ticks in the reader's language, with the year under January and under the first tick: "janv.\n2026". */
function monthTick(lang: Lang) {
  const month = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' });
  return (date: Date, i: number) => (i === 0 || date.getUTCMonth() === 0 ? `${month.format(date)}\n${date.getUTCFullYear()}` : month.format(date));
}

/** The H200 chip counts among `rows`, oldest first: the rows this chart draws. */
export function chipCounts(rows: FigureRow[]): FigureRow[] {
  return rows.filter((f) => f.chip === 'H200' && f.unit === 'chips').sort((a, b) => a.asOf.localeCompare(b.asOf));
}

/** The SVG of the chart for `rows` (H200 chip counts), drawn at `width` pixels. */
export function figuresOverTime(rows: FigureRow[], { width = 640, lang = 'en' }: ChartOptions = {}): string {
  const max = Math.max(...rows.map((f) => (f.bound === 'range' ? f.high! : f.value!)));
  const arrow = max * 0.08;
  const dates = rows.map((f) => toDate(f.asOf));
  const first = new Date(Math.min(...dates.map(Number)));
  const last = new Date(Math.max(...dates.map(Number)));
  const x = (f: FigureRow) => toDate(f.asOf);
  const key = rows.some(isRevised) ? KEY_HEIGHT : 0;
  const margin = { left: 44, right: 16, top: 24, bottom: 32 + key };
  const height = (width < 480 ? 480 : 380) + key;
  const domainX = [+first - 20 * 864e5, +last + 20 * 864e5];
  const domainY = [0, max + arrow * 1.5];
  const plotHeight = height - margin.top - margin.bottom;
  const lines = (f: FigureRow) => wrap(markLabel(f, labelled(f, lang)), width < 480 ? 26 : 48);
  const px = (f: FigureRow) => margin.left + ((+toDate(f.asOf) - domainX[0]) / (domainX[1] - domainX[0])) * (width - margin.left - margin.right);
  const py = (f: FigureRow) => height - margin.bottom - (mid(f) / domainY[1]) * plotHeight;
  const placements = placeLabels(
    rows.map((f) => ({ x: px(f), y: py(f), width: Math.max(...lines(f).map((l) => l.length)) * 7, height: lines(f).length * 14 })),
    { left: 0, right: width, top: 0, bottom: height - margin.bottom - 4 },
  );
  const placed = new Map(rows.map((f, i) => [f, placements[i]]));
  // Plot's dy is one constant per mark, so each label's own offset moves its y, in data units.
  const labelY = (f: FigureRow) => mid(f) - placed.get(f)!.dy * (domainY[1] / plotHeight);
  const moved = rows.filter((f) => Math.abs(placed.get(f)!.dy) > 10);
  const svg = Plot.plot({
    document: createDocument(),
    className: 'chart-fot',
    width,
    height,
    marginLeft: margin.left,
    marginRight: margin.right,
    marginTop: margin.top,
    marginBottom: margin.bottom,
    x: { type: 'utc', domain: domainX.map((t) => new Date(t)), label: null, ticks: width < 480 ? 3 : 6, tickFormat: monthTick(lang) },
    y: { domain: domainY, grid: true, label: t(lang, 'chart.chips-axis'), tickFormat: (d: number) => axisNumber(d, lang), ticks: 5 },
    color: boundColourScale,
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(
        rows.filter((f) => f.bound === 'range'),
        { x, y1: 'low', y2: 'high', stroke: () => 'range', strokeWidth: 6, className: 'mark-range', ariaLabel: keyChannel },
      ),
      Plot.arrow(
        rows.filter((f) => f.bound === 'lower'),
        {
          x1: x,
          x2: x,
          y1: 'value',
          y2: (f: FigureRow) => f.value! + arrow,
          stroke: () => 'lower',
          strokeWidth: 2,
          strokeDasharray: '3 3',
          headLength: 9,
          className: 'mark-lower-bound',
          ariaLabel: keyChannel,
        },
      ),
      Plot.arrow(
        rows.filter((f) => f.bound === 'upper'),
        {
          x1: x,
          x2: x,
          y1: 'value',
          y2: (f: FigureRow) => Math.max(0, f.value! - arrow),
          stroke: () => 'upper',
          strokeWidth: 2,
          headLength: 9,
          className: 'mark-upper-bound',
          ariaLabel: keyChannel,
        },
      ),
      Plot.dot(
        rows.filter((f) => f.bound !== 'range'),
        {
          x,
          y: 'value',
          r: 5,
          fill: 'bound',
          fillOpacity: (f: FigureRow) => (f.bound === 'approximate' ? 0 : 1),
          stroke: (f: FigureRow) => f.bound,
          strokeWidth: 2,
          className: 'mark-point',
          ariaLabel: keyChannel,
        },
      ),
      Plot.link(moved, { x1: x, x2: x, y1: mid, y2: labelY, stroke: 'currentColor', strokeOpacity: 0.4, className: 'mark-leader', ariaLabel: keyChannel }),
      ...(['start', 'end'] as const).map((anchor) =>
        Plot.text(
          rows.filter((f) => placed.get(f)!.anchor === anchor),
          {
            x,
            y: labelY,
            text: (f: FigureRow) => lines(f).join('\n'),
            textAnchor: anchor,
            dx: anchor === 'start' ? 9 : -9,
            lineHeight: 1.15,
            className: 'mark-label',
            ariaLabel: keyChannel,
          },
        ),
      ),
      ...revisedKey(rows, lang, { marginBottom: margin.bottom, dx: 4 - margin.left }),
    ],
  });
  markUp(
    svg,
    rows.map((f) => figureMark(f, lang)),
    ['mark-point', 'mark-range'],
  );
  return roundNumbers(serialize(withoutStyles(svg, { fontSize: 12 })));
}

/** The H200 chip counts on a time axis. */
export const chart: ChartModule<FigureRow> = {
  render: (rows, options) => figuresOverTime(chipCounts(rows), options),
  /** A summary (how many counts, over what span, which were revised) that points to the table, which gives each count. */
  describe: (rows, lang = 'en') => {
    const counts = chipCounts(rows);
    const long = (date: string) => formatDate(date, { lang, long: true });
    return [
      t(lang, 'describe.over-time', { n: counts.length, first: long(counts[0].asOf), last: long(counts.at(-1)!.asOf) }),
      revisedSummary(counts, (f) => figureLabel(f, lang), lang),
      t(lang, 'describe.see-table'),
    ]
      .filter(Boolean)
      .join(' ');
  },
  table: (rows, lang) => figureTable(chipCounts(rows), lang),
  records: (rows, lang) => figureRecords(chipCounts(rows), lang),
  sources: (rows) => figureCredits.sources(chipCounts(rows)),
  asOf: (rows) => figureCredits.asOf(chipCounts(rows)),
};
