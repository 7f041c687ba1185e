/**
 * Accessibility checked, not hoped for, in what a page's first load does not show: axe-core's WCAG
 * 2.2 A and AA rules on a phone with a tooltip open, and with a timeline event opened, in light and
 * dark. Every page and embed as loaded, in both languages and both themes, is checked by the sweep
 * (e2e/checks/axe.ts).
 */
import { test, expect } from '@playwright/test';
import { violations } from './checks/axe.ts';

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
