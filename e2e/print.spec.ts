/** On paper: a story prints with its charts, notes and sources, in light colours, without the screen's controls. */
import { test, expect } from '@playwright/test';

test.use({ colorScheme: 'dark' });

test('a story prints light, with its chart, notes and source addresses, and without controls', async ({ page }) => {
  await page.goto('/stories/how-we-got-here/');
  await page.emulateMedia({ media: 'print' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  for (const hidden of ['.site-header nav', '.chart-tools', '.chart-controls', '.lang-switch', '.data-table'])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.locator('#chart-policy-timeline .artboard svg')).toBeVisible();
  await expect(page.locator('#chart-policy-timeline .chart-notes')).toBeVisible();
  const after = await page
    .locator('.sources a[data-source]')
    .first()
    .evaluate((a) => [getComputedStyle(a, '::after').content, a.getAttribute('href')]);
  expect(after[0]).toBe(`" (${after[1]})"`);
  // Addresses once, in the story's list: not again in each chart's credit line.
  expect(
    await page
      .locator('.chart-sources a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content),
  ).toBe('none');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(50_000);
});

test('what a reader filtered on screen prints whole', async ({ page }) => {
  await page.goto('/stories/how-we-got-here/');
  await page.getByRole('checkbox', { name: 'Nvidia' }).uncheck();
  await page.emulateMedia({ media: 'print' });
  const opacities = await page.locator('#chart-policy-timeline .artboard g.event.is-out').evaluateAll((gs) => gs.map((g) => getComputedStyle(g).opacity));
  expect(opacities.length).toBeGreaterThan(0);
  expect(new Set(opacities)).toEqual(new Set(['1']));
});
