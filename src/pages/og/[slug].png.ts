/** A share card per story, and one for the site: `/og/<slug>.png`. */
import type { APIContext } from 'astro';
import { getStories } from '../../lib/stories.ts';
import { usedIds } from '../../data/story-check.ts';
import { getChart } from '../../lib/content.ts';
import { shareCardPng, type ShareCard } from '../../lib/share-image.ts';

/** The SVG of the story's first chart of figures, drawn wide, for its card; none when it has no such chart. */
async function cardChart(body: string): Promise<string | undefined> {
  for (const id of usedIds(body, 'Chart')) {
    const { kind, module, rows } = await getChart(id);
    if (kind === 'figures') return module.render(rows, { width: 1240 });
  }
  return undefined;
}

export async function getStaticPaths() {
  const stories = await Promise.all(
    (await getStories()).map(async (s) => ({ params: { slug: s.slug }, props: { title: s.data.title, dek: s.data.dek, chart: await cardChart(s.entry.body ?? '') } })),
  );
  const site = { params: { slug: 'site' }, props: { title: "Nvidia's H200 chips and China, in data", dek: 'Orders, approvals, stock and shipments, and the policy moves behind them, with every number sourced.' } };
  return [...stories, site];
}

export function GET({ props }: APIContext<ShareCard>) {
  return new Response(new Uint8Array(shareCardPng(props)), { headers: { 'Content-Type': 'image/png' } });
}
