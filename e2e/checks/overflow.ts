/** Readable at 320 px and at 1440 px without sideways scrolling: the page, as loaded, is narrowed and widened, then put back. */
import { expect } from '@playwright/test';
import type { PageCheck } from './check.ts';

export const overflow: PageCheck<void> = {
  name: 'overflow',
  async run({ page, target }) {
    const viewport = page.viewportSize()!;
    try {
      for (const width of [320, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        // Two frames, so whatever the scripts do on a resize is done.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(sideways, `${target.path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    } finally {
      await page.setViewportSize(viewport);
    }
  },
};
