/** Schemas of the editorial content: the charts' texts and the stories' frontmatter. */
import { z } from 'zod';
import { localized, partialDate } from './schema.ts';

/** The charts the code can draw; a chart in `charts.yaml` names one of these. */
export const CHART_IDS = ['orders-approvals-stock', 'figures-over-time', 'policy-timeline'] as const;
/** The id of a chart the code can draw. */
export type ChartId = (typeof CHART_IDS)[number];

/** A chart's texts in content/data/charts.yaml, and the figures it draws. */
export const chartSchema = z.object({
  id: z.enum(CHART_IDS, { error: `one of the charts the code draws: ${CHART_IDS.join(', ')}` }),
  title: localized,
  dek: localized,
  notes: z.array(localized).default([]),
  /** For figure charts: the figure ids to draw, in order; all figures when left out. */
  figures: z.array(z.string()).optional(),
});

/** A story's frontmatter. */
export const storySchema = z.object({
  title: z.string().trim().min(1, 'a headline'),
  dek: z.string().trim().min(1, 'a one-sentence summary'),
  /** A short name for the site's navigation, e.g. "Timeline". */
  short: z.string().trim().min(1, 'a short name for the navigation'),
  lang: z.enum(['en'], { error: 'en' }).default('en'),
  byline: z.array(z.string().trim().min(1)).min(1, 'at least one author'),
  /** The byline names a desk ("H200 Ledger staff"), not people. */
  staff: z.boolean().default(false),
  published: partialDate,
  /** Dated updates and corrections, shown on the page; the latest sets the updated date. */
  updates: z
    .array(z.object({ date: partialDate, kind: z.enum(['update', 'correction'], { error: 'update or correction' }), text: z.string().trim().min(1) }))
    .default([]),
  /** Position on the home page, lowest first. */
  order: z.number().int().default(100),
});

/** A chart's texts, as validated. */
export type Chart = z.output<typeof chartSchema>;
/** A story's frontmatter, as validated. */
export type StoryData = z.output<typeof storySchema>;

/** The date a story was last changed: its latest update or correction, or its publication. */
export function updatedDate(story: Pick<StoryData, 'published' | 'updates'>): string {
  return [story.published, ...story.updates.map((u) => u.date)].sort().at(-1)!;
}
