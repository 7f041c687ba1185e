/** The stories, checked against the data, with their slugs, languages and dates: looked up in the site model. */
import type { Lang } from '../i18n/ui.ts';
import { getModel, type Story, type Update } from './model.ts';

export type { Story, Update };

/** The stories in `lang` (every language when left out), in home-page order. */
export async function getStories(lang?: Lang): Promise<readonly Story[]> {
  const model = await getModel();
  return lang ? model.editions[lang].stories : model.stories;
}

/** The fragment id of a story's update, counted from its earliest: `update-1`, `update-2`… */
export function updateAnchor(story: Story, update: Update): string {
  const chronological = [...story.data.updates].sort((a, b) => a.date.localeCompare(b.date));
  return `update-${chronological.indexOf(update) + 1}`;
}
