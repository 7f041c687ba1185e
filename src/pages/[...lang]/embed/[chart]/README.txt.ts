/** A chart's README for desk editors, in the embed's language: credit, licence, sources, the embed code for this site's address, the "as of" date and the files. */
import type { APIContext } from 'astro';
import { chartPaths, getEmbed } from '../../../../site/embeds.ts';
import { embedReadme } from '../../../../site/embed-readme.ts';
import type { Lang } from '../../../../i18n/ui.ts';

export function getStaticPaths() {
  return chartPaths();
}

export async function GET({ params, props, site }: APIContext<{ lang: Lang }>) {
  const text = embedReadme(await getEmbed(params.chart!, site, props.lang));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
