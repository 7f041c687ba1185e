/** A chart's oEmbed document (type "rich"), found from its embed page by oEmbed discovery: /embed/<id>/oembed.json. */
import type { APIContext } from 'astro';
import { chartFiles, chartPaths, getEmbed } from '../../../../site/embeds.ts';
import { inLang, type Lang } from '../../../../i18n/ui.ts';
import { absoluteUrl } from '../../../../lib/urls.ts';
import { FALLBACK_WIDTH } from '../../../../embed/fallback-height.ts';

export function getStaticPaths() {
  return chartPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const embed = await getEmbed(params.chart!, site, props.lang);
  const document = {
    version: '1.0',
    type: 'rich',
    title: embed.title,
    provider_name: embed.site.name,
    provider_url: absoluteUrl(inLang(props.lang, '/'), site),
    author_name: embed.site.name,
    author_url: absoluteUrl(inLang(props.lang, '/'), site),
    html: embed.code,
    width: FALLBACK_WIDTH,
    height: embed.height,
    thumbnail_url: absoluteUrl(chartFiles(embed.id, props.lang).card, site),
    thumbnail_width: 1200,
    thumbnail_height: 675,
  };
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
