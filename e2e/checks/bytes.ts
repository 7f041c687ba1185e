/** What a page fetched, and what it weighs gzipped: for the byte budgets a reader on a phone feels. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { SITE } from '../servers/addresses.ts';

/** Each file's gzipped size, asked once per worker: pages share their scripts and styles. */
const sizes = new Map<string, Promise<number>>();

/** The size of the file at `url` gzipped at level 9. */
export function gzipped(request: APIRequestContext, url: string): Promise<number> {
  if (!sizes.has(url))
    sizes.set(
      url,
      request.get(url).then(async (r) => gzipSync(await r.body(), { level: 9 }).length),
    );
  return sizes.get(url)!;
}

/** Every resource the page and its loaded frames fetched (from the cache or not), and the page's icon; with `kind`, only those its initiator type names. */
export async function fetchedBy(page: Page, kind?: string): Promise<string[]> {
  const urls = new Set<string>();
  for (const frame of page.frames().filter((f) => f.url().startsWith(SITE))) {
    const found = await frame.evaluate(
      (initiator) => [
        ...(initiator === 'script'
          ? [...document.scripts].map((s) => s.src).filter(Boolean)
          : [location.href, ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) => l.href)]),
        ...performance
          .getEntriesByType('resource')
          .filter((e) => !initiator || (e as PerformanceResourceTiming).initiatorType === initiator)
          .map((e) => e.name),
      ],
      kind,
    );
    for (const url of found) urls.add(url.split('#')[0]);
  }
  return [...urls];
}

/** The gzipped bytes of `urls`, each of which must come from the site itself (no third party): `path` names the page in messages. */
export async function firstPartyBytes(request: APIRequestContext, urls: string[], path: string): Promise<number> {
  let bytes = 0;
  for (const url of urls) {
    expect(new URL(url).origin, `${path}: ${url}`).toBe(SITE);
    bytes += await gzipped(request, url);
  }
  return bytes;
}
