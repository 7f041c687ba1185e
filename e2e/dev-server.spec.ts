/**
 * `npm run dev` as a journalist uses it: the server runs on a copy of content/, each kind of file
 * is edited, and the next page load shows the edit; a broken row shows its file, line and field in
 * the browser, and fixing it brings the page back, with no restart.
 */
import { expect, test, type Page } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_CLI } from '../scripts/astro.mjs';
import { DEV, DEV_PORT } from './servers/addresses.ts';
import { storyEvents } from './site.ts';

const ROOT = join(import.meta.dirname, '..');
/** Inside the project, where the dev server's file watcher looks, and ignored by git. */
const CONTENT = join('.e2e', `dev-content-${DEV_PORT}`);

let server: ChildProcess | undefined;
let log = '';

/** Replaces `from` with `to` in a content file, as an editor would save it; `from` must be there. */
function edit(file: string, from: string, to: string) {
  const path = join(ROOT, CONTENT, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(path, text.replace(from, to));
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), join(ROOT, CONTENT), { recursive: true });
  server = spawn(process.execPath, [ASTRO_CLI, 'dev', '--host', '127.0.0.1', '--port', String(DEV_PORT)], {
    cwd: ROOT,
    env: { ...process.env, H200_CONTENT: CONTENT, ASTRO_CACHE_DIR: join('.e2e', `dev-cache-${DEV_PORT}`), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await expect
    .poll(async () => (await fetch(`${DEV}/`).catch(() => undefined))?.status, { timeout: 120_000, message: `astro dev did not start:\n${log}` })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill();
  rmSync(join(ROOT, CONTENT), { recursive: true, force: true });
});

/**
 * Loads the page again after an edit. The dev server may reload the page itself as it sees the
 * file change, aborting ours half way: that is the same next load, so it is tried again.
 */
async function reload(page: Page) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(page.url(), { waitUntil: 'load' });
      return;
    } catch (error) {
      if (attempt === 3 || !/ERR_ABORTED|frame was detached|interrupted by another navigation/.test(String(error))) throw error;
    }
  }
}

test('an edit to a figure, an event, a source and ui.yaml shows on the next load', async ({ page }) => {
  await page.goto(`${DEV}/stories/h200-approvals-gap/`);
  await expect(page.locator('#chart-orders-approvals-stock table')).toContainText("Nvidia's H200 stock");
  edit('data/figures.csv', "Nvidia's H200 stock,", "Nvidia's H200 stock (edited),");
  await reload(page);
  await expect(page.locator('#chart-orders-approvals-stock table')).toContainText("Nvidia's H200 stock (edited)");

  edit('data/sources.csv', 'Nvidia plans H200 production ramp at TSMC', 'Nvidia plans an edited H200 production ramp at TSMC');
  await reload(page);
  await expect(page.locator('main')).toContainText('Nvidia plans an edited H200 production ramp at TSMC');

  edit('ui.yaml', 'nav.all-stories: { en: "All stories"', 'nav.all-stories: { en: "Every story so far"');
  await reload(page);
  await expect(page.locator('.site-header nav').first()).toContainText('Every story so far');

  await page.goto(`${DEV}/stories/how-we-got-here/`);
  // The story shows the latest events: its last one is edited, and the year page of the oldest.
  const latest = storyEvents.at(-1)!.title.en;
  await expect(page.locator('#chart-policy-timeline')).toContainText(latest);
  edit('data/events.yaml', `title: { en: "${latest}`, `title: { en: "Edited: ${latest}`);
  await reload(page);
  await expect(page.locator('#chart-policy-timeline')).toContainText(`Edited: ${latest}`);
  await page.goto(`${DEV}/timeline/2022/`);
  await expect(page.locator('#chart-policy-timeline')).toContainText("US export rules restrict China's access to advanced chips");
  edit('data/events.yaml', `title: { en: "US export rules restrict China's access`, `title: { en: "Edited: US export rules restrict China's access`);
  await reload(page);
  await expect(page.locator('#chart-policy-timeline')).toContainText("Edited: US export rules restrict China's access to advanced chips");
});

test('a broken row shows its file, line and field in the browser, and fixing it brings the page back', async ({ page }) => {
  const line =
    readFileSync(join(ROOT, CONTENT, 'data/figures.csv'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('h200-inventory,')) + 1;
  edit('data/figures.csv', 'h200-inventory,inventory,H200,chips,exact,', 'h200-inventory,inventory,H200,chips,sometimes,');
  const broken = await page.goto(`${DEV}/stories/h200-approvals-gap/`);
  expect(broken?.status()).toBe(500);
  await expect(page.locator('vite-error-overlay')).toContainText(
    `figures.csv:${line}: field "bound": got "sometimes", expected one of exact, approximate, lower, upper, range`,
  );

  edit('data/figures.csv', 'h200-inventory,inventory,H200,chips,sometimes,', 'h200-inventory,inventory,H200,chips,exact,');
  // The error page's Vite client may reload it on the same change, which aborts a navigation of ours: load until one lands.
  await expect(async () => {
    const fixed = await page.goto(`${DEV}/stories/h200-approvals-gap/`);
    expect(fixed?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await expect(page.locator('vite-error-overlay')).toHaveCount(0);
  await expect(page.locator('h1')).toBeVisible();
});

test('the changes page shows the edits not yet released, under their own heading, in npm run dev only', async ({ page }) => {
  edit('data/figures.csv', ',Stock de H200 de Nvidia,', ',Stock de H200 de Nvidia (pas encore publié),');
  await page.goto(`${DEV}/fr/data/changes/`);
  const pending = page.locator('.unreleased');
  await expect(pending).toContainText('Pas encore publié');
  await expect(pending.locator('[id="change-unreleased-figure-h200-inventory"]')).toContainText('Stock de H200 de Nvidia (pas encore publié)');
});
