/** A pinned embed's README: as the live embed's, naming its release, the live embed and what changed since: /embed/<id>/v/<version>/README.txt. */
import type { APIContext } from 'astro';
import { getEmbed, pinnedPaths } from '../../../../../../site/embeds.ts';
import { embedReadme } from '../../../../../../site/embed-readme.ts';
import type { Lang } from '../../../../../../i18n/ui.ts';

export function getStaticPaths() {
  return pinnedPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const text = embedReadme(await getEmbed(params.chart!, site, props.lang, params.version!));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
