/**
 * The whole timeline at a glance: one row per month, from the first event's to the last's, a bar
 * of that month's events split by actor, each row a link to the month on its year's page. Its
 * size grows with the months, not with the events.
 */
import { utcMonth } from 'd3-time';
import { createDocument, serialize } from './dom.ts';
import { select } from 'd3-selection';
import { formatDate, toDate, type Lang } from '../lib/format.ts';
import { ACTORS, type Actor } from '../data/schema.ts';
import { localeOf, t } from '../i18n/ui.ts';
import { ACTOR_COLOURS } from './palette.ts';
import { roundNumbers, type Table } from './types.ts';

/** One month of the timeline: its events' count by actor, and where its first event is. */
export interface MonthCount {
  /** YYYY-MM. */
  month: string;
  counts: Record<Actor, number>;
  total: number;
  /** The site path of the month's first event (`/timeline/2026/#event-x`), none for a month without events. */
  href?: string;
}

const ROW = 18;
const shortMonth = (lang: Lang) => new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' });
const LABEL = 76;

/**
 * Every month from the first event's to the last's, with its counts by actor; `href` gives the
 * link of a month's first event. Events are oldest first; one pass over them.
 */
export function monthCounts<E extends { id: string; date: string; actor: Actor }>(events: readonly E[], href: (event: E) => string): MonthCount[] {
  if (events.length === 0) return [];
  const byMonth = new Map<string, MonthCount>();
  for (const event of events) {
    const month = event.date.slice(0, 7);
    let row = byMonth.get(month);
    if (!row) {
      row = { month, counts: Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<Actor, number>, total: 0, href: href(event) };
      byMonth.set(month, row);
    }
    row.counts[event.actor] += 1;
    row.total += 1;
  }
  const first = utcMonth.floor(toDate(events[0].date.slice(0, 7)));
  const last = utcMonth.floor(toDate(events.at(-1)!.date.slice(0, 7)));
  return utcMonth.range(first, utcMonth.offset(last, 1)).map((date) => {
    const month = date.toISOString().slice(0, 7);
    return byMonth.get(month) ?? { month, counts: Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<Actor, number>, total: 0 };
  });
}

/** What a month's row says to a screen reader: "March 2026: 5 events (US government 3, Nvidia 2)". */
export function monthLabel(row: MonthCount, lang: Lang): string {
  const parts = ACTORS.filter((a) => row.counts[a] > 0).map((a) => `${t(lang, `actor.${a}`)} ${row.counts[a]}`);
  return `${t(lang, 'overview.month', { month: formatDate(row.month, { lang, long: true }), n: row.total })}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The SVG of the months, `width` wide: a bar per month, the same scale for every month. */
export function timelineOverview(
  rows: MonthCount[],
  { width = 360, lang = 'en', url = (path: string) => path }: { width?: number; lang?: Lang; url?: (path: string) => string } = {},
): string {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const barWidth = width - LABEL - 36;
  const height = rows.length * ROW + 4;
  const document = createDocument();
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'chart-overview')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('font-size', 12)
    .attr('fill', 'currentColor');
  rows.forEach((row, i) => {
    const y = i * ROW + 2;
    const parent = row.href
      ? svg.append('a').attr('href', url(row.href)).attr('aria-label', monthLabel(row, lang)).attr('class', 'overview-month')
      : svg.append('g').attr('aria-hidden', 'true');
    // January, and the first month, carry their year.
    const short = shortMonth(lang).format(toDate(row.month));
    const name = i === 0 || row.month.endsWith('-01') ? `${short} ${row.month.slice(0, 4)}` : short;
    parent
      .append('rect')
      .attr('x', 0)
      .attr('y', y)
      .attr('width', width)
      .attr('height', ROW - 2)
      .attr('fill', 'transparent')
      .attr('aria-hidden', 'true');
    parent
      .append('text')
      .attr('x', LABEL - 6)
      .attr('y', y + 12)
      .attr('text-anchor', 'end')
      .attr('aria-hidden', 'true')
      .text(name);
    let x = LABEL;
    for (const actor of ACTORS) {
      const w = (row.counts[actor] / max) * barWidth;
      if (w === 0) continue;
      parent
        .append('rect')
        .attr('x', x)
        .attr('y', y + 2)
        .attr('width', w)
        .attr('height', ROW - 6)
        .attr('fill', ACTOR_COLOURS[actor])
        .attr('aria-hidden', 'true');
      x += w;
    }
    if (row.total > 0)
      parent
        .append('text')
        .attr('x', x + 4)
        .attr('y', y + 12)
        .attr('aria-hidden', 'true')
        .text(String(row.total));
  });
  return roundNumbers(serialize(svg.node()!));
}

/** The months as a table: month, then the count of each actor, then the total. */
export function overviewTable(rows: MonthCount[], lang: Lang): Table {
  const actors = ACTORS.filter((a) => rows.some((r) => r.counts[a] > 0));
  return {
    columns: [t(lang, 'overview.month-column'), ...actors.map((a) => t(lang, `actor.${a}`)), t(lang, 'overview.total')],
    rows: rows
      .filter((r) => r.total > 0)
      .map((r) => [
        { text: formatDate(r.month, { lang, long: true }), links: r.href ? [{ text: formatDate(r.month, { lang, long: true }), href: r.href }] : undefined },
        ...actors.map((a) => ({ text: String(r.counts[a]), value: r.counts[a] })),
        { text: String(r.total), value: r.total },
      ]),
  };
}
