/** What the browser tests share: the site's pages, read from its sitemap, and the data files. */
import type { APIRequestContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { loadDataset } from '../src/data/load.ts';

export const data = loadDataset(join(import.meta.dirname, '..', 'content', 'data'), join(import.meta.dirname, '..'));

/** Every page path in the built sitemap, plus the 404 page. */
export async function sitePaths(request: APIRequestContext): Promise<string[]> {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...paths, '/404.html'];
}

/** Records console errors, failed requests and requests to any other origin while a page is used. */
export function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && problems.push(`third-party request: ${r.url()}`));
  return problems;
}

/** Every link target on the page, HTML and SVG alike, as an absolute URL. */
export function linksOn(page: Page): Promise<string[]> {
  return page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
}
