/**
 * Byte budgets a reader on a phone feels, checked on every build: the lead story's first chart is
 * in its HTML, within the first screens. The scripts each page loads and what each embed transfers
 * are weighed by the sweep (e2e/checks/script-budget.ts, e2e/checks/embed-budget.ts).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { charts, data } from './site.ts';

const LEAD = '/stories/h200-approvals-gap/';

test.describe('with scripts off, on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("the lead story's HTML draws its first chart, every figure in it, in the first screens", async ({ page }) => {
    // The first chart the story places, and the figures charts.yaml gives it.
    const story = readFileSync(join(import.meta.dirname, '..', 'content', 'stories', 'h200-approvals-gap.en.mdx'), 'utf8');
    const id = /<Chart id="([^"]+)"/.exec(story)![1];
    const figures = charts.find((c) => c.id === id)!.figures!;
    await page.goto(LEAD);
    const first = page.locator('main figure.chart').first();
    await expect(first).toHaveId(`chart-${id}`);
    const svg = first.locator('.artboard svg:visible');
    await expect(svg).toHaveCount(1);
    const box = (await svg.boundingBox())!;
    expect(box.width, 'fills the phone column').toBeGreaterThanOrEqual(300);
    expect(box.height).toBeGreaterThan(100);
    // Within the first three screens of the page, so a reader scrolling reaches it at once.
    expect(box.y).toBeLessThan(3 * 844);
    const keys = await svg.locator('[data-key]').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-key')))]);
    expect(keys.sort()).toEqual([...figures].sort());
    // Its words are in the drawing too: each figure's label, and "more than" where it is a lower bound.
    for (const f of data.figures.filter((row) => figures.includes(row.id))) {
      await expect(svg).toContainText(f.label.en);
      if (f.bound === 'lower') await expect(svg).toContainText(`${f.label.en}: more than`);
    }
  });
});
