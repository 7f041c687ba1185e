/**
 * The page's links, as a reader finds them once its scripts ran: every link out of the site points
 * to a source in content/data/sources.csv (or a recorded release's) or to our licence, and every link within it answers. A
 * worker asks for each link target once, however many pages link to it. Measures the links out.
 */
import { expect } from '@playwright/test';
import { data, linksOn, releases, site } from '../site.ts';
import type { PageCheck } from './check.ts';

// A pinned embed links to the sources of its release, some since replaced.
const allowed = new Set([...[data, ...releases.map((r) => r.data)].flatMap((d) => d.sources.map((s) => s.url)), site.licence.url]);
/** The status of each link target within the site, asked once per worker. */
const statuses = new Map<string, Promise<number>>();

export const links: PageCheck<number> = {
  name: 'links',
  async run({ page, request, target }) {
    const origin = new URL(page.url()).origin;
    let out = 0;
    for (const href of await linksOn(page)) {
      if (new URL(href, origin).origin === origin) {
        const url = href.split('#')[0];
        if (!statuses.has(url))
          statuses.set(
            url,
            request.get(url).then((r) => r.status()),
          );
        expect(await statuses.get(url), `${target.path} links to ${href}`).toBe(200);
        continue;
      }
      expect(allowed.has(href), `${target.path} links to ${href}, which is not in sources.csv nor the licence`).toBe(true);
      out += 1;
    }
    return out;
  },
  summary: {
    title: 'the pages link out more often than there are sources, in each theme',
    run(measures) {
      for (const mode of ['light', 'dark'] as const)
        expect(
          measures.filter((m) => m.mode === mode).reduce((sum, m) => sum + m.value, 0),
          mode,
        ).toBeGreaterThan(data.sources.length);
    },
  },
};
