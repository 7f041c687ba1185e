/**
 * An RSS feed of the stories in each language, newest first: `/rss.xml`, `/fr/rss.xml`. Each
 * story is an item, and so is each of its dated updates and corrections, linking to its place on
 * the page, so a reader who follows the feed learns of a correction the day it is published.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getStories, updateAnchor } from '../../site/stories.ts';
import { getSite } from '../../site/content.ts';
import { absoluteUrl, url } from '../../lib/urls.ts';
import { inLang, langPaths, t, type Lang } from '../../i18n/ui.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function getStaticPaths() {
  return langPaths();
}

/** The feed, built with @astrojs/rss. */
export async function GET(context: APIContext<{ lang: Lang }>) {
  const { lang } = context.props;
  const site = await getSite();
  const stories = [...(await getStories(lang))].sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: t(lang, 'rss.title', { site: site.name }),
    description: t(lang, 'site.tagline'),
    site: absoluteUrl(inLang(lang, '/'), context.site),
    items: stories
      .flatMap((story) => {
        const path = inLang(lang, `/stories/${story.slug}/`);
        const link = url(path);
        const creator = `<dc:creator>${escapeXml(story.data.byline.join(', '))}</dc:creator>`;
        return [
          { title: story.data.title, description: story.data.dek, link, pubDate: new Date(story.data.published), customData: creator },
          ...story.data.updates.map((update) => ({
            title: t(lang, `rss.${update.kind}`, { title: story.data.title }),
            description: update.text,
            // An absolute address is kept as it is: @astrojs/rss would end a relative one with a slash, after the fragment.
            link: `${absoluteUrl(path, context.site)}#${updateAnchor(story, update)}`,
            pubDate: new Date(update.date),
            categories: [update.kind],
            customData: creator,
          })),
        ];
      })
      .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${lang}</language><atom:link href="${absoluteUrl(inLang(lang, '/rss.xml'), context.site)}" rel="self" type="application/rss+xml"/><lastBuildDate>${new Date(stories[0].updated).toUTCString()}</lastBuildDate>`,
  });
}
