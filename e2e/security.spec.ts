/**
 * The Content Security Policy and the site's own origin, beyond the site's own pages (which the
 * sweep checks: e2e/checks/csp.ts, e2e/checks/requests.ts): who may frame a page or an embed; and
 * the newsroom export's site, its chart folders opened from disk, and a partner's page that embeds
 * its charts carry the policy, run with no violation and request nothing from anywhere else.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { embedIds } from './site.ts';
import { EXPORT_BASE, EXPORT_DIR, HOST, SITE } from './servers/addresses.ts';
import { CONTENT_SECURITY_POLICY, policyHeader } from '../src/lib/csp.ts';
import { exercise, isEmbed, loadFrames, recordViolations, violationsIn } from './checks/csp.ts';

const ROOT = join(import.meta.dirname, '..');
const EXPORT_ORIGIN = new URL(EXPORT_BASE).origin;

/**
 * Watches `page` from now on: every request of its context (frames, workers, other pages
 * included); its console's messages about the Content Security Policy, frames' included; script
 * errors; and each document's policy header.
 */
function watch(page: Page) {
  const requests: string[] = [];
  const problems: string[] = [];
  const headers: [string, string | undefined][] = [];
  page.context().on('request', (request) => requests.push(request.url()));
  page.context().on('response', (response) => {
    if (response.request().resourceType() === 'document') headers.push([response.url(), response.headers()['content-security-policy']]);
  });
  page.on('console', (m) => /content.security.policy/i.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { requests, problems, headers };
}

/** Adds an iframe of `src` to the page and waits for it to load (a refused frame loads Chromium's error page). */
const frameIn = (page: Page, src: string) =>
  page.evaluate(
    (src) =>
      new Promise<void>((done) => {
        const iframe = document.createElement('iframe');
        iframe.src = src;
        iframe.addEventListener('load', () => done());
        document.body.append(iframe);
      }),
    src,
  );

test.describe('Content Security Policy', () => {
  test.beforeEach(({ context }) => context.addInitScript(recordViolations));

  test('an embed may be framed by any site, a page of the site only by the site itself', async ({ page }) => {
    const watched = watch(page);
    await page.goto(`${HOST}/blank.html`);
    await frameIn(page, `${SITE}/embed/${embedIds[0]}/`);
    await expect(page.frameLocator('iframe').first().locator('main.embed')).toBeVisible();
    await frameIn(page, `${SITE}/stories/h200-approvals-gap/`);
    await expect(page.frameLocator('iframe').nth(1).locator('.site-header')).toHaveCount(0);
    await expect.poll(() => watched.problems.join('\n')).toMatch(/frame-ancestors/);
  });

  test('no other site can frame a path the rules do not name: a doubled slash, an encoded letter, the previewer without its slash, a missing page', async ({
    page,
    request,
  }) => {
    await page.goto(`${HOST}/blank.html`);
    for (const path of ['//stories/h200-approvals-gap/', '/%73tories/h200-approvals-gap/', '/embed', '/fr/embed', '/missing/page/']) {
      const response = await request.get(`${SITE}${path}`, { maxRedirects: 0 });
      expect(response.headers()['x-frame-options'], path).toBe('SAMEORIGIN');
      await frameIn(page, `${SITE}${path}`);
      // A refused frame shows Chromium's error page instead: no frame of ours holds anything.
      let content = 0;
      for (const frame of page.frames().filter((f) => f.url().startsWith(SITE))) content += await frame.locator('body *').count();
      expect(content, `${path} is drawn inside another site's page`).toBe(0);
    }
  });
});

test.describe('nothing leaves the origin', () => {
  test.beforeEach(({ context }) => context.addInitScript(recordViolations));

  /** Opens each of `urls` and returns every request made, with the violations and policy problems seen. */
  async function visit(page: Page, urls: string[]) {
    const watched = watch(page);
    const violations: string[] = [];
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'networkidle' });
      await loadFrames(page);
      await exercise(page);
      violations.push(...(await violationsIn(page)));
    }
    return { ...watched, violations };
  }

  /** The requests of `requests` that go anywhere but `allowed` origins. */
  const elsewhere = (requests: string[], allowed: string[]) => requests.filter((url) => !allowed.includes(new URL(url).origin));

  test("every request of the export's site goes to its origin, under its base", async ({ page, request }) => {
    test.setTimeout(180_000);
    const xml = await (await request.get(`${EXPORT_BASE}sitemap-0.xml`)).text();
    const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const urls = [...pages, ...['', 'fr/'].flatMap((lang) => [`${EXPORT_BASE}${lang}embed/`, ...embedIds.map((id) => `${EXPORT_BASE}${lang}embed/${id}/`)])];
    const { requests, violations, problems, headers } = await visit(page, urls);
    expect(requests.filter((url) => !url.startsWith(EXPORT_BASE))).toEqual([]);
    for (const [url, header] of headers) expect(header, url).toBe(policyHeader(isEmbed(url) ? 'embed' : 'page'));
    expect([...violations, ...problems]).toEqual([]);
    console.log(`export: ${urls.length} pages, ${requests.length} requests, all under ${EXPORT_BASE}`);
  });

  test('each chart folder of the export, opened from disk, loads only its own files, with no violation', async ({ page }) => {
    const folders = readdirSync(join(ROOT, EXPORT_DIR, 'charts'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => (e.name === 'fr' ? embedIds.map((id) => join('fr', id)) : [e.name]))
      .map((name) => join(ROOT, EXPORT_DIR, 'charts', name));
    expect(folders).toHaveLength(embedIds.length * 2);
    const { requests, violations, problems } = await visit(
      page,
      folders.map((folder) => `file://${folder}/index.html`),
    );
    for (const folder of folders) expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(requests.filter((url) => !folders.some((folder) => url.startsWith(`file://${folder}/`)))).toEqual([]);
    expect([...violations, ...problems]).toEqual([]);
    console.log(`chart folders: ${folders.length} pages, ${requests.length} requests, all within their folders`);
  });

  test("a partner's pages that embed our charts request only from the partner and the export", async ({ page }) => {
    // A partner page per embed, each loading two: the time grows with the embeds.
    test.setTimeout(30_000 * (embedIds.length + 1));
    const urls = [...embedIds.map((id, i) => `${HOST}/embed-code/${id}/?also=${embedIds[(i + 1) % embedIds.length]}`), `${HOST}/pym/${embedIds[0]}/`];
    const { requests, violations, problems } = await visit(page, urls);
    expect(elsewhere(requests, [HOST, EXPORT_ORIGIN])).toEqual([]);
    expect(requests.filter((url) => url.startsWith(EXPORT_ORIGIN)).length).toBeGreaterThan(urls.length);
    expect([...violations, ...problems]).toEqual([]);
    console.log(`partner: ${urls.length} pages, ${requests.length} requests, to ${HOST} and ${EXPORT_ORIGIN} only`);
  });
});
