/** Nothing leaves the origin: every request of the page, its frames and workers, goes to the site under test. Measures the requests made. */
import { expect } from '@playwright/test';
import { SITE } from '../servers/addresses.ts';
import type { PageCheck } from './check.ts';

export const requests: PageCheck<number> = {
  name: 'requests',
  async run({ target, watched }) {
    expect(
      watched.requests.filter((url) => new URL(url).origin !== SITE),
      `${target.path}: requests to another origin`,
    ).toEqual([]);
    return watched.requests.length;
  },
  summary: {
    title: "the site's pages and embeds made over 100 requests in each theme, all to its origin",
    run(measures) {
      for (const mode of ['light', 'dark'] as const) {
        const made = measures.filter((m) => m.mode === mode).reduce((sum, m) => sum + m.value, 0);
        expect(made, mode).toBeGreaterThan(100);
        console.log(`site (${mode}): ${made} requests, all to ${SITE}`);
      }
    },
  },
};
