/**
 * The policy moves as a vertical timeline in lanes by actor, drawn with D3. Time runs down the
 * page so the chart reads on a phone; each event is a dot in its actor's lane, joined by a
 * leader line to its label: date, title, and links to its sources.
 */
import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { utcMonth, utcYear } from 'd3-time';
import { createDocument, serialize } from './dom.ts';
import { formatDate, localize, toDate, type Lang } from '../lib/format.ts';
import { sourceCitation, sourceLabel, sourcesLabel, type EventRow } from './rows.ts';
import { ACTORS, type Actor, type Source } from '../data/schema.ts';
import { dodge, wrap } from './labels.ts';
import { t } from '../i18n/ui.ts';
import { ACTOR_COLOURS } from './palette.ts';
import { roundNumbers, uniqueSources, type ChartModule, type ChartOptions, type Table } from './types.ts';
import { hideDecoration, nameMark, type MarkInfo } from './marks.ts';

/** An actor's name in the reader's language: "US government". */
export const actorName = (actor: Actor, lang: Lang) => t(lang, `actor.${actor}`);

/** A shorter name, for the first line of a label in a narrow column: "US". */
const actorShortName = (actor: Actor, lang: Lang) => t(lang, `actor-short.${actor}`);

const LINE = 15;
const GAP = 12;
/** The least room above the first month, for the lane names written at 60°. */
const MIN_HEADER = 96;
const EMPTY_MONTH = 5;

/** An event's sources, grouped into lines of at most `max` characters after "Source: ". */
function sourceLineBreaks(event: EventRow, max: number, credit: (s: Source) => string, lang: Lang): EventRow['sourceRows'][] {
  const lines: EventRow['sourceRows'][] = [[]];
  let length = t(lang, 'chart.source').length + 1;
  for (const source of event.sourceRows) {
    const add = credit(source).length + 2;
    if (lines.at(-1)!.length > 0 && length + add > max) {
      lines.push([]);
      length = 0;
    }
    lines.at(-1)!.push(source);
    length += add;
  }
  return lines;
}

/**
 * A time scale that gives each month the room its events' labels need (a few pixels when it has
 * none), so labels sit beside their dots: linear within a month, not to scale across months.
 */
export function monthScale(rows: EventRow[], heights: number[], header: number) {
  const months = utcMonth.range(utcMonth.offset(utcMonth.floor(toDate(rows[0].date)), -1), utcMonth.offset(utcMonth.floor(toDate(rows.at(-1)!.date)), 2));
  const stops = [header];
  for (const month of months.slice(0, -1)) {
    const next = utcMonth.offset(month, 1);
    const room = rows.reduce((sum, e, i) => (toDate(e.date) >= month && toDate(e.date) < next ? sum + heights[i] + GAP : sum), 0);
    stops.push(stops.at(-1)! + Math.max(EMPTY_MONTH, room));
  }
  return scaleUtc().domain(months).range(stops);
}

/** The SVG of the timeline for `rows` (events, oldest first), drawn at `width` pixels. */
export function policyTimeline(rows: EventRow[], { width = 640, lang = 'en' }: ChartOptions = {}): string {
  const narrow = width < 480;
  const laneWidth = narrow ? 18 : 26;
  const lanesLeft = 40;
  const labelsLeft = lanesLeft + ACTORS.length * laneWidth + 14;
  const charsPerLine = Math.max(24, Math.floor((width - labelsLeft - 8) / 6.6));
  const labels = rows.map((e) => wrap(localize(e.title, lang), charsPerLine));
  // A narrow column names each source by its publisher alone; the table gives the full credit.
  const credit = narrow ? (s: Source) => s.publisher : (s: Source) => sourceLabel(s, lang);
  const sourceLines = rows.map((e) => sourceLineBreaks(e, Math.floor(charsPerLine * 1.15), credit, lang));
  const heights = labels.map((lines, i) => (lines.length + 1 + sourceLines[i].length) * LINE);
  // Room for the longest lane name, bold 11 px (about 7 px a character) rising at 60°.
  const laneName = narrow ? actorShortName : actorName;
  const header = Math.max(MIN_HEADER, Math.ceil(Math.max(...ACTORS.map((a) => laneName(a, lang).length)) * 7 * Math.sin(Math.PI / 3)) + 24);
  const y = monthScale(rows, heights, header);
  const wanted = rows.map((e) => y(toDate(e.date)));
  const placed = dodge(wanted, heights);
  const height = Math.ceil(Math.max(y.range().at(-1)!, placed.at(-1)! + heights.at(-1)!) + 8);
  const laneX = (actor: Actor) => lanesLeft + ACTORS.indexOf(actor) * laneWidth + laneWidth / 2;

  const document = createDocument();
  const svg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('class', 'chart-timeline')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('font-size', 12)
    .attr('fill', 'currentColor');

  const lanes = svg.append('g').attr('class', 'lanes');
  for (const actor of ACTORS) {
    lanes
      .append('line')
      .attr('x1', laneX(actor))
      .attr('x2', laneX(actor))
      .attr('y1', header - 6)
      .attr('y2', height - 4)
      .attr('stroke', ACTOR_COLOURS[actor])
      .attr('stroke-opacity', 0.35)
      .attr('stroke-width', 2);
    lanes
      .append('text')
      .attr('transform', `translate(${laneX(actor) + 4},${header - 12}) rotate(-60)`)
      .attr('font-size', 11)
      .attr('font-weight', 600)
      .text(laneName(actor, lang));
  }
  const years = svg.append('g').attr('class', 'years');
  for (const year of y.ticks(utcYear.every(1)!)) {
    years
      .append('line')
      .attr('x1', 0)
      .attr('x2', labelsLeft - 8)
      .attr('y1', y(year))
      .attr('y2', y(year))
      .attr('stroke', 'currentColor')
      .attr('stroke-opacity', 0.2);
    years
      .append('text')
      .attr('x', 0)
      .attr('y', y(year) + 13)
      .attr('font-weight', 600)
      .text(year.getUTCFullYear());
  }

  const events = svg.append('g').attr('class', 'events');
  rows.forEach((event, i) => {
    const g = events.append('g').attr('class', 'event').attr('data-event', event.id).attr('data-actor', event.actor).attr('data-date', event.date);
    const top = placed[i];
    g.append('path')
      .attr('class', 'leader')
      .attr('d', `M${laneX(event.actor)},${wanted[i]}H${labelsLeft - 10}L${labelsLeft - 4},${top + 10}`)
      .attr('fill', 'none')
      .attr('stroke', 'currentColor')
      .attr('stroke-opacity', 0.35);
    const dot = g
      .append('circle')
      .attr('cx', laneX(event.actor))
      .attr('cy', wanted[i])
      .attr('r', 5)
      .attr('fill', ACTOR_COLOURS[event.actor])
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 1)
      .attr('data-key', event.id)
      .attr('data-order', i);
    nameMark(dot.node()!, eventMark(event, lang), 'button');
    const text = g
      .append('text')
      .attr('x', labelsLeft)
      .attr('y', top + 12);
    text
      .append('tspan')
      .attr('font-weight', 600)
      .text(`${formatDate(event.date, { lang })} · ${(narrow ? actorShortName : actorName)(event.actor, lang)}`);
    for (const line of labels[i]) text.append('tspan').attr('x', labelsLeft).attr('dy', LINE).text(line);
    sourceLines[i].forEach((line, l) => {
      const sources = g
        .append('text')
        .attr('x', labelsLeft)
        .attr('y', top + 12 + LINE * (labels[i].length + 1 + l))
        .attr('font-size', 11)
        .attr('fill-opacity', 0.8);
      if (l === 0) sources.append('tspan').text(`${t(lang, 'chart.source')} `);
      line.forEach((source, j) => {
        // A wrapped list keeps its separator at the end of the line, so two outlets never read as one.
        if (j > 0) sources.append('tspan').text(t(lang, 'punct.list'));
        // The table under the chart carries the same links for keyboards and screen readers.
        // The text sits in the link itself: HTML's checker refuses a <tspan> inside an <a> in <text>.
        sources
          .append('a')
          .attr('href', source.url)
          .attr('class', 'source-link')
          .attr('tabindex', -1)
          .attr('text-decoration', 'underline')
          .text(credit(source));
        if (j === line.length - 1 && l < sourceLines[i].length - 1) sources.append('tspan').text(t(lang, 'punct.list').trimEnd());
      });
    });
  });
  hideDecoration(svg.node()!);
  return roundNumbers(serialize(svg.node()!));
}

/** A summary (how many events, over what span, how many per actor) that points to the table, which lists each event. */
export function describePolicyTimeline(rows: EventRow[], lang: Lang = 'en'): string {
  const long = (date: string) => formatDate(date, { lang, long: true });
  const counts = ACTORS.map((a) => [a, rows.filter((e) => e.actor === a).length] as const).filter(([, n]) => n > 0);
  const intro = t(lang, 'describe.timeline', {
    n: rows.length,
    first: long(rows[0].date),
    last: long(rows.at(-1)!.date),
    counts: counts.map(([a, n]) => `${actorName(a, lang)}${t(lang, 'describe.count', { n })}`).join(', '),
  });
  return `${intro} ${t(lang, 'describe.see-table')}`;
}

/** What a reader learns from an event's dot: date and actor, title, and sources. */
export function eventMark(event: EventRow, lang: Lang): MarkInfo {
  return {
    key: event.id,
    lines: [`${formatDate(event.date, { lang })} · ${actorName(event.actor, lang)}`, localize(event.title, lang), sourcesLabel(event.sourceRows, lang)],
  };
}

/** The events as a table: date, actor, event, sources. */
export function eventTable(rows: EventRow[], lang: Lang = 'en'): Table {
  return {
    columns: ['date', 'actor', 'event', 'source'].map((c) => t(lang, `table.${c}`)),
    rows: rows.map((e) => [
      { text: formatDate(e.date, { lang }) + (e.dateNote ? ` (${localize(e.dateNote, lang)})` : '') },
      { text: actorName(e.actor, lang) },
      { text: `${localize(e.title, lang)}. ${localize(e.summary, lang)}` },
      { text: sourcesLabel(e.sourceRows, lang), links: e.sourceRows.map((s) => ({ text: sourceLabel(s, lang), href: s.url })) },
    ]),
    rowIds: rows.map((e) => `event-${e.id}`),
  };
}

/** The policy timeline. */
export const chart: ChartModule<EventRow> = {
  render: policyTimeline,
  describe: describePolicyTimeline,
  table: eventTable,
  records: (rows, lang = 'en') =>
    rows.map((e) => ({
      id: e.id,
      date: e.date,
      actor: actorName(e.actor, lang),
      title: localize(e.title, lang),
      summary: localize(e.summary, lang),
      figures: e.figures.join('; '),
      source: e.sourceRows.map((s) => sourceCitation(s, lang)).join(t(lang, 'punct.list')),
      source_url: e.sourceRows.map((s) => s.url).join(' '),
    })),
  sources: (rows) => uniqueSources(rows.map((e) => e.sourceRows)),
  asOf: (rows) =>
    rows
      .map((e) => e.date)
      .sort()
      .at(-1)!,
};
