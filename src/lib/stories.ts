/** The stories, their slugs, and what their MDX uses: the figures and charts a story cites. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { updatedDate } from '../data/content-schema.ts';

export interface Story {
  slug: string;
  lang: string;
  entry: CollectionEntry<'stories'>;
  data: CollectionEntry<'stories'>['data'];
  /** The date of the latest update or correction, or the published date. */
  updated: string;
}

/** Every story, in home-page order. File names are `<slug>.<lang>.mdx`. */
export async function getStories(): Promise<Story[]> {
  const entries = await getCollection('stories');
  return entries
    .map((entry) => {
      const [slug, lang = 'en'] = entry.id.split('.');
      return { slug, lang, entry, data: entry.data, updated: updatedDate(entry.data) };
    })
    .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
}

/** The ids a story's MDX passes to a component, e.g. `usedIds(body, 'Fact')` → figure ids. */
export function usedIds(body: string, component: 'Fact' | 'Chart' | 'Cite'): string[] {
  const ids = [...body.matchAll(new RegExp(`<${component}\\b[^>]*\\bid=["']([^"']+)["']`, 'g'))].map((m) => m[1]);
  return [...new Set(ids)];
}
