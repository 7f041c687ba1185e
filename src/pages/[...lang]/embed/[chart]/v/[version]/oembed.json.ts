/** A pinned embed's oEmbed document (type "rich"), whose code embeds the chart as its release drew it: /embed/<id>/v/<version>/oembed.json. */
import type { APIContext } from 'astro';
import { getEmbed, pinnedPaths } from '../../../../../../site/embeds.ts';
import { oembedDocument } from '../../../../../../site/embed-files.ts';
import type { Lang } from '../../../../../../i18n/ui.ts';

export function getStaticPaths() {
  return pinnedPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const document = oembedDocument(await getEmbed(params.chart!, site, props.lang, params.version!), site);
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
