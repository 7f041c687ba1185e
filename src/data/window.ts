/**
 * The part of a chart a page shows: a window of months and actors, written in a story as
 * `<Chart id="policy-timeline" from="2025-12" to="2026-06" actors="us-government nvidia" />`.
 * A placement without a window shows the latest rows only (`LATEST`), so a page that places the
 * timeline stays the same size as events pile up; the full timeline has pages of its own.
 */
import { ACTORS, type Actor } from './schema.ts';

/** How many of the latest rows a placement without `from` or `to` shows. */
export const LATEST = 40;

/** The charts whose placements may take a window, and whether `actors` applies to them. */
export const WINDOWED: Record<string, { actors: boolean }> = {
  'policy-timeline': { actors: true },
  'figures-over-time': { actors: false },
};

/** A window: months from and to (YYYY-MM, both included), and the actors shown. */
export interface ChartWindow {
  from?: string;
  to?: string;
  actors?: readonly Actor[];
}

/** A chart as a page places it: its id, its window, and the id naming the placement in URLs and element ids. */
export interface Placement {
  /** `policy-timeline`, or with a window `policy-timeline.from-2025-12.to-2026-06`. */
  id: string;
  chart: string;
  window: ChartWindow;
}

/** A month a window may start or end at: `2025` (January or December of that year) or `2025-12`. */
const MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/**
 * The window of a placement's props as a story writes them, or an error message saying what was
 * expected (the story check adds the file, line and prop). `from="2025"` starts in January,
 * `to="2025"` ends in December.
 */
export function parseWindow(chart: string, props: { from?: string; to?: string; actors?: string }): ChartWindow | { error: string; prop: string } {
  const window: { from?: string; to?: string; actors?: Actor[] } = {};
  const takes = WINDOWED[chart];
  for (const prop of ['from', 'to', 'actors'] as const) {
    if (props[prop] === undefined) continue;
    if (!takes) return { prop, error: `got ${prop}= on the chart "${chart}", expected a window only on ${Object.keys(WINDOWED).join(' or ')}` };
    if (prop === 'actors' && !takes.actors) return { prop, error: `got actors= on the chart "${chart}", expected actors only on the policy timeline` };
  }
  for (const prop of ['from', 'to'] as const) {
    const value = props[prop];
    if (value === undefined) continue;
    if (!MONTH.test(value)) return { prop, error: `got "${value}", expected a month written YYYY-MM (such as 2025-12) or a year (2025)` };
    window[prop] = value.length === 4 ? `${value}-${prop === 'from' ? '01' : '12'}` : value;
  }
  if (window.from && window.to && window.from > window.to)
    return { prop: 'to', error: `got to="${props.to}" before from="${props.from}", expected a month on or after it` };
  if (props.actors !== undefined) {
    const names = props.actors.split(/[\s,]+/).filter(Boolean);
    const unknown = names.find((name) => !(ACTORS as readonly string[]).includes(name));
    if (unknown !== undefined || names.length === 0) {
      return { prop: 'actors', error: `got "${unknown ?? props.actors}", expected actors separated by spaces, each one of ${ACTORS.join(', ')}` };
    }
    // In the timeline's lane order, each once, so the same window always has the same id.
    window.actors = ACTORS.filter((actor) => names.includes(actor));
  }
  return window;
}

/** The placement of `chart` with `window`: its id names the window, so two pages placing the same window share an embed. */
export function placement(chart: string, window: ChartWindow = {}): Placement {
  const parts = [window.from && `from-${window.from}`, window.to && `to-${window.to}`, window.actors && `actors-${window.actors.join('-')}`].filter(Boolean);
  return { id: [chart, ...parts].join('.'), chart, window };
}

/** What a window shows of rows sorted oldest first: the rows, how many there are in all, and whether the default cut older ones. */
export interface Windowed<Row> {
  rows: Row[];
  /** Every row the chart could show, before the window. */
  total: number;
  /** The placement has no window of months and shows only the latest `LATEST` rows of more. */
  latestOnly: boolean;
}

/**
 * The rows of `window`, oldest first: those in its months and of its actors, or with no months
 * the latest `LATEST`. `month` gives a row's date (YYYY-MM or YYYY-MM-DD), `actor` its actor.
 */
export function applyWindow<Row>(rows: readonly Row[], window: ChartWindow, month: (row: Row) => string, actor?: (row: Row) => string): Windowed<Row> {
  const actors = window.actors && new Set<string>(window.actors);
  const inside = rows.filter((row) => {
    const m = month(row).slice(0, 7);
    return (!window.from || m >= window.from) && (!window.to || m <= window.to) && (!actors || !actor || actors.has(actor(row)));
  });
  const dated = window.from !== undefined || window.to !== undefined;
  const latestOnly = !dated && inside.length > LATEST;
  return { rows: latestOnly ? inside.slice(-LATEST) : inside, total: rows.length, latestOnly };
}
