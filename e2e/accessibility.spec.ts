/**
 * Accessibility checked, not hoped for: axe-core's WCAG 2.2 A and AA rules on every page and
 * every embed, in English and French, in light and dark, with scripts running (the controls and
 * explorable charts a reader meets), and again with a timeline event opened.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPaths } from './site.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's violations on the page as it is now, one line per element, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
}

test.describe('on a phone, with a tooltip open', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  for (const scheme of ['light', 'dark'] as const) {
    test(`the lead story and the timeline have no violation (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/stories/h200-approvals-gap/', '/fr/stories/h200-approvals-gap/', '/stories/how-we-got-here/', '/fr/stories/how-we-got-here/']) {
        await page.goto(path);
        await page.locator('figure.chart .artboard:visible [data-tip]').first().tap();
        await expect(page.locator('.chart-tip').first()).toBeVisible();
        expect(await violations(page), path).toEqual([]);
      }
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('every page and embed, in both languages, has no WCAG 2.2 A or AA violation', async ({ page, request }) => {
      test.setTimeout(180_000);
      const paths = await allPaths(request);
      expect(paths.filter((p) => p.startsWith('/fr/')).length).toBeGreaterThanOrEqual(8);
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });

    test('the timeline with an event opened and a period narrowed has no violation', async ({ page }) => {
      test.setTimeout(120_000);
      for (const prefix of ['', '/fr']) {
        await page.goto(`${prefix}/stories/how-we-got-here/#event-us-bis-rules-2022-10`);
        await expect(page.locator('.event-panel')).toBeVisible();
        await page.locator('input[name="from"]').fill('6');
        expect(await violations(page)).toEqual([]);
      }
    });
  });
}
