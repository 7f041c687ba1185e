/** The site's data, read from the content collections and joined for the charts and components. */
import { getCollection, getEntry } from 'astro:content';
import type { Dataset } from '../data/schema.ts';
import type { Chart, ChartId } from '../data/content-schema.ts';
import { eventRows, figureRows, type FigureRow } from '../charts/rows.ts';
import { chart as ordersApprovalsStock } from '../charts/orders-approvals-stock.ts';
import { chart as figuresOverTime } from '../charts/figures-over-time.ts';
import { chart as policyTimeline } from '../charts/policy-timeline.ts';
import type { ChartModule } from '../charts/types.ts';

/** Every source, figure and event, as plain rows. */
export async function getDataset(): Promise<Dataset> {
  const [sources, figures, events] = await Promise.all([getCollection('sources'), getCollection('figures'), getCollection('events')]);
  return { sources: sources.map((e) => e.data), figures: figures.map((e) => e.data), events: events.map((e) => e.data) };
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

const FIGURE_CHARTS: Partial<Record<ChartId, ChartModule<FigureRow>>> = {
  'orders-approvals-stock': ordersApprovalsStock,
  'figures-over-time': figuresOverTime,
};

/** The chart of `id`, or an error naming the ids that exist. */
export async function getChart(id: string): Promise<ReadyChart> {
  const entry = await getEntry('charts', id);
  if (!entry) {
    const ids = (await getCollection('charts')).map((c) => c.id);
    throw new Error(`<Chart id="${id}">: no chart "${id}" in content/data/charts.yaml; expected one of ${ids.join(', ')}`);
  }
  const data = await getDataset();
  const meta = entry.data;
  const module = FIGURE_CHARTS[meta.id];
  if (module) return { meta, kind: 'figures', module: module as ChartModule<unknown>, rows: figureRows(data, meta.figures) };
  return { meta, kind: 'events', module: policyTimeline as ChartModule<unknown>, rows: eventRows(data) };
}

/** The ids of all charts, in the order of `charts.yaml`. */
export async function chartIds(): Promise<string[]> {
  return (await getCollection('charts')).map((c) => c.id);
}

