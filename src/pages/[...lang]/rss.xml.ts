/** An RSS feed of the stories in each language, newest update first: `/rss.xml`, `/fr/rss.xml`. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getStories } from '../../lib/stories.ts';
import { getSite } from '../../lib/content.ts';
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
  const stories = (await getStories(lang)).sort((a, b) => b.updated.localeCompare(a.updated));
  return rss({
    title: t(lang, 'rss.title', { site: site.name }),
    description: t(lang, 'site.tagline'),
    site: absoluteUrl(inLang(lang, '/'), context.site),
    items: stories.map((story) => ({
      title: story.data.title,
      description: story.data.dek,
      link: url(inLang(lang, `/stories/${story.slug}/`)),
      pubDate: new Date(story.data.published),
      customData: `<dc:creator>${escapeXml(story.data.byline.join(', '))}</dc:creator>`,
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${lang}</language><atom:link href="${absoluteUrl(inLang(lang, '/rss.xml'), context.site)}" rel="self" type="application/rss+xml"/><lastBuildDate>${new Date(stories[0].updated).toUTCString()}</lastBuildDate>`,
  });
}
