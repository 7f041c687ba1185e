/**
 * The stories, an Astro content collection: MDX files with a zod schema for their frontmatter. The
 * data files, the charts' texts, site.yaml and ui.yaml are read and checked by the site model
 * (src/site/model.ts) with the same zod schemas (src/data/), so that an edit to any of them shows
 * on the next page load in `npm run dev`, errors and all.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { storySchema } from './data/content-schema.ts';

/** The content folder: `content/`, or another one for tests of a build (H200_CONTENT). */
const CONTENT = resolve(process.env.H200_CONTENT ?? 'content');

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: join(CONTENT, 'stories'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: storySchema,
  }),
};
