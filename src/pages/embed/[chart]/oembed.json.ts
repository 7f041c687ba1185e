/** A chart's oEmbed document (type "rich"), found from its embed page by oEmbed discovery: /embed/<id>/oembed.json. */
import type { APIContext } from 'astro';
import { chartFiles, embeddedChartIds, getEmbed } from '../../../lib/embeds.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { FALLBACK_WIDTH } from '../../../embed/fallback-height.ts';

export async function getStaticPaths() {
  return (await embeddedChartIds()).map((chart) => ({ params: { chart } }));
}

export async function GET({ params, site }: APIContext) {
  const embed = await getEmbed(params.chart!, site);
  const document = {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: embed.site.name,
    provider_url: absoluteUrl('/', site),
    author_name: embed.site.name,
    author_url: absoluteUrl('/', site),
    html: embed.code,
    width: FALLBACK_WIDTH,
    height: embed.height,
    thumbnail_url: absoluteUrl(chartFiles(embed.id).card, site),
    thumbnail_width: 1200,
    thumbnail_height: 675,
  };
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
