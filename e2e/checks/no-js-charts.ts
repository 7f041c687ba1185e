/**
 * With JavaScript off, every chart of a page is one SVG in the page, each datum drawn once as a mark
 * and nothing in it taking focus, and every figure has its data table, which opens. Measures the figures.
 */
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
      await expect(figure.locator('.artboards svg'), `${path}#${id} ships one drawing`).toHaveCount(1);
      await expect(figure.locator('.artboards [tabindex="0"]'), `${path}#${id}: nothing in the drawing takes focus without scripts`).toHaveCount(0);
      const keys = await figure.locator('.artboards [data-tip]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-key')));
      expect(new Set(keys).size, `${path}#${id}: each datum is one mark`).toBe(keys.length);
      await expect(figure.locator('table tbody tr'), `${path}#${id}: a mark for each row of the table`).toHaveCount(keys.length);
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
