/** An embed's downloads, the same for a live and a pinned embed: its data as CSV, its PNGs and its oEmbed document. */
import { stringify } from 'csv-stringify/sync';
import type { Site } from '../data/content-schema.ts';
import { localize, type Lang } from '../lib/format.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { inLang } from '../i18n/ui.ts';
import { FALLBACK_WIDTH } from '../embed/fallback-height.ts';
import type { ReadyChart } from './model.ts';
import { chartFiles, type ChartEmbed } from './embeds.ts';
import { chartPng } from './chart-image.ts';
import { drawCardChart } from './card-chart.ts';
import { chartBox, shareCardPng } from './share-image.ts';

/** The chart's data as CSV, one row per figure or event drawn, each naming its sources. */
export function chartCsv({ module, rows }: ReadyChart, lang: Lang): string {
  const records = module.records(rows, lang);
  return stringify(records, { header: true, columns: Object.keys(records[0]), bom: false });
}

/** A chart's PNGs: the standalone image at 1x and 2x, and a 1200×675 share card. */
export type PngVariant = '1x' | '2x' | 'card';

/** The file name of each PNG of chart `id`: <id>.png, <id>@2x.png, <id>-card.png. */
export const PNG_NAMES: Record<PngVariant, (id: string) => string> = { '1x': (id) => id, '2x': (id) => `${id}@2x`, card: (id) => `${id}-card` };

/** The PNG `variant` of `chart` in `lang`. */
export function chartPngFile(chart: ReadyChart, site: Site, variant: PngVariant, lang: Lang): Promise<Uint8Array> {
  if (variant !== 'card') return chartPng(chart, site, variant === '2x' ? 2 : 1, lang);
  const title = localize(chart.meta.title, lang);
  const height = 675;
  return shareCardPng({
    title,
    dek: localize(chart.meta.dek, lang),
    // Only what fits the card: the timeline's latest events, not the whole of it shrunk to a sliver.
    chart: drawCardChart(chart, { lang, box: chartBox({ title, height }) }),
    height,
  });
}

/** The embed's oEmbed document (type "rich"), with URLs on `site`. */
export function oembedDocument(embed: ChartEmbed, site: URL | undefined) {
  return {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: embed.site.name,
    provider_url: absoluteUrl(inLang(embed.lang, '/'), site),
    author_name: embed.site.name,
    author_url: absoluteUrl(inLang(embed.lang, '/'), site),
    html: embed.code,
    width: FALLBACK_WIDTH,
    height: embed.height,
    thumbnail_url: absoluteUrl(chartFiles(embed.id, embed.lang, embed.pinned?.version).card, site),
    thumbnail_width: 1200,
    thumbnail_height: 675,
  };
}
