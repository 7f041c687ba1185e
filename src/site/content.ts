/** The site's data for the pages, components and endpoints, looked up in the site model. */
import type { Site } from '../data/content-schema.ts';
import type { Lang } from '../lib/format.ts';
import { getModel, type PlacedChart, type ReadyChart } from './model.ts';
import { getUi } from '../i18n/ui.ts';
import { buildCache } from './disk-cache.ts';
import { codeStamp, drawingCache } from './drawing-cache.ts';

export type { PlacedChart, ReadyChart };

/** The site's name, credit line and licence, from content/site.yaml. */
export async function getSite(): Promise<Site> {
  return (await getModel()).site;
}

/**
 * The chart as placement `id` shows it (`policy-timeline`, or with a window
 * `policy-timeline.from-2025-12`), or an error naming the placements that exist.
 */
export async function getChart(id: string): Promise<PlacedChart> {
  const { placements } = await getModel();
  const chart = placements.get(id);
  if (!chart) throw new Error(`<Chart id="${id}">: no chart or placement "${id}"; expected one of ${[...placements.keys()].join(', ')}`);
  return chart;
}

const drawings = new WeakMap<unknown[], Map<string, string>>();
const cached = drawingCache(
  () => buildCache('svg'),
  () => codeStamp({ root: process.cwd(), words: getUi() }),
);

/**
 * The chart's SVG `width` wide in `lang`, drawn once for its rows: a story, its embed, the
 * embed's fallback height, the downloads and the share cards all ask for the same few drawings,
 * and a timeline of thousands of events takes seconds to draw. A new model (an edit in dev) has
 * new rows, so it is drawn again. In a build, a chart given with its `meta` is kept in the drawing
 * cache (./drawing-cache.ts): the next build draws it again only when its rows or the code change.
 */
export function drawChart(
  { meta, module, rows }: Pick<ReadyChart, 'module' | 'rows'> & Partial<Pick<ReadyChart, 'meta'>>,
  { width, lang }: { width: number; lang: Lang },
): string {
  if (!drawings.has(rows)) drawings.set(rows, new Map());
  const drawn = drawings.get(rows)!;
  const key = `${width} ${lang}`;
  if (!drawn.has(key)) {
    const draw = () => module.render(rows, { width, lang });
    drawn.set(key, meta ? cached({ chart: meta.id, rows, width, lang }, draw) : draw());
  }
  return drawn.get(key)!;
}
