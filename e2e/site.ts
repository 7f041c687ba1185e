/** What the browser tests share: the site's pages, read from its sitemap and build, and the content files. */
import { LATEST } from '../src/data/window.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, loadYamlList, loadYamlRecord } from '../src/data/load.ts';
import { chartSchema, siteSchema } from '../src/data/content-schema.ts';
import { loadReleases, type ReleaseData } from '../src/data/release.ts';

const ROOT = join(import.meta.dirname, '..');
export const data = loadDataset(join(ROOT, 'content', 'data'), ROOT);

/** Every event, oldest first. */
export const allEvents = [...data.events].sort((a, b) => a.date.localeCompare(b.date));
/** The events the timeline story shows: it places the timeline without a window, so the latest LATEST (src/data/window.ts). */
export const storyEvents = allEvents.slice(-LATEST);
/** The charts' texts and figure lists, from content/data/charts.yaml. */
export const charts = loadYamlList({ path: join(ROOT, 'content', 'data', 'charts.yaml'), name: 'charts.yaml' }, chartSchema).map((c) => c.row);
/** The site's name, credit and licence, from content/site.yaml. */
export const site = loadYamlRecord({ path: join(ROOT, 'content', 'site.yaml'), name: 'content/site.yaml' }, siteSchema).row;

/** The address the build was made for (its canonical links and embed codes use it), read from dist/. */
export const PUBLISHED = new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8'))![1]).origin;

/** The ids of the charts that have an embed page in dist/embed/. */
export const embedIds = readdirSync(join(ROOT, 'dist', 'embed'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** The recorded data releases, oldest first (content/releases/). */
export const releases = loadReleases(join(ROOT, 'content', 'releases'), ROOT);

/** The pinned embeds in dist/embed/: each chart's /embed/<id>/v/<version>/ folders, oldest release first. */
export const pinnedEmbeds = embedIds.flatMap((chart) => {
  const dir = join(ROOT, 'dist', 'embed', chart, 'v');
  return existsSync(dir) ? readdirSync(dir).map((version) => ({ chart, version })) : [];
});

/** The data and charts' texts a page shows: a pinned embed's release's, or today's. */
export function shownData(target: { version?: string }): { data: ReleaseData; charts: typeof charts } {
  if (target.version === undefined) return { data, charts };
  const release = releases.find((r) => r.version === target.version);
  if (!release) throw new Error(`no release ${target.version} in content/releases/, expected one of ${releases.map((r) => r.version).join(', ')}`);
  return { data: release.data, charts: release.charts };
}

/** The path prefix of each language's edition: English at the root, French under /fr/. */
export const EDITIONS = { en: '', fr: '/fr' } as const;

/** A page a reader or partner can open, as the browser tests visit it. */
export interface SitePage {
  path: string;
  /** The edition it belongs to, by its path (the 404 page is English). */
  lang: keyof typeof EDITIONS;
  /** A page of the sitemap, the 404 page, an edition's embed previewer, or a chart's embed page. */
  kind: 'page' | 'not-found' | 'previewer' | 'embed';
  /** The chart an embed page shows. */
  chart?: string;
  /** The release a pinned embed page shows (/embed/<chart>/v/<version>/); none on a live embed. */
  version?: string;
}

/**
 * Every page a reader or partner can open, read from the build so that tests can be made one per
 * page: the sitemaps' pages, the 404 page, and in each language the embed previewer and every embed
 * page, live and pinned to a release.
 */
export const pages: SitePage[] = [
  ...builtSitemap().map((path) => ({ path, lang: editionOf(path), kind: 'page' as const })),
  { path: '/404.html', lang: 'en', kind: 'not-found' },
  ...Object.entries(EDITIONS).flatMap(([lang, prefix]) => [
    { path: `${prefix}/embed/`, lang: lang as SitePage['lang'], kind: 'previewer' as const },
    ...embedIds.map((chart) => ({ path: `${prefix}/embed/${chart}/`, lang: lang as SitePage['lang'], kind: 'embed' as const, chart })),
    ...pinnedEmbeds.map(({ chart, version }) => ({
      path: `${prefix}/embed/${chart}/v/${version}/`,
      lang: lang as SitePage['lang'],
      kind: 'embed' as const,
      chart,
      version,
    })),
  ]),
];

/** The path of every page in dist/'s sitemaps, in their order. */
function builtSitemap(): string[] {
  const locs = (file: string) => [...readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return locs('sitemap-index.xml').flatMap((sitemap) => locs(sitemap.slice(1)));
}

/** The edition a path belongs to: the one whose prefix it starts with, English at the root. */
function editionOf(path: string): SitePage['lang'] {
  const [lang] = Object.entries(EDITIONS).find(([, prefix]) => prefix !== '' && path.startsWith(`${prefix}/`)) ?? ['en'];
  return lang as SitePage['lang'];
}

/** Every page path in the served sitemap, plus the 404 page. */
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
  page.on('requestfailed', (r) => {
    // Chromium fetches the favicon late and cancels it when the test moves to the next page.
    if (r.url().endsWith('/favicon.svg') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on('request', (r) => new URL(r.url()).origin !== origin && !r.url().startsWith('data:') && problems.push(`third-party request: ${r.url()}`));
  return problems;
}

/**
 * Every link target on the page, HTML and SVG alike, as an absolute URL. Links to the published
 * address (an embed's link to its story) are read as links to the site under test.
 */
export async function linksOn(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
  const here = new URL(page.url()).origin;
  return hrefs.map((href) => (new URL(href).origin === PUBLISHED ? here + href.slice(PUBLISHED.length) : href));
}
