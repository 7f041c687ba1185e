/** A share card per story, and one for the site: `/og/<slug>.png`. */
import type { APIContext } from 'astro';
import { getStories } from '../../lib/stories.ts';
import { shareCardPng } from '../../lib/share-image.ts';

export async function getStaticPaths() {
  const stories = (await getStories()).map((s) => ({ params: { slug: s.slug }, props: { title: s.data.title, dek: s.data.dek } }));
  const site = { params: { slug: 'site' }, props: { title: "Nvidia's H200 chips and China, in data", dek: 'Orders, approvals, stock and shipments, and the policy moves behind them, with every number sourced.' } };
  return [...stories, site];
}

export function GET({ props }: APIContext<{ title: string; dek: string }>) {
  return new Response(new Uint8Array(shareCardPng(props)), { headers: { 'Content-Type': 'image/png' } });
}
