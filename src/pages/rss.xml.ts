/** An RSS feed of the stories, newest update first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getStories } from '../lib/stories.ts';
import { absoluteUrl, url } from '../lib/urls.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The feed, built with @astrojs/rss. */
export async function GET(context: APIContext) {
  const stories = (await getStories()).sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: 'H200 Ledger',
    description: "Nvidia's H200 chips and China, in sourced data.",
    site: absoluteUrl('/', context.site),
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.dek,
      link: url(`/stories/${story.slug}/`),
      pubDate: new Date(story.data.published),
      customData: `<dc:creator>${escapeXml(story.data.byline.join(', '))}</dc:creator>`,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>en</language><atom:link href="${absoluteUrl('/rss.xml', context.site)}" rel="self" type="application/rss+xml"/><lastBuildDate>${new Date(stories[0].updated).toUTCString()}</lastBuildDate>`,
  });
}
