/** With JavaScript off, every chart of a page is an SVG in the page and every figure has its data table, which opens. Measures the figures. */
import { expect } from '@playwright/test';
import type { PageCheck } from './check.ts';

export const noJsCharts: PageCheck<number> = {
  name: 'no-js-charts',
  appliesTo: (target) => target.kind === 'page' || target.kind === 'not-found',
  async run({ page, target }) {
    const path = target.path;
    let figures = 0;
    for (const figure of await page.locator('figure.chart').all()) {
      const id = await figure.getAttribute('id');
      await expect(figure.locator('.artboard svg').first(), `${path}#${id}`).toBeAttached();
      await expect(figure.locator('.artboard svg:visible'), `${path}#${id} shows one SVG`).toHaveCount(1);
      await expect(figure.locator('table'), `${path}#${id}`).toHaveCount(1);
      await figure.locator('.data-table summary').click();
      await expect(figure.locator('table tbody tr').first(), `${path}#${id} opens its table`).toBeVisible();
      figures += 1;
    }
    return figures;
  },
  summary: {
    title: 'four figures or more were read with JavaScript off',
    run(measures) {
      expect(measures.reduce((sum, m) => sum + m.value, 0)).toBeGreaterThanOrEqual(4);
    },
  },
};
