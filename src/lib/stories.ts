/** The stories, checked against the data, with their slugs, languages and dates. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { updatedDate } from '../data/content-schema.ts';
import { checkStory, usedIds } from '../data/story-check.ts';
import { checkEveryLanguage, checkStoryLang, storyFile } from '../data/content-check.ts';
import { chartIds, getDataset } from './content.ts';
import type { Lang } from '../i18n/ui.ts';

/** A story as the pages use it. */
export interface Story {
  slug: string;
  lang: Lang;
  entry: CollectionEntry<'stories'>;
  data: CollectionEntry<'stories'>['data'];
  /** The date of the latest update or correction, or the published date. */
  updated: string;
}

/**
 * The entries already checked: every page asks for the stories (the navigation lists them), and
 * Astro hands back the same entry objects until a story changes, so each is checked once.
 */
const checked = new WeakSet<object>();

/**
 * The stories in `lang` (every language when left out), in home-page order, each checked against
 * the data first (components, ids and numbers written by hand), so no page is built from a story
 * with a mistake in it. File names are `<slug>.<lang>.mdx`, and every story exists in every language.
 */
export async function getStories(lang?: Lang): Promise<Story[]> {
  const all = await allStories();
  return lang ? all.filter((story) => story.lang === lang) : all;
}

async function allStories(): Promise<Story[]> {
  const entries = await getCollection('stories');
  const unchecked = entries.filter((entry) => !checked.has(entry));
  if (unchecked.length > 0) {
    const [data, charts] = await Promise.all([getDataset(), chartIds()]);
    for (const entry of unchecked) {
      checkStory(readFileSync(entry.filePath!, 'utf8'), entry.filePath!, { figures: data.figures, sources: data.sources, charts, lang: storyLang(entry) });
      checked.add(entry);
    }
    checkEveryLanguage(entries.map((entry) => ({ ...storyFile(entry.filePath!), file: entry.filePath! })));
  }
  return entries
    .map((entry) => ({ slug: entry.id.split('.')[0], lang: storyLang(entry), entry, data: entry.data, updated: updatedDate(entry.data) }))
    .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
}

/** A story's language, from its file name (`<slug>.<lang>.mdx`), which its frontmatter's `lang` must agree with. */
function storyLang(entry: CollectionEntry<'stories'>): Lang {
  const { lang } = storyFile(entry.filePath!);
  checkStoryLang(entry.data.lang, lang, { file: entry.filePath! });
  return lang;
}

/** The story each chart first appears in, in home-page order: where a chart's links lead. */
export function chartHomes(stories: Story[]): Map<string, Story> {
  const homes = new Map<string, Story>();
  for (const story of stories) for (const id of usedIds(story.entry.body ?? '', 'Chart')) if (!homes.has(id)) homes.set(id, story);
  return homes;
}

/** A story's dated update or correction. */
export type Update = Story['data']['updates'][number];

/** The fragment id of a story's update, counted from its earliest: `update-1`, `update-2`… */
export function updateAnchor(story: Story, update: Update): string {
  const chronological = [...story.data.updates].sort((a, b) => a.date.localeCompare(b.date));
  return `update-${chronological.indexOf(update) + 1}`;
}

/** The latest correction, in any story, that changes chart `id`; undefined when there is none. */
export function latestCorrection(stories: Story[], id: string): { story: Story; update: Update } | undefined {
  const corrections = stories.flatMap((story) =>
    story.data.updates.filter((u) => u.kind === 'correction' && (u.charts as readonly string[]).includes(id)).map((update) => ({ story, update })),
  );
  return corrections.sort((a, b) => b.update.date.localeCompare(a.update.date))[0];
}
