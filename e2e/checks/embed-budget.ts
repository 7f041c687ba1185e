/** Everything an embed page transfers, gzipped, scrolled to its end: what a partner's reader pays for one chart, at most 35 KB. Measures the bytes. */
import { expect } from '@playwright/test';
import { charts, embedIds, pinnedEmbeds } from '../site.ts';
import { fetchedBy, firstPartyBytes } from './bytes.ts';
import type { PageCheck } from './check.ts';

const EMBED_BUDGET = 35 * 1024;

export const embedBudget: PageCheck<number> = {
  name: 'embed-budget',
  appliesTo: (target) => target.kind === 'embed',
  async run({ page, request, target }) {
    // Scrolled to the end, so whatever loads late counts too.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    const urls = await fetchedBy(page);
    expect(urls.length, `${target.path} fetches its page, styles, script and icon`).toBeGreaterThanOrEqual(4);
    const bytes = await firstPartyBytes(request, urls, target.path);
    expect(bytes, `${target.path}: ${bytes} B gzipped`).toBeLessThanOrEqual(EMBED_BUDGET);
    return bytes;
  },
  summary: {
    title: 'every chart and window has an embed page in both languages, and every chart one per release, each within its budget',
    run(measures) {
      expect(embedIds.length).toBeGreaterThanOrEqual(charts.length);
      expect(pinnedEmbeds.length).toBeGreaterThanOrEqual(charts.length);
      for (const mode of ['light', 'dark'] as const)
        expect(measures.filter((m) => m.mode === mode).length, mode).toBe(2 * (embedIds.length + pinnedEmbeds.length));
    },
  },
};
