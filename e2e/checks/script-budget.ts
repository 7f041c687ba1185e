/**
 * At most 10 KB of first-party JavaScript, gzipped, frames included, and only where it is used.
 * Bytes are deterministic, so they are tested here; times are not, so `npm run bench` measures them.
 * Measures the page's script bytes.
 */
import { expect } from '@playwright/test';
import { fetchedBy, firstPartyBytes } from './bytes.ts';
import type { PageCheck } from './check.ts';

/** First-party JavaScript a page may load, gzipped, frames included. */
const JS_BUDGET = 10 * 1024;
const LEAD = '/stories/h200-approvals-gap/';

export const scriptBudget: PageCheck<number> = {
  name: 'script-budget',
  async run({ page, request, target }) {
    const bytes = await firstPartyBytes(request, await fetchedBy(page, 'script'), target.path);
    expect(bytes, `${target.path}: ${bytes} B gzipped`).toBeLessThanOrEqual(JS_BUDGET);
    return bytes;
  },
  summary: {
    title: 'the methodology page loads only the script that opens its notes; only pages that place the timeline load its script',
    run(measures) {
      for (const mode of ['light', 'dark'] as const) {
        const sizes = Object.fromEntries(measures.filter((m) => m.mode === mode).map((m) => [m.target.path, m.value]));
        // The methodology page has no chart: it loads only the script that opens its notes. The home page
        // places the lead chart, not the timeline: the stories that place the timeline load more than it.
        expect(sizes['/stories/methodology/'], mode).toBeGreaterThan(0);
        expect(sizes['/stories/methodology/'], mode).toBeLessThan(sizes[LEAD]);
        expect(sizes['/'], mode).toBeGreaterThan(0);
        expect(sizes['/stories/how-we-got-here/'], mode).toBeGreaterThan(sizes['/']);
        expect(sizes[LEAD], mode).toBeGreaterThan(sizes['/']);
      }
    },
  },
};
