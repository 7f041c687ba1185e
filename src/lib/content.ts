/** The site's data, read from the content collections and joined for the charts and components. */
import { getCollection, getEntry } from 'astro:content';
import type { Dataset } from '../data/schema.ts';
import type { Chart, ChartId, Site } from '../data/content-schema.ts';
import { eventRows, figureRows } from '../charts/rows.ts';
import { chart as ordersApprovalsStock } from '../charts/orders-approvals-stock.ts';
import { chart as figuresOverTime } from '../charts/figures-over-time.ts';
import { chart as policyTimeline } from '../charts/policy-timeline.ts';
import type { ChartModule } from '../charts/types.ts';
import type { Lang } from './format.ts';

/** Every source, figure and event, as plain rows (the collections are cached by Astro). */
export async function getDataset(): Promise<Dataset> {
  const [sources, figures, events] = await Promise.all([getCollection('sources'), getCollection('figures'), getCollection('events')]);
  return { sources: sources.map((e) => e.data), figures: figures.map((e) => e.data), events: events.map((e) => e.data) };
}

/** The site's name, credit line and licence, from content/site.yaml. */
export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error("content/site.yaml: not found; expected the site's name, credit and licence");
  return entry.data;
}

/** The publication date of the latest source: how current the site's data is. */
export function latestSourceDate(data: Dataset): string {
  return data.sources
    .map((s) => s.published)
    .sort()
    .at(-1)!;
}

/**
 * A chart ready to draw: its texts, its module and the rows it draws. The module and rows are
 * paired when the chart is looked up, so callers need not know the row type.
 */
export interface ReadyChart {
  meta: Chart;
  /** "figures" for charts of figures, "events" for the timeline. */
  kind: 'figures' | 'events';
  module: ChartModule<unknown>;
  rows: unknown[];
}

/** How each chart the code can draw gets its module and rows: every id in CHART_IDS must have one. */
const CHARTS: Record<ChartId, (data: Dataset, meta: Chart) => Omit<ReadyChart, 'meta'>> = {
  'orders-approvals-stock': (data, meta) => ({ kind: 'figures', module: ordersApprovalsStock as ChartModule<unknown>, rows: figureRows(data, meta.figures) }),
  'figures-over-time': (data, meta) => ({ kind: 'figures', module: figuresOverTime as ChartModule<unknown>, rows: figureRows(data, meta.figures) }),
  'policy-timeline': (data) => ({ kind: 'events', module: policyTimeline as ChartModule<unknown>, rows: eventRows(data) }),
};

/**
 * A build looks each chart up once: every story, embed, download and share card then shares its
 * rows, and with them its drawings (`drawChart`). The dev server looks again each time, as the
 * content may have changed.
 */
const looked = new Map<string, Promise<ReadyChart>>();

/** The chart of `id`, or an error naming the ids that exist. */
export function getChart(id: string): Promise<ReadyChart> {
  if (import.meta.env.DEV) return lookUpChart(id);
  if (!looked.has(id)) looked.set(id, lookUpChart(id));
  return looked.get(id)!;
}

async function lookUpChart(id: string): Promise<ReadyChart> {
  const entry = await getEntry('charts', id);
  if (!entry) throw new Error(`<Chart id="${id}">: no chart "${id}" in content/data/charts.yaml; expected one of ${(await chartIds()).join(', ')}`);
  return { meta: entry.data, ...CHARTS[entry.data.id](await getDataset(), entry.data) };
}

const drawings = new WeakMap<unknown[], Map<string, string>>();

/**
 * The chart's SVG `width` wide in `lang`, drawn once for its rows: a story, its embed, the
 * embed's fallback height, the downloads and the share cards all ask for the same few drawings,
 * and a timeline of thousands of events takes seconds to draw.
 */
export function drawChart({ module, rows }: Pick<ReadyChart, 'module' | 'rows'>, { width, lang }: { width: number; lang: Lang }): string {
  if (!drawings.has(rows)) drawings.set(rows, new Map());
  const drawn = drawings.get(rows)!;
  const key = `${width} ${lang}`;
  if (!drawn.has(key)) drawn.set(key, module.render(rows, { width, lang }));
  return drawn.get(key)!;
}

/** The ids of all charts in content/data/charts.yaml. */
export async function chartIds(): Promise<string[]> {
  return (await getCollection('charts')).map((c) => c.id);
}
