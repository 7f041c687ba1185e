/** A chart as PNG: /embed/<id>/<id>.png (1x), <id>@2x.png (2x) and <id>-card.png (a 1200×675 share card). */
import type { APIContext } from 'astro';
import { chartPaths } from '../../../../site/embeds.ts';
import type { Lang } from '../../../../i18n/ui.ts';
import { getChart, getSite } from '../../../../site/content.ts';
import { chartPngFile, PNG_NAMES, type PngVariant } from '../../../../site/embed-files.ts';

export async function getStaticPaths() {
  return (await chartPaths()).flatMap(({ params, props }) =>
    (Object.keys(PNG_NAMES) as PngVariant[]).map((variant) => ({
      params: { ...params, name: PNG_NAMES[variant](params.chart) },
      props: { ...props, variant },
    })),
  );
}

export async function GET({ params, props }: APIContext<{ variant: PngVariant; lang: Lang }>) {
  const png = await chartPngFile(await getChart(params.chart!), await getSite(), props.variant, props.lang);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
