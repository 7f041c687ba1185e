import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packChartFolder } from './chart-folder.ts';

/** A built site under base /g/h200/ with one embed page. */
function site(page: string, css = 'body{color:red}') {
  const dir = mkdtempSync(join(tmpdir(), 'h200-folder-'));
  mkdirSync(join(dir, 'site', 'embed', 'c'), { recursive: true });
  mkdirSync(join(dir, 'site', '_astro'));
  writeFileSync(join(dir, 'site', '_astro', 'global.abc.css'), css);
  writeFileSync(join(dir, 'site', 'embed', 'frame.js'), '/* frame */');
  writeFileSync(join(dir, 'site', 'embed', 'c', 'index.html'), page);
  writeFileSync(join(dir, 'site', 'embed', 'c', 'c.csv'), 'id\n');
  return dir;
}

describe('packChartFolder(site, id, out, base)', () => {
  it("copies the embed's folder and its stylesheet and script, linked relatively", () => {
    const dir = site(
      '<link rel="stylesheet" href="/g/h200/_astro/global.abc.css"><script src="/g/h200/embed/frame.js"></script><a href="https://p.example/g/h200/stories/s/">story</a>',
    );
    packChartFolder(join(dir, 'site'), 'embed/c', join(dir, 'out'), '/g/h200/');
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toBe(
      '<link rel="stylesheet" href="assets/global.abc.css"><script src="assets/frame.js"></script><a href="https://p.example/g/h200/stories/s/">story</a>',
    );
    expect(existsSync(join(dir, 'out', 'assets', 'global.abc.css'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'assets', 'frame.js'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'c.csv'))).toBe(true);
  });
  it("leaves out the chart's pinned embeds (v/<version>/), which the site serves", () => {
    const dir = site('<a href="https://p.example/g/h200/stories/s/">story</a>');
    mkdirSync(join(dir, 'site', 'embed', 'c', 'v', '2026-11-29'), { recursive: true });
    writeFileSync(join(dir, 'site', 'embed', 'c', 'v', '2026-11-29', 'index.html'), '<script src="/g/h200/embed/frame.js"></script>');
    packChartFolder(join(dir, 'site'), 'embed/c', join(dir, 'out'), '/g/h200/');
    expect(existsSync(join(dir, 'out', 'c.csv'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'v'))).toBe(false);
  });
  it('refuses a page that links to another page by site path, which a lone folder could not serve', () => {
    const dir = site('<a href="/g/h200/stories/s/">story</a>');
    expect(() => packChartFolder(join(dir, 'site'), 'embed/c', join(dir, 'out'), '/g/h200/')).toThrow(
      /embed\/c\/index\.html: href="\/g\/h200\/stories\/s\/", expected only stylesheets, scripts and icons/,
    );
  });
  it('refuses a stylesheet that refers to site paths', () => {
    const dir = site('<link rel="stylesheet" href="/g/h200/_astro/global.abc.css">', 'body{background:url(/g/h200/x.png)}');
    expect(() => packChartFolder(join(dir, 'site'), 'embed/c', join(dir, 'out'), '/g/h200/')).toThrow(/url\(\/…\)/);
  });
});
