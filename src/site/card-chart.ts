/**
 * The chart on a share card, drawn for the card: only the rows that fit its box (the latest
 * events of the timeline, the latest chip counts, the first bars), at most `MOST_ROWS`, so the
 * work for a card stays the same however many events and figures the site holds.
 */
import { drawChart, type ReadyChart } from './content.ts';
import type { ChartId } from '../data/content-schema.ts';
import type { Lang } from '../lib/format.ts';
import type { FigureRow } from '../charts/rows.ts';
import { chipCounts } from '../charts/figures-over-time.ts';
import { viewBoxSize } from '../charts/types.ts';

/** The width a card's chart is drawn at, before it is scaled into its box. */
export const CARD_CHART_WIDTH = 1240;

/** The most rows a card shows: more would not read at a card's size. */
export const MOST_ROWS = 12;

/** The `n` rows of each chart a card shows, in the chart's order: every chart id must have one. */
const CARD_ROWS: Record<ChartId, (rows: unknown[], n: number) => unknown[]> = {
  // Bars in the order the chart's figures are listed: the first ones.
  'orders-approvals-stock': (rows, n) => rows.slice(0, n),
  // The latest chip counts, as the chart draws them (oldest first).
  'figures-over-time': (rows, n) => chipCounts(rows as FigureRow[]).slice(-n),
  // Events are oldest first: the latest ones.
  'policy-timeline': (rows, n) => rows.slice(-n),
};

/** How much smaller than the box's width a chart may be drawn to fit its height, before it shows fewer rows. */
const SHRINK = 0.9;

/** True when `svg` fits the box drawn at least `SHRINK` times the box's width. */
function fits(svg: string, box: { width: number; height: number }): boolean {
  const size = viewBoxSize(svg, 'share card');
  return (size.height * box.width * SHRINK) / size.width <= box.height;
}

const drawn = new WeakMap<unknown[], Map<string, string>>();

/**
 * The SVG of `chart` for a card's `box` in `lang`: the most rows, up to `MOST_ROWS`, whose drawing
 * fits the box (one row at least, scaled down when even that does not fit). Found once per box:
 * every story whose card shows the same chart asks for it.
 */
export function drawCardChart(chart: ReadyChart, { lang, box }: { lang: Lang; box: { width: number; height: number } }): string {
  if (!drawn.has(chart.rows)) drawn.set(chart.rows, new Map());
  const cards = drawn.get(chart.rows)!;
  const key = `${chart.meta.id} ${lang} ${box.width}×${box.height}`;
  if (!cards.has(key)) cards.set(key, fitted(chart, lang, box));
  return cards.get(key)!;
}

function fitted(chart: ReadyChart, lang: Lang, box: { width: number; height: number }): string {
  const pick = CARD_ROWS[chart.meta.id];
  const available = pick(chart.rows, MOST_ROWS).length;
  if (available === 0) throw new Error(`share card of "${chart.meta.id}": expected rows to draw, got none`);
  for (let n = available; ; n--) {
    const svg = drawChart({ ...chart, rows: pick(chart.rows, n) }, { width: CARD_CHART_WIDTH, lang });
    if (n === 1 || fits(svg, box)) return svg;
  }
}
