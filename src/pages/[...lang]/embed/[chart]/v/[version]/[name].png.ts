/** A pinned chart as PNG, as its release drew it: /embed/<id>/v/<version>/<id>.png, <id>@2x.png and <id>-card.png. */
import type { APIContext } from 'astro';
import { pinnedPaths } from '../../../../../../site/embeds.ts';
import { getPinnedChart } from '../../../../../../site/pinned.ts';
import { getSite } from '../../../../../../site/content.ts';
import { chartPngFile, PNG_NAMES, type PngVariant } from '../../../../../../site/embed-files.ts';
import type { Lang } from '../../../../../../i18n/ui.ts';

export async function getStaticPaths() {
  return (await pinnedPaths()).flatMap(({ params, props }) =>
    (Object.keys(PNG_NAMES) as PngVariant[]).map((variant) => ({
      params: { ...params, name: PNG_NAMES[variant](params.chart) },
      props: { ...props, variant },
    })),
  );
}

export async function GET({ params, props }: APIContext<{ variant: PngVariant; lang: Lang }>) {
  const png = await chartPngFile(await getPinnedChart(params.chart!, params.version!), await getSite(), props.variant, props.lang);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
