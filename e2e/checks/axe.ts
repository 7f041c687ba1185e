/** Accessibility checked, not hoped for: axe-core's WCAG 2.2 A and AA rules, with scripts running (the controls and explorable charts a reader meets). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { PageCheck } from './check.ts';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations on the page as it is now, one line per element, so a failure says what and where. */
export async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
}

export const axe: PageCheck<void> = {
  name: 'axe',
  async run({ page, target }) {
    expect((await violations(page)).map((v) => `${target.path}: ${v}`)).toEqual([]);
  },
  summary: {
    title: 'every page and embed was checked in both languages, eight French ones or more, in each theme',
    run(measures) {
      for (const mode of ['light', 'dark'] as const)
        expect(measures.filter((m) => m.mode === mode && m.target.path.startsWith('/fr/')).length, mode).toBeGreaterThanOrEqual(8);
    },
  },
};
