/**
 * Share cards (1200×630 for stories, 1200×675 for charts) drawn as SVG, and PNGs rendered from
 * SVG by resvg with bundled fonts, so images look the same on every machine.
 */
import { renderAsync } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { wrap } from '../charts/labels.ts';
import { buildCache, sha256 } from './disk-cache.ts';
import { pngCache } from './png-cache.ts';

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Text escaped for SVG markup. */
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Places a chart's SVG in a box of the card, keeping its viewBox and dropping its own size and fonts. */
export function nest(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const match = /^<svg([^>]*)>([\s\S]*)$/.exec(svg);
  if (!match) throw new Error(`share card: expected a chart's SVG starting with <svg, got "${svg.slice(0, 40)}…"`);
  const [, attributes, content] = match;
  const kept = attributes.replace(/\s(?:width|height|font-family)="[^"]*"/g, '');
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMinYMin meet" color="#111"${kept}>${content}`;
}

/** What a share card shows: a headline, a summary, and optionally a chart's SVG drawn under the headline. */
export interface ShareCard {
  title: string;
  dek: string;
  chart?: string;
  /** The card's height: 630 (Open Graph, the default) or 675 (16:9). */
  height?: number;
}

/** The headline's lines and size: smaller over a chart, to leave it room. */
function headline(title: string, withChart: boolean) {
  const size = withChart ? 44 : 56;
  const lines = wrap(title, withChart ? 40 : 30).slice(0, withChart ? 2 : 4);
  return { lines, size, below: 120 + lines.length * (size + 12) + 10 };
}

/** The box a card with headline `title` gives its chart, under the headline: the chart is scaled to fit it. */
export function chartBox({ title, height = 630 }: Pick<ShareCard, 'title' | 'height'>): { x: number; y: number; width: number; height: number } {
  const { below } = headline(title, true);
  return { x: 72, y: below, width: 1056, height: height - below - 24 };
}

/** The share card's SVG: the site's name and the headline, then the chart where there is one, else the summary. */
export function shareCardSvg({ title, dek, chart, height = 630 }: ShareCard): string {
  const { lines: titleLines, size, below } = headline(title, Boolean(chart));
  const body = chart
    ? nest(chart, chartBox({ title, height }))
    : wrap(dek, 62)
        .slice(0, 3)
        .map((line, i) => `<text x="72" y="${below + 30 + i * 40}" font-family="DejaVu Sans" font-size="28" fill="#333">${escapeXml(line)}</text>`)
        .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${height}" viewBox="0 0 1200 ${height}">
  <rect width="1200" height="${height}" fill="#f7f5f0"/>
  <rect x="0" y="0" width="1200" height="14" fill="#1b6b93"/>
  <text x="72" y="86" font-family="DejaVu Sans" font-weight="bold" font-size="28" fill="#1b6b93">H200 Ledger</text>
  ${titleLines.map((line, i) => `<text x="72" y="${150 + i * (size + 12)}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#111">${escapeXml(line)}</text>`).join('\n  ')}
  ${body}
</svg>`;
}

/** The share card as PNG bytes. */
export function shareCardPng(card: ShareCard): Promise<Uint8Array> {
  return renderPng(shareCardSvg(card));
}

const FONT_FILES = [join(FONTS, 'DejaVuSans.ttf'), join(FONTS, 'DejaVuSans-Bold.ttf')];
const OPTIONS = { font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' } };
let renderer: string | undefined;

/** resvg's version, its options and its fonts (names and bytes): what a PNG looks like besides its SVG. */
const rendererIdentity = () =>
  (renderer ??= sha256(
    require('@resvg/resvg-js/package.json').version,
    JSON.stringify({ ...OPTIONS.font, fontFiles: FONT_FILES.map((file) => basename(file)) }),
    ...FONT_FILES.map((file) => readFileSync(file)),
  ));

const drawOnce = pngCache({
  render: async (svg, zoom) => (await renderAsync(svg, { ...OPTIONS, fitTo: { mode: 'zoom', value: zoom } })).asPng(),
  renderer: rendererIdentity,
  store: () => buildCache('png'),
});

/**
 * An SVG drawn as PNG bytes at `zoom` times its size, with the bundled DejaVu fonts only. resvg
 * draws on a thread of its own, so the build renders other pages meanwhile (astro.config.mjs
 * lets two pages render at once). The same SVG and zoom are drawn once (./png-cache.ts): asked
 * for twice at once, both wait for one drawing; in a build, an image the last build drew is read
 * from the drawing cache.
 */
export function renderPng(svg: string, zoom = 1): Promise<Uint8Array> {
  return drawOnce(svg, zoom);
}
