/** The RSS feed. Each story's byline, dates, JSON-LD and share image, and the home page's links, are checked by the sweep (e2e/checks/story-metadata.ts, e2e/checks/home.ts). */
import { expect, test } from '@playwright/test';

const STORIES = ['h200-approvals-gap', 'how-we-got-here', 'methodology'];

test('the RSS feed lists every story, and each of its dated updates and corrections linking to its place', async ({ request }) => {
  for (const prefix of ['', '/fr']) {
    const xml = await (await request.get(`${prefix}/rss.xml`)).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
      title: /<title>([^<]*)</.exec(m[1])![1],
      link: /<link>([^<]*)</.exec(m[1])![1],
    }));
    let updates = 0;
    for (const slug of STORIES) {
      const path = `${prefix}/stories/${slug}/`;
      expect(
        items.filter((i) => new URL(i.link).pathname === path && !new URL(i.link).hash),
        path,
      ).toHaveLength(1);
      const html = await (await request.get(path)).text();
      const anchors = [...html.matchAll(/<li class="update update-(update|correction)" id="(update-\d+)">/g)];
      for (const [, kind, id] of anchors) {
        const item = items.find((i) => i.link.endsWith(`${path}#${id}`));
        expect(item, `${path}#${id}`).toBeDefined();
        expect(item!.title, `${path}#${id}`).toMatch(kind === 'correction' ? /^Correction/ : /^(Update|Mise à jour)/);
      }
      updates += anchors.length;
    }
    expect(updates).toBeGreaterThanOrEqual(6);
    expect(items).toHaveLength(STORIES.length + updates);
  }
});
