/** Every content collection and its zod schema: the data files, the charts' texts and the stories. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join, relative, resolve } from 'node:path';
import { loadDataset, loadYamlList } from './data/load.ts';
import { chartSchema, storySchema } from './data/content-schema.ts';
import { checkCharts } from './data/chart-check.ts';
import { eventSchema, figureSchema, sourceSchema } from './data/schema.ts';

/** The content folder: `content/`, or another one for tests of a build (H200_CONTENT). */
const CONTENT = resolve(process.env.H200_CONTENT ?? 'content');
const DATA = join(CONTENT, 'data');

/** Loads and cross-checks the whole dataset once per build, whichever collection asks first. */
let dataset: ReturnType<typeof loadDataset> | undefined;
const data = () => (dataset ??= loadDataset(DATA));

export const collections = {
  sources: defineCollection({ loader: () => data().sources, schema: sourceSchema }),
  figures: defineCollection({ loader: () => data().figures, schema: figureSchema }),
  events: defineCollection({ loader: () => data().events, schema: eventSchema }),
  charts: defineCollection({
    loader: () => checkCharts(loadYamlList({ path: join(DATA, 'charts.yaml'), name: relative(process.cwd(), join(DATA, 'charts.yaml')) }, chartSchema), data().figures),
    schema: chartSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(CONTENT, 'stories'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: storySchema,
  }),
};
