/** No console error, no script error, no failed request, no HTTP error and no word about the Content Security Policy, for as long as the page was used. */
import { expect } from '@playwright/test';
import type { PageCheck } from './check.ts';

export const consoleClean: PageCheck<void> = {
  name: 'console',
  async run({ target, watched }) {
    expect(watched.problems, target.path).toEqual([]);
  },
};
