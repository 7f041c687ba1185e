import { expect, test } from '@playwright/test';

const STORIES = ['h200-approvals-gap', 'how-we-got-here', 'methodology'];

for (const slug of STORIES) {
  test(`${slug}: byline, dates, NewsArticle JSON-LD and a share image`, async ({ page, request }) => {
    await page.goto(`/stories/${slug}/`);
    await expect(page.locator('.byline')).toContainText('By ');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('NewsArticle');
    const published = await page.locator('.dates time').first().getAttribute('datetime');
    expect(ld.datePublished).toBe(published);
    const updates = await page.locator('.updates time').evaluateAll((t) => t.map((x) => x.getAttribute('datetime')!));
    expect(ld.dateModified).toBe([published!, ...updates].sort().at(-1));
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    const png = await request.get(new URL(image!).pathname);
    expect(png.headers()['content-type']).toContain('image/png');
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

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

test('the home page leads to every story and every chart', async ({ page }) => {
  await page.goto('/');
  for (const slug of STORIES) await expect(page.locator(`.story-list a[href="/stories/${slug}/"]`)).toHaveCount(1);
  await expect(page.locator('.chart-list a')).toHaveCount(3);
  for (const href of await page.locator('.chart-list a').evaluateAll((a) => a.map((x) => x.getAttribute('href')!))) {
    const [path, id] = href.split('#');
    await page.goto(path);
    await expect(page.locator(`figure#${id}`)).toHaveCount(1);
    await page.goto('/');
  }
});
