/**
 * Every internal link and #fragment of the site and of the newsroom export resolves, read from the
 * built files (e2e/links.ts): nothing is fetched, and links elsewhere are only checked to be http(s)
 * or mailto. The export's site is checked under its deep base, each chart folder as opened from disk.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXPORT_BASE, EXPORT_DIR } from './servers/addresses.ts';
import { checkLinks, formatBroken, type LinkReport, type Root } from './links.ts';
import { PUBLISHED } from './site.ts';

const ROOT = join(import.meta.dirname, '..');

/** One line for the run's log. */
function summary(what: string, r: LinkReport): string {
  return `links: ${what}: ${r.pages} pages (${r.files} files) checked, ${r.links} links (${r.internal} internal, ${r.external} external, not fetched), ${r.fragments} fragments, ${r.broken.length} broken`;
}

/** Each chart folder of the export (charts/<id>/, charts/fr/<id>/), as a partner opens it from disk. */
function chartFolders(charts: string): Root[] {
  return readdirSync(charts, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => ({ dir: e.parentPath, url: `${pathToFileURL(e.parentPath).href}/` }));
}

test.describe('links', () => {
  test.describe.configure({ timeout: 120_000 });

  test('every internal link and fragment of the site resolves to a file and an id', () => {
    const report = checkLinks([{ dir: join(ROOT, 'dist'), url: `${PUBLISHED}/` }]);
    console.log(summary('dist/', report));
    expect(report.broken, `${report.broken.length} broken links:\n${formatBroken(report.broken)}`).toEqual([]);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.fragments).toBeGreaterThan(10);
  });

  test("every internal link and fragment of the export resolves inside the package, under its base and in each chart's folder", () => {
    const folders = chartFolders(join(ROOT, EXPORT_DIR, 'charts'));
    expect(folders.length).toBeGreaterThan(1);
    const report = checkLinks([{ dir: join(ROOT, EXPORT_DIR, 'site'), url: EXPORT_BASE }, ...folders]);
    console.log(summary(`${EXPORT_DIR}/ (site/ under ${new URL(EXPORT_BASE).pathname}, ${folders.length} chart folders)`, report));
    expect(report.broken, `${report.broken.length} broken links:\n${formatBroken(report.broken)}`).toEqual([]);
  });
});

test.describe('checkLinks(roots) on a small site', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const html = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
  const check = () => {
    const report = checkLinks([
      { dir: join(dir, 'site'), url: 'https://site.example/base/' },
      { dir: join(dir, 'chart'), url: `${pathToFileURL(join(dir, 'chart')).href}/` },
    ]);
    const here = `${relative(process.cwd(), dir)}/`;
    return { ...report, broken: report.broken.map((b) => `${b.file.replace(here, '')}: ${b.link} (${b.reason.replaceAll(here, '')})`) };
  };

  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'links-'));
    write(
      'site/index.html',
      html(
        '<h2 id="top-story">x</h2><a name="old">y</a><a href="/base/stories/x/#intro">story</a><a href="#top-story">here</a><a href="#old">old</a><a href="#top">top</a><a href="#">top</a><a href="stories/x/#caf%C3%A9">café</a>',
        '<meta property="og:image" content="https://site.example/base/og.png"><link rel="icon" href="favicon.svg">',
      ),
    );
    write(
      'site/stories/x/index.html',
      html(
        '<p id="intro">Intro</p><p id="café">a</p><img src="../../og.png" srcset="../../og.png 1x, /base/og.png 2x" alt=""><a href="https://elsewhere.example/#nope">out</a><a href="mailto:desk@site.example">mail</a><a href="?plain#intro">plain</a>',
      ),
    );
    write('site/og.png', 'png');
    write('site/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"><a href="/base/stories/x/#intro"><circle id="c" r="1"/></a></svg>');
    write('site/style.css', '.a { background: url("og.png") } .b { background: url(data:image/png;base64,AA==) }');
    write('site/sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://site.example/base/stories/x/</loc></url></urlset>');
    write('site/oembed.json', JSON.stringify({ url: 'https://site.example/base/', html: '<iframe src="https://site.example/base/stories/x/"></iframe>' }));
    write(
      'chart/index.html',
      html('<img src="chart.png" alt=""><a href="https://site.example/base/stories/x/#intro">story</a><link rel="stylesheet" href="assets/a.css">'),
    );
    write('chart/chart.png', 'png');
    write('chart/assets/a.css', 'p { color: red }');
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('passes a site whose links all resolve, counting links, internal ones and fragments', () => {
    const report = check();
    expect(report.broken).toEqual([]);
    expect(report.files).toBe(8);
    expect(report.pages).toBe(4);
    expect(report.external).toBe(2);
    expect(report.fragments).toBe(8);
    expect(report.links).toBe(22);
    expect(report.internal).toBe(report.links - 2);
  });

  test('finds a missing file, a missing fragment, a folder without its slash, a link out of the base or the folder, and a bad scheme', () => {
    write(
      'site/stories/y/index.html',
      html(
        [
          '<a href="/base/stories/z/">no page</a>',
          '<a href="/base/stories/x/#outro">no id</a>',
          '<a href="#intro">not on this page</a>',
          '<a href="/base/stories/x/#caf%C3%A8">caf\u00e8</a>',
          '<a href="/base/stories/x">no slash</a>',
          '<a href="/elsewhere/">outside the base</a>',
          '<a href="javascript:void(0)">script</a>',
          '<form action="/base/search/"></form>',
          '<img srcset="/base/og.png 1x, /base/og@2x.png 2x" alt="">',
        ].join(''),
        '<meta property="og:image" content="https://site.example/base/og/y.png">',
      ),
    );
    write('site/style.css', '.a { background: url("missing.png") }');
    write('site/sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://site.example/base/gone/</loc></url></urlset>');
    write('site/oembed.json', JSON.stringify({ html: '<iframe src="https://site.example/base/embed/gone/"></iframe>' }));
    write('site/bad.json', '{ "url": ');
    write('chart/index.html', html('<a href="./">folder</a><a href="../site/og.png">out of the folder</a><img src="chart.png#x" alt="">'));
    expect(check().broken).toEqual([
      expect.stringMatching(/^site\/bad\.json: \(the whole file\) \(unreadable: .*JSON/),
      'site/oembed.json: https://site.example/base/embed/gone/ (no site/embed/gone/index.html)',
      'site/sitemap.xml: https://site.example/base/gone/ (no site/gone/index.html)',
      'site/stories/y/index.html: https://site.example/base/og/y.png (no site/og/y.png)',
      'site/stories/y/index.html: /base/stories/z/ (no site/stories/z/index.html)',
      'site/stories/y/index.html: /base/stories/x/#outro (no id="outro" in site/stories/x/index.html)',
      'site/stories/y/index.html: #intro (no id="intro" in site/stories/y/index.html)',
      'site/stories/y/index.html: /base/stories/x/#caf%C3%A8 (no id="cafè" in site/stories/x/index.html)',
      "site/stories/y/index.html: /base/stories/x (a folder: end the link with / (the site's trailingSlash is 'always'))",
      "site/stories/y/index.html: /elsewhere/ (on the site's origin but outside its base /base/)",
      'site/stories/y/index.html: javascript:void(0) (scheme javascript: (only http, https and mailto may leave the site))',
      'site/stories/y/index.html: /base/search/ (no site/search/index.html)',
      'site/stories/y/index.html: /base/og@2x.png (no site/og@2x.png)',
      'site/style.css: missing.png (no site/missing.png)',
      'chart/index.html: ./ (a folder, opened from disk: name its file)',
      'chart/index.html: ../site/og.png (outside the folder: it is not in the package)',
      'chart/index.html: chart.png#x (#x in a file that has no ids (.png))',
    ]);
  });
});
