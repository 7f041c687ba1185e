/** A chart's oEmbed document (type "rich"), found from its embed page by oEmbed discovery: /embed/<id>/oembed.json. */
import type { APIContext } from 'astro';
import { chartPaths, getEmbed } from '../../../../site/embeds.ts';
import { oembedDocument } from '../../../../site/embed-files.ts';
import type { Lang } from '../../../../i18n/ui.ts';

export function getStaticPaths() {
  return chartPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const document = oembedDocument(await getEmbed(params.chart!, site, props.lang), site);
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
