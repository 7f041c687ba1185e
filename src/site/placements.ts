/**
 * Where the charts are placed: each story's window of a chart, and the full timeline's pages.
 * Pure: the site model (model.ts) calls it once per build with the charts it made, and tests call
 * it with rows of their own.
 */
import { applyWindow, placement, type Placement } from '../data/window.ts';
import type { Chart } from '../data/content-schema.ts';
import { chipCounts } from '../charts/figures-over-time.ts';
import type { EventRow, FigureRow } from '../charts/rows.ts';
import type { ChartModule } from '../charts/types.ts';

/**
 * A chart ready to draw: its texts, its module and the rows it draws. The module and rows are
 * paired here, so callers need not know the row type.
 */
export interface ReadyChart {
  meta: Chart;
  /** "figures" for charts of figures, "events" for the timeline. */
  kind: 'figures' | 'events';
  module: ChartModule<unknown>;
  rows: unknown[];
}

/** A chart as a page places it: the rows of its window, and how many rows the whole chart has. */
export interface PlacedChart extends ReadyChart {
  placement: Placement;
  /** How many rows the chart has before the window. */
  total: number;
  /** The placement names no months, and shows only the latest rows of more (src/data/window.ts). */
  latestOnly: boolean;
}

/** One page of the full timeline: a year's events, in parts of at most `TIMELINE_PAGE` when a year has more. */
export interface TimelinePage {
  year: string;
  /** 1 for the year's first page. */
  part: number;
  parts: number;
  /** The path after /timeline/: `2026/`, `2026/2/`. */
  path: string;
  chart: ReadyChart;
}

/** The most events one page of the full timeline holds: a year with more is cut into parts. */
export const TIMELINE_PAGE = 60;

/** How each windowed chart's rows are dated, oldest first, and which actor each belongs to. */
const WINDOW_ROWS: Record<string, { rows: (rows: unknown[]) => unknown[]; month: (row: never) => string; actor?: (row: never) => string }> = {
  'policy-timeline': { rows: (rows) => rows, month: (e: EventRow) => e.date, actor: (e: EventRow) => e.actor },
  'figures-over-time': { rows: (rows) => chipCounts(rows as FigureRow[]), month: (f: FigureRow) => f.asOf },
};

/** Every chart's placement without a window, then each window the stories place, each made once. */
export function placeCharts(charts: Map<string, ReadyChart>, windows: Placement[]): Map<string, PlacedChart> {
  const placements = new Map<string, PlacedChart>();
  const wanted = [...[...charts.keys()].map((id) => placement(id)), ...windows];
  for (const p of wanted) {
    if (placements.has(p.id)) continue;
    const chart = charts.get(p.chart)!;
    const how = WINDOW_ROWS[p.chart];
    if (!how) {
      placements.set(p.id, { ...chart, placement: p, total: chart.rows.length, latestOnly: false });
      continue;
    }
    const windowed = applyWindow(how.rows(chart.rows), p.window, how.month as (row: unknown) => string, how.actor as ((row: unknown) => string) | undefined);
    placements.set(p.id, { ...chart, rows: windowed.rows, placement: p, total: windowed.total, latestOnly: windowed.latestOnly });
  }
  return placements;
}

/** The timeline's pages: one per year, cut into parts of at most TIMELINE_PAGE events. */
export function timelinePages(timeline: ReadyChart | undefined): TimelinePage[] {
  if (!timeline) return [];
  const byYear = new Map<string, EventRow[]>();
  for (const event of timeline.rows as EventRow[]) {
    const year = event.date.slice(0, 4);
    if (!byYear.has(year)) byYear.set(year, []);
    byYear.get(year)!.push(event);
  }
  return [...byYear].flatMap(([year, events]) => {
    const parts = Math.ceil(events.length / TIMELINE_PAGE);
    return Array.from({ length: parts }, (_, i) => ({
      year,
      part: i + 1,
      parts,
      path: i === 0 ? `${year}/` : `${year}/${i + 1}/`,
      chart: { ...timeline, rows: events.slice(i * TIMELINE_PAGE, (i + 1) * TIMELINE_PAGE) },
    }));
  });
}
