/**
 * Pinned embeds: the Embed panel offers two codes, "Always the latest" and "This version", and the
 * pinned code, pasted on a partner's page, shows the chart as its release drew it, with its own
 * downloads, where the live code shows today's. The values are read from the releases' data.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { formatFigure } from '../src/lib/format.ts';
import { EXPORT_BASE, HOST } from './servers/addresses.ts';
import { PUBLISHED, data, releases } from './site.ts';

const ID = 'orders-approvals-stock';
const STORY = '/stories/h200-approvals-gap/';
const [first] = releases;
const latest = releases.at(-1)!;

/** A figure of the chart whose number a reader is told differently in the first release and today: the stock, "about 700,000" then 700,000. */
const revised = (() => {
  const chart = latest.charts.find((c) => c.id === ID)!;
  for (const id of chart.figures ?? []) {
    const before = first.data.figures.find((f) => f.id === id);
    const now = data.figures.find((f) => f.id === id)!;
    if (before && formatFigure(before) !== formatFigure(now))
      return { id, label: now.label.en, before: formatFigure(before), now: formatFigure(now), quote: now.quote };
  }
  throw new Error(`expected a figure of ${ID} told differently in release ${first.version} and today`);
})();

/** The embed on the host page `url`, once its frame has loaded. */
async function embedded(page: Page, url: string): Promise<Frame> {
  await page.goto(url);
  const iframe = page.locator(`iframe[src^="${EXPORT_BASE}embed/"]`);
  await expect(iframe).toHaveCount(1);
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState('load');
  return frame;
}

/** What a reader of the embed is told of the revised figure: its mark's name (its tooltip's lines). */
const told = (frame: Frame) => frame.locator(`.artboard [data-key="${revised.id}"][aria-label]`).getAttribute('aria-label');

test('the Embed panel offers the live code and the code pinned to the latest release, each with its copy button', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(new URL(STORY, baseURL).href);
  const figure = page.locator(`figure[id="chart-${ID}"]`);
  await figure.getByText('Embed', { exact: true }).click();
  const codes = figure.locator('.embed-code');
  await expect(codes).toHaveCount(2);
  await expect(codes.nth(0).locator('label')).toHaveText('Always the latest');
  await expect(codes.nth(1).locator('label')).toHaveText(`This version (release ${latest.version})`);
  const live = await codes.nth(0).getByRole('textbox', { name: 'Always the latest' }).inputValue();
  const pinned = await codes
    .nth(1)
    .getByRole('textbox', { name: `This version (release ${latest.version})` })
    .inputValue();
  expect(live).toMatch(new RegExp(`^<iframe src="${PUBLISHED}/embed/${ID}/" `));
  expect(pinned).toMatch(new RegExp(`^<iframe src="${PUBLISHED}/embed/${ID}/v/${latest.version}/" title="[^"]*release ${latest.version}\\)" height="\\d+"`));
  expect(pinned).toContain(`<script src="${PUBLISHED}/embed.js" async></script>`);
  for (const [i, text] of [live, pinned].entries()) {
    await codes.nth(i).getByRole('button', { name: 'Copy code' }).click();
    await expect(codes.nth(i).getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
  // A story's window of a chart is embedded live only: a release pins each chart's default view.
  const window = page.locator('figure[id^="chart-policy-timeline."]');
  await window.getByText('Embed', { exact: true }).click();
  await expect(window.locator('.embed-code')).toHaveCount(1);
  await context.close();
});

test('the French Embed panel names both codes in French', async ({ page }) => {
  await page.goto(`/fr${STORY}`);
  const figure = page.locator(`figure[id="chart-${ID}"]`);
  await figure.getByText('Intégrer', { exact: true }).click();
  await expect(figure.locator('.embed-code label')).toHaveText(['Toujours la dernière version', `Cette version (version ${latest.version} des données)`]);
});

test(`the code pinned to release ${first.version}, on a partner's page, shows the chart as that release drew it; the live code shows today's`, async ({
  page,
}) => {
  const old = await embedded(page, `${HOST}/embed-code/${ID}/?version=${first.version}`);
  expect(await told(old)).toContain(`${revised.label}, ${revised.before},`);
  // The first release's figures had no quotes: its tooltips say none.
  expect(await told(old)).not.toContain('“');
  await expect(old.locator('.embed-release')).toContainText(`Data of release ${first.version}.`);
  await expect(old.locator('.embed-release a', { hasText: 'Latest version' })).toHaveAttribute('href', `${EXPORT_BASE}embed/${ID}/`);
  await expect(old.locator('.embed-release a', { hasText: 'What changed since' })).toHaveAttribute(
    'href',
    `${EXPORT_BASE}data/changes/#release-${first.version}`,
  );
  // Its script reads the list of releases and says a newer one exists.
  await expect(old.locator('.embed-newer')).toHaveText(`A newer version exists: ${latest.version}.`);

  const now = await embedded(page, `${HOST}/embed-code/${ID}/`);
  expect(await told(now)).toContain(`${revised.label}, ${revised.now},`);
  expect(await told(now)).toContain(`“${revised.quote}”`);
  await expect(now.locator('.embed-release')).toHaveCount(0);
});

test(`the embed pinned to the latest release says no newer one exists`, async ({ page }) => {
  await page.goto(`/embed/${ID}/v/${latest.version}/`);
  await expect(page.locator('.embed-release')).toContainText(`Data of release ${latest.version}.`);
  // The list of releases has been read, and names no later one.
  expect(await (await page.request.get('/data/releases.json')).json()).toEqual(releases.map(({ version, date }) => ({ version, date })));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.embed-newer')).toHaveCount(0);
});

test(`a pinned embed's downloads are its release's: the CSV has its values and no quotes, the README names the release`, async ({ request }) => {
  const dir = `/embed/${ID}/v/${first.version}/`;
  const rows: Record<string, string>[] = parse(await (await request.get(`${dir}${ID}.csv`)).text(), { columns: true });
  const expected = first.charts.find((c) => c.id === ID)!.figures!;
  expect(rows.map((r) => r.id)).toEqual(expected);
  for (const row of rows) {
    const f = first.data.figures.find((x) => x.id === row.id)!;
    expect([row.bound, row.value === '' ? undefined : Number(row.value)], row.id).toEqual([f.bound, f.value]);
    expect(
      Object.keys(row).filter((c) => c.startsWith('quote')),
      row.id,
    ).toEqual([]);
  }
  const readme = (await (await request.get(`${dir}README.txt`)).text()).replace(/\n/g, ' ');
  expect(readme).toContain(`Data of release ${first.version}:`);
  expect(readme).toContain(`Latest version: ${PUBLISHED}/embed/${ID}/`);
  expect(readme).toContain(`<iframe src="${PUBLISHED}${dir}"`);
  const oembed = await (await request.get(`${dir}oembed.json`)).json();
  expect(oembed.html).toContain(`<iframe src="${PUBLISHED}${dir}"`);
  expect(oembed.thumbnail_url).toBe(`${PUBLISHED}${dir}${ID}-card.png`);
});
