/** Every content collection and its zod schema: the data files, the charts' texts and the stories. */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import { join, relative, resolve } from 'node:path';
import { loadDataset, loadYamlList, loadYamlRecord } from './data/load.ts';
import { chartSchema, siteSchema, storySchema } from './data/content-schema.ts';
import { checkCharts } from './data/chart-check.ts';
import { eventSchema, figureSchema, sourceSchema } from './data/schema.ts';

/** The content folder: `content/`, or another one for tests of a build (H200_CONTENT). */
const CONTENT = resolve(process.env.H200_CONTENT ?? 'content');
const DATA = join(CONTENT, 'data');

/** A content file by its path, and by the name errors give it (relative to the working folder). */
const file = (path: string) => ({ path, name: relative(process.cwd(), path) });

/** Loads and cross-checks the whole dataset once per build, whichever collection asks first. */
let dataset: ReturnType<typeof loadDataset> | undefined;
const data = () => (dataset ??= loadDataset(DATA));

export const collections = {
  sources: defineCollection({ loader: () => data().sources, schema: sourceSchema }),
  figures: defineCollection({ loader: () => data().figures, schema: figureSchema }),
  events: defineCollection({ loader: () => data().events, schema: eventSchema }),
  charts: defineCollection({
    loader: () => checkCharts(loadYamlList(file(join(DATA, 'charts.yaml')), chartSchema), data().figures),
    schema: chartSchema,
  }),
  /** One entry, "site": the site's name, credit line and licence. */
  site: defineCollection({
    loader: () => [{ id: 'site', ...loadYamlRecord(file(join(CONTENT, 'site.yaml')), siteSchema).row }],
    schema: siteSchema.extend({ id: z.literal('site') }),
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(CONTENT, 'stories'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: storySchema,
  }),
};
