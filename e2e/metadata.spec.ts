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

test('the RSS feed lists every story with its link', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  for (const slug of STORIES) expect(xml).toContain(`/stories/${slug}/</link>`);
  expect(xml.match(/<item>/g)).toHaveLength(STORIES.length);
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
