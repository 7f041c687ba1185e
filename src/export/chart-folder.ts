/**
 * A chart's folder in the newsroom export: its embed page and downloads, copied from the built
 * site, with the page's stylesheet, script and icon copied beside it and linked relatively, so the
 * folder works wherever a partner puts it.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Site paths in the page's own attributes: href="/base/…" and src="/base/…". */
const SITE_PATH = /\b(href|src)="(\/[^"]*)"/g;

/**
 * Copies the embed folder `dir` of `site` (`embed/<id>`, `fr/embed/<id>`) to `out`, with the
 * page's assets in `out/assets/`. The chart's pinned embeds (`v/<version>/`) stay in the site: the
 * folder is the live embed's. `base` is the path the site was built under (`/graphics/h200/`).
 * Throws, naming the page, when the page refers to another site path that a lone folder could not serve.
 */
export function packChartFolder(site: string, dir: string, out: string, base: string): void {
  const pinned = join(site, dir, 'v');
  cpSync(join(site, dir), out, { recursive: true, filter: (path) => path !== pinned });
  const page = join(out, 'index.html');
  const html = readFileSync(page, 'utf8');
  mkdirSync(join(out, 'assets'), { recursive: true });
  const rewritten = html.replace(SITE_PATH, (_whole, attribute: string, path: string) => {
    if (!path.startsWith(base)) throw new Error(`export: ${dir}/index.html: ${attribute}="${path}" is outside the site's base ${base}`);
    const file = path.slice(base.length).split(/[?#]/)[0];
    if (!/\.(css|js|svg|png|ico)$/.test(file))
      throw new Error(
        `export: ${dir}/index.html: ${attribute}="${path}", expected only stylesheets, scripts and icons as site paths (links should be absolute)`,
      );
    const source = join(site, file);
    if (file.endsWith('.css') && /url\(\s*['"]?\//.test(readFileSync(source, 'utf8'))) {
      throw new Error(`export: ${file}: the stylesheet refers to a site path with url(/…), which a chart folder could not serve`);
    }
    copyFileSync(source, join(out, 'assets', basename(file)));
    return `${attribute}="assets/${basename(file)}"`;
  });
  writeFileSync(page, rewritten);
}
