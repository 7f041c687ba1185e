/** The site navigation: a bounded list of stories, however many the ledger holds, and the way to the archive of all. */
import type { Edition, Story } from './model.ts';

/** How many of the newest stories every page lists. */
export const NAV_LATEST = 4;

/**
 * The stories a page's navigation lists, in home-page order: the `NAV_LATEST` newest, and on a
 * story's page the story itself and its neighbours in home-page order. At most `NAV_LATEST` + 3,
 * whatever the number of stories; the archive page lists them all.
 */
export function navStories(edition: Edition, current?: Story): Story[] {
  const shown = new Set(edition.newest.slice(0, NAV_LATEST));
  if (current) {
    const at = edition.stories.indexOf(current);
    for (const i of [at - 1, at, at + 1]) if (at >= 0 && edition.stories[i]) shown.add(edition.stories[i]);
  }
  return edition.stories.filter((story) => shown.has(story));
}
