/** Share cards (1200×630 PNG) for Open Graph and Twitter, drawn as SVG and rendered by resvg with bundled fonts. */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wrap } from '../charts/labels.ts';

const require = createRequire(import.meta.url);
const FONTS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The share card's SVG: the site's name, a headline and a one-line summary. */
export function shareCardSvg({ title, dek }: { title: string; dek: string }): string {
  const titleLines = wrap(title, 30).slice(0, 4);
  const dekLines = wrap(dek, 62).slice(0, 3);
  const dekTop = 150 + titleLines.length * 68 + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#f7f5f0"/>
  <rect x="0" y="0" width="1200" height="14" fill="#1b6b93"/>
  <text x="72" y="100" font-family="DejaVu Sans" font-weight="bold" font-size="30" fill="#1b6b93">H200 Ledger</text>
  ${titleLines.map((line, i) => `<text x="72" y="${190 + i * 68}" font-family="DejaVu Sans" font-weight="bold" font-size="56" fill="#111">${escape(line)}</text>`).join('\n  ')}
  ${dekLines.map((line, i) => `<text x="72" y="${dekTop + i * 40}" font-family="DejaVu Sans" font-size="28" fill="#333">${escape(line)}</text>`).join('\n  ')}
</svg>`;
}

/** The share card as PNG bytes. */
export function shareCardPng(card: { title: string; dek: string }): Uint8Array {
  const resvg = new Resvg(shareCardSvg(card), {
    font: { loadSystemFonts: false, fontFiles: [join(FONTS, 'DejaVuSans.ttf'), join(FONTS, 'DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
