/**
 * A chart as a file a desk can use on its own: one SVG with the title, dek, the chart drawn wide,
 * notes, sources, "as of" date and credit, in light colours; and the same as PNG.
 */
import { drawChart, type ReadyChart } from './content.ts';
import type { Site } from '../data/content-schema.ts';
import { dateKey, formatDate, localize, type Lang } from '../lib/format.ts';
import { t } from '../i18n/ui.ts';
import { distinctSourceLabels } from '../charts/rows.ts';
import { wrap } from '../charts/labels.ts';
import { escapeXml, nest, renderPng } from './share-image.ts';
import { viewBoxSize } from '../charts/types.ts';

const WIDTH = 760;
const MARGIN = 20;
const CHART_WIDTH = WIDTH - 2 * MARGIN;

/** Lines of text at a size, with the number of characters that fit the width (DejaVu Sans). */
const STYLES = {
  title: { size: 22, weight: 'bold', fill: '#111', chars: 54, gap: 6 },
  dek: { size: 16, weight: 'normal', fill: '#444', chars: 78, gap: 6 },
  small: { size: 13, weight: 'normal', fill: '#444', chars: 100, gap: 5 },
} as const;

/** The height of `svg` drawn `width` wide. */
function heightAt(svg: string, width: number): number {
  const box = viewBoxSize(svg, 'chart image');
  return (box.height * width) / box.width;
}

/** The chart as a standalone SVG file, `WIDTH` wide. */
export function chartSvgFile(ready: ReadyChart, site: Site, lang: Lang = 'en'): string {
  const { meta, module, rows } = ready;
  const parts: string[] = [];
  let y = MARGIN;
  const text = (content: string, style: keyof typeof STYLES) => {
    const { size, weight, fill, chars, gap } = STYLES[style];
    for (const line of wrap(content, chars)) {
      y += size * 1.25;
      parts.push(`<text x="${MARGIN}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
    y += gap;
  };
  text(localize(meta.title, lang), 'title');
  text(localize(meta.dek, lang), 'dek');
  const chart = drawChart(ready, { width: 720, lang });
  const height = heightAt(chart, CHART_WIDTH);
  parts.push(nest(chart, { x: MARGIN, y: y + 8, width: CHART_WIDTH, height }));
  y += height + 24;
  for (const note of meta.notes) text(localize(note, lang), 'small');
  text(`${t(lang, 'chart.sources')} ${distinctSourceLabels(module.sources(rows), lang).join(t(lang, 'punct.list'))}.`, 'small');
  const asOf = formatDate(module.asOf(rows), { lang, long: true });
  text(`${t(lang, dateKey('chart.data-as-of', module.asOf(rows)), { date: asOf })} ${localize(site.credit, lang)} (${site.licence.name}).`, 'small');
  const total = Math.ceil(y + MARGIN);
  return `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${lang}" width="${WIDTH}" height="${total}" viewBox="0 0 ${WIDTH} ${total}" font-family="'DejaVu Sans', Verdana, sans-serif">
<title>${escapeXml(localize(meta.title, lang))}</title>
<desc>${escapeXml(module.describe(rows, lang))}</desc>
<rect width="${WIDTH}" height="${total}" fill="#ffffff"/>
${parts.join('\n')}
</svg>`;
}

/** The chart's standalone SVG as PNG bytes, at `zoom` times its size (1 or 2). */
export function chartPng(chart: ReadyChart, site: Site, zoom: number, lang: Lang = 'en'): Promise<Uint8Array> {
  return renderPng(chartSvgFile(chart, site, lang), zoom);
}
