/**
 * An embed page's metadata: noindex, a canonical link to the story that shows its chart (to the
 * live embed, for a pinned one), a 1200×675 og:image card, and oEmbed discovery of its own code.
 */
import { expect } from '@playwright/test';
import { EDITIONS, PUBLISHED, site } from '../site.ts';
import type { PageCheck } from './check.ts';
import { pngSize, servedDocument } from './served.ts';

const local = (url: string) => new URL(url).pathname;

export const embedMetadata: PageCheck<void> = {
  name: 'embed-metadata',
  appliesTo: (target) => target.kind === 'embed',
  async run({ page, request, target }) {
    const id = target.chart!;
    const prefix = EDITIONS[target.lang];
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const pinned = target.version === undefined ? '' : `v/${target.version}/`;
    if (pinned) {
      // A pinned embed is a copy of a chart as it was: its canonical page is the live embed.
      expect(canonical).toBe(`${PUBLISHED}${prefix}/embed/${id}/`);
      expect((await request.get(local(canonical))).status(), canonical).toBe(200);
    } else {
      expect(canonical).toMatch(new RegExp(`^${PUBLISHED}${prefix}/stories/[a-z0-9-]+/$`));
      // The canonical story shows the chart.
      expect((await servedDocument(request, local(canonical))).querySelectorAll(`figure[id="chart-${id}"]`).length, canonical).toBe(1);
    }

    expect(await pngSize(request, local((await page.locator('meta[property="og:image"]').getAttribute('content'))!))).toEqual([1200, 675]);

    const oembed = await (await request.get(local((await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href'))!))).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: site.name, width: expect.any(Number), height: expect.any(Number) });
    expect(oembed.html).toContain(`<iframe src="${PUBLISHED}${prefix}/embed/${id}/${pinned}"`);
    expect(oembed.html).toContain(`height="${oembed.height}"`);
    expect(oembed.html).toContain(`<script src="${PUBLISHED}/embed.js" async></script>`);
  },
};
