import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, readHeadersFile } from './headers.ts';
import { CONTENT_SECURITY_POLICY } from '../lib/csp.ts';

/** A build in two languages, with an embed page per language and the embed previewer. */
const files = [
  '_astro/page.abc123.css',
  '404.html',
  'embed.js',
  'embed/frame.js',
  'embed/index.html',
  'embed/chart/index.html',
  'embed/chart/chart.svg',
  'favicon.svg',
  'fr/index.html',
  'fr/embed/index.html',
  'fr/embed/chart/index.html',
  'fr/stories/story/index.html',
  'index.html',
  'stories/story/index.html',
];

/** The rules of a _headers file: path → Cache-Control. */
const rules = (text: string) => Object.fromEntries(readHeadersFile(text).map((r) => [r.path, Object.fromEntries(r.headers)['Cache-Control']]));

/** Every path a reader can ask for in `files`: each file, and each page's folder. */
const paths = (base: string) =>
  files.flatMap((file) => [`${base}${file}`, ...(file.endsWith('index.html') ? [`${base}${file.slice(0, -'index.html'.length)}`] : [])]);

describe('headersFile(files, base)', () => {
  const text = headersFile(files, '/graphics/h200/');
  const read = readHeadersFile(text);

  it("types a release's SHA256SUMS, which has no extension, as plain text", () => {
    expect(headersFor(read, '/graphics/h200/data/2026-12-02/SHA256SUMS')['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(headersFor(read, '/graphics/h200/data/2026-12-02/figures.csv')['Content-Type']).toBeUndefined();
  });

  it('caches hashed assets for a year and everything else for five minutes, under the base', () => {
    expect(rules(text)).toEqual({
      '/graphics/h200/': 'public, max-age=300, must-revalidate',
      '/graphics/h200/404.html': 'public, max-age=300, must-revalidate',
      '/graphics/h200/_astro/*': 'public, max-age=31536000, immutable',
      '/graphics/h200/embed.js': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed/': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed/chart/*': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed/frame.js': 'public, max-age=300, must-revalidate',
      '/graphics/h200/embed/index.html': 'public, max-age=300, must-revalidate',
      '/graphics/h200/favicon.svg': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/embed/': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/embed/chart/*': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/embed/index.html': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/index.html': 'public, max-age=300, must-revalidate',
      '/graphics/h200/fr/stories/*': 'public, max-age=300, must-revalidate',
      '/graphics/h200/index.html': 'public, max-age=300, must-revalidate',
      '/graphics/h200/stories/*': 'public, max-age=300, must-revalidate',
    });
  });

  it('gives every path exactly one rule with a cache and a policy, so a host never sends two policies', () => {
    for (const path of paths('/graphics/h200/')) {
      expect(
        read.filter((r) => headersFor([r], path)['Cache-Control']).map((r) => r.path),
        path,
      ).toHaveLength(1);
      expect(
        read.filter((r) => headersFor([r], path)['Content-Security-Policy']).map((r) => r.path),
        path,
      ).toHaveLength(1);
    }
  });

  it('keeps every path, matched or not, from being framed by another site and from being sniffed, with one policy at most', () => {
    const odd = [
      '/graphics/h200//stories/story/',
      '/graphics/h200/%73tories/story/',
      '/graphics/h200/embed',
      '/graphics/h200/missing/',
      '/graphics/h200/fr/embed',
    ];
    for (const path of [...paths('/graphics/h200/'), ...odd]) {
      const headers = headersFor(read, path);
      const policy = headers['Content-Security-Policy'];
      expect(policy === undefined || !policy.includes(', default-src'), `${path}: two policies`).toBe(true);
      // Where a policy names frame-ancestors, browsers ignore X-Frame-Options; elsewhere SAMEORIGIN holds.
      expect(headers['X-Frame-Options'], path).toBe('SAMEORIGIN');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
    }
    for (const path of odd) expect(headersFor(read, path)['Content-Security-Policy'], path).toBeUndefined();
  });

  it("lets any site frame an embed page in either language, and only the site frame its other pages (the previewer's included)", () => {
    const policy = (path: string) => headersFor(read, `/graphics/h200/${path}`)['Content-Security-Policy'];
    for (const path of ['embed/chart/', 'embed/chart/chart.svg', 'fr/embed/chart/']) expect(policy(path)).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    for (const path of ['', 'embed/', 'fr/embed/', 'fr/', 'stories/story/', '404.html', 'embed.js', '_astro/page.abc123.css'])
      expect(policy(path), path).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
  });
});

describe('headersFor(rules, path)', () => {
  it('joins a header that two matching rules set, as Netlify and Cloudflare Pages do', () => {
    const rules = readHeadersFile('/a/*\n  X-Test: one\n/a/b\n  X-Test: two\n  X-Other: three\n');
    expect(headersFor(rules, '/a/b')).toEqual({ 'X-Test': 'one, two', 'X-Other': 'three' });
    expect(headersFor(rules, '/a/')).toEqual({ 'X-Test': 'one' });
    expect(headersFor(rules, '/ab')).toEqual({});
  });
});
