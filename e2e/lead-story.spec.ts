import { expect, test } from '@playwright/test';
import { formatFigure } from '../src/lib/format.ts';
import { data } from './site.ts';

const LEAD = '/stories/h200-approvals-gap/';
const figure = (id: string) => {
  const f = data.figures.find((x) => x.id === id);
  if (!f) throw new Error(`the page shows figure "${id}", which content/data/figures.csv does not hold`);
  return f;
};

test('every number the lead story states in prose equals the data file, with its bound', async ({ page }) => {
  await page.goto(LEAD);
  const facts = await page.locator('.story-body [data-fact]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.getAttribute('data-fact')!,
      value: el.querySelector('data')!.getAttribute('value')!,
      text: el.querySelector('data')!.textContent!.trim(),
    })),
  );
  expect(facts.map((f) => f.id)).toEqual(expect.arrayContaining(['h200-approved-by-china', 'h200-ordered', 'h200-inventory', 'h200-shipped']));
  for (const fact of facts) {
    const f = figure(fact.id);
    expect(fact.value, fact.id).toBe(f.bound === 'range' ? `${f.low}-${f.high}` : String(f.value));
    expect([formatFigure(f), formatFigure(f, { compact: true })], fact.id).toContain(fact.text);
  }
});

test('the lead story states the headline figures with their bounds', async ({ page }) => {
  await page.goto(LEAD);
  const body = page.locator('.story-body');
  await expect(body).toContainText('more than 400,000');
  await expect(body).toContainText('more than 2 million');
  await expect(body).toContainText('about 700,000');
});

test("every value in the lead story's chart tables equals the data file", async ({ page }) => {
  await page.goto(LEAD);
  let rows = 0;
  // The tables of the figure charts: the timeline's window, also in this story, lists events.
  for (const table of await page.locator('figure.chart:not([data-chart="policy-timeline"]) table').all()) {
    for (const row of await table.locator('tbody tr').all()) {
      const label = (await row.locator('th').textContent())!.trim();
      const f = data.figures.find((x) => x.label.en === label);
      expect(f, `table row "${label}"`).toBeDefined();
      const cell = row.locator('td[data-value]');
      expect(await cell.getAttribute('data-value'), label).toBe(String(f!.bound === 'range' ? f!.low : f!.value));
      await expect(cell, label).toContainText(formatFigure(f!));
      rows += 1;
    }
  }
  expect(rows).toBeGreaterThanOrEqual(6);
});

test('the lead chart labels every bar with its value and bound, drawn from the data', async ({ page }) => {
  await page.goto(LEAD);
  const svg = page.locator('#chart-orders-approvals-stock .artboard svg');
  // A label may wrap (at a space or a no-break space): its lines are <tspan>s, read as one line of words.
  const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
  const texts = await svg
    .locator('.mark-label text')
    .evaluateAll((els) =>
      els.map((el) => (el.querySelector('tspan') ? [...el.querySelectorAll('tspan')].map((t) => t.textContent).join(' ') : el.textContent)),
    );
  for (const id of ['h200-ordered', 'h200-expected-orders', 'h200-inventory', 'h200-approved-by-china', 'h200-planned-first-shipments', 'h200-shipped']) {
    const f = figure(id);
    expect(
      texts.filter((text) => words(text).includes(words(`${f.label.en}: ${formatFigure(f)}`))),
      `${id} in ${JSON.stringify(texts)}`,
    ).toHaveLength(1);
  }
  const labels = await page
    .locator('#chart-orders-approvals-stock table tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.querySelector('th')!.textContent!.trim()));
  const expected = data.figures.filter((f) => labels.includes(f.label.en) && f.bound === 'lower').length;
  expect(expected).toBeGreaterThanOrEqual(2);
  await expect(svg.locator('.mark-lower-bound path')).toHaveCount(expected);
});
