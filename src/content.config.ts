/** Every content collection and its zod schema: the data files, the charts' texts and the stories. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { loadDataset, loadYamlList } from './data/load.ts';
import { chartSchema, storySchema } from './data/content-schema.ts';
import { checkChartTexts } from './data/story-check.ts';
import { eventSchema, figureSchema, sourceSchema } from './data/schema.ts';

const DATA = join(process.cwd(), 'content', 'data');

/** Loads and cross-checks the whole dataset once per build, whichever collection asks first. */
let dataset: ReturnType<typeof loadDataset> | undefined;
const data = () => (dataset ??= loadDataset(DATA));

export const collections = {
  sources: defineCollection({ loader: () => data().sources, schema: sourceSchema }),
  figures: defineCollection({ loader: () => data().figures, schema: figureSchema }),
  events: defineCollection({ loader: () => data().events, schema: eventSchema }),
  charts: defineCollection({
    loader: () => checkChartTexts(loadYamlList({ path: join(DATA, 'charts.yaml'), name: 'content/data/charts.yaml' }, chartSchema)),
    schema: chartSchema,
  }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/stories', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: storySchema,
  }),
};
