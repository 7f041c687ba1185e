/** Schemas of the editorial content: the charts' texts and the stories' frontmatter. */
import { z } from 'zod';
import { LANGUAGES, httpUrl, localized, partialDate } from './schema.ts';

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
  /** The story's language; the file name (`<slug>.<lang>.mdx`) says it too, and both must agree. */
  lang: z.enum(LANGUAGES, { error: LANGUAGES.join(' or ') }).optional(),
  byline: z.array(z.string().trim().min(1)).min(1, 'at least one author'),
  /** The byline names a desk ("H200 Ledger staff"), not people. */
  staff: z.boolean().default(false),
  published: partialDate,
  /** Dated updates and corrections, shown on the page; the latest sets the updated date. */
  updates: z
    .array(
      z.object({
        date: partialDate,
        kind: z.enum(['update', 'correction'], { error: 'update or correction' }),
        text: z.string().trim().min(1),
        /** The charts the update changes: their embeds link to it, so a partner's copy never hides a fix. */
        charts: z.array(z.enum(CHART_IDS, { error: `a chart id: ${CHART_IDS.join(', ')}` })).default([]),
        /** The figures a correction changes: each links to its entry on the data's changes page, which quotes the correction. */
        figures: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  /** Position on the home page, lowest first. */
  order: z.number().int().default(100),
});

/** Who publishes the site, the credit partners print, and the licence they republish under: content/site.yaml. */
export const siteSchema = z
  .object({
    name: z.string().trim().min(1, "the site's name"),
    /** The credit line partners print with a chart, e.g. "Chart: H200 Ledger". */
    credit: localized,
    licence: z.object({
      name: z.string().trim().min(1, "the licence's short name, such as CC BY 4.0"),
      url: httpUrl('https://creativecommons.org/licenses/by/4.0/'),
      /** What a partner may do, in a sentence or two. */
      terms: localized,
    }),
  })
  .strict();

/** A chart's texts, as validated. */
export type Chart = z.output<typeof chartSchema>;
/** The site's settings, as validated. */
export type Site = z.output<typeof siteSchema>;
/** A story's frontmatter, as validated. */
export type StoryData = z.output<typeof storySchema>;

/** The date a story was last changed: its latest update or correction, or its publication. */
export function updatedDate(story: Pick<StoryData, 'published' | 'updates'>): string {
  return [story.published, ...story.updates.map((u) => u.date)].sort().at(-1)!;
}
