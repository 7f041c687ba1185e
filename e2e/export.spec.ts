/** The newsroom export, built for and served under /deep/path/for/h200/ on another port, and its manifest check. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_BASE, EXPORT_DIR } from './servers/addresses.ts';
import { embedIds, linksOn, releases, watch } from './site.ts';
import { listFiles } from '../src/export/manifest.ts';
import { parseSha256Sums } from '../src/lib/sha256sums.ts';

const ROOT = join(import.meta.dirname, '..');
const origin = new URL(EXPORT_BASE).origin;

/** Every page of the exported site: its sitemap's, the embed previewer and each embed page. */
async function exportedPages(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const xml = await (await request.get(`${EXPORT_BASE}sitemap-0.xml`)).text();
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  return [...pages, `${EXPORT_BASE}embed/`, ...embedIds.map((id) => `${EXPORT_BASE}embed/${id}/`)];
}

test('the export, served under a deep path, loads every page and embed with no failed request', async ({ page, request }) => {
  const pages = await exportedPages(request);
  // One load per page: the time allowed grows with the pages the export holds.
  test.setTimeout(15_000 + pages.length * 1_500);
  expect(pages.every((url) => url.startsWith(EXPORT_BASE))).toBe(true);
  expect(pages.length).toBeGreaterThanOrEqual(4 + 1 + embedIds.length);
  const targets = new Set<string>();
  for (const url of pages) {
    const problems = watch(page, origin);
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status(), url).toBe(200);
    expect(problems, url).toEqual([]);
    // Every link within the site stays under the base.
    for (const href of await linksOn(page)) {
      if (new URL(href).origin !== origin) continue;
      expect(href, `${url} links to ${href}`).toMatch(new RegExp(`^${EXPORT_BASE}`));
      targets.add(href.split('#')[0]);
    }
    page.removeAllListeners();
  }
  // And every one of those links leads somewhere.
  for (const target of targets) expect((await request.get(target)).status(), target).toBe(200);
  expect(targets.size).toBeGreaterThan(10);
});

test("each chart's folder in the export works on its own, with its README for the partner's base", async ({ page }) => {
  for (const id of embedIds) {
    const folder = join(ROOT, EXPORT_DIR, 'charts', id);
    for (const file of ['index.html', `${id}.svg`, `${id}.png`, `${id}@2x.png`, `${id}-card.png`, `${id}.csv`, 'oembed.json'])
      expect(existsSync(join(folder, file)), `${id}/${file}`).toBe(true);
    const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
    expect(readme).toContain(`<iframe src="${EXPORT_BASE}embed/${id}/"`);
    expect(readme).toContain(`<script src="${EXPORT_BASE}embed.js" async></script>`);
    expect(readme).toMatch(/Data as of (\d{1,2} )?[A-Z][a-z]+ \d{4}/);
    expect(readme).toMatch(/Licence\n-+\nCC BY 4\.0: https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
    expect(readme).toMatch(/Sources\n-+\n- .+\n {2}https?:\/\//);
    // Opened from the folder itself, the page has its stylesheet and script.
    const problems: string[] = [];
    page.on('requestfailed', (r) => problems.push(r.url()));
    await page.goto(`file://${join(folder, 'index.html')}`);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).paddingTop)).toBe('16px');
    await expect(page.locator('.artboard svg:visible')).toHaveCount(1);
    page.removeAllListeners();
  }
});

test('--verify passes on the export, and fails naming the file after one byte of it changes', () => {
  const copy = join(mkdtempSync(join(tmpdir(), 'h200-verify-')), 'export');
  cpSync(join(ROOT, EXPORT_DIR), copy, { recursive: true });
  const verify = () => spawnSync('node', ['scripts/export.ts', '--verify', copy], { cwd: ROOT, encoding: 'utf8' });
  const ok = verify();
  expect(ok.status, ok.stderr).toBe(0);
  expect(ok.stdout).toContain('every file matches manifest.json');

  const file = join(copy, 'charts', 'orders-approvals-stock', 'orders-approvals-stock.csv');
  const bytes = readFileSync(file);
  bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
  writeFileSync(file, bytes);
  const changed = verify();
  expect(changed.status).toBe(1);
  expect(changed.stderr).toContain('charts/orders-approvals-stock/orders-approvals-stock.csv: changed');
});

test("the export's SHA256SUMS lists every other file, manifest.json included, and sha256sum -c and shasum -a 256 -c accept it", () => {
  const dir = join(ROOT, EXPORT_DIR);
  const listed = parseSha256Sums(readFileSync(join(dir, 'SHA256SUMS'), 'utf8')).map((s) => s.path);
  expect(listed).toEqual(listFiles(dir).filter((path) => path !== 'SHA256SUMS'));
  expect(listed).toContain('manifest.json');
  const checkers = [['sha256sum', '-c', 'SHA256SUMS'], ...(existsSync('/usr/bin/shasum') ? [['/usr/bin/shasum', '-a', '256', '-c', 'SHA256SUMS']] : [])];
  for (const [command, ...args] of checkers) {
    const run = spawnSync(command, args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, `${command}: ${run.stderr}`).toBe(0);
    expect(run.stdout.match(/: OK$/gm), command).toHaveLength(listed.length);
  }
  const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
  expect(readme).toContain('sha256sum -c SHA256SUMS');
  expect(readme).toContain('shasum -a 256 -c SHA256SUMS');
});

test('the export carries every data release: its package, its zip and their SHA256SUMS', () => {
  const versions = releases.map((r) => r.version);
  expect(versions.length).toBeGreaterThanOrEqual(2);
  for (const version of versions) {
    const dir = join(ROOT, EXPORT_DIR, 'site', 'data', version);
    for (const file of ['datapackage.json', 'README.md', 'SHA256SUMS', 'figures.csv', 'sources.csv', 'events.csv', `h200-ledger-data-${version}.zip`])
      expect(existsSync(join(dir, file)), `${version}/${file}`).toBe(true);
    const run = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }
});
