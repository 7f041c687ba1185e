/** The data's releases as a JSON Feed 1.1, one item per release, newest first: /data/changes.json, /fr/data/changes.json. */
import type { APIContext } from 'astro';
import { getModel } from '../../../site/model.ts';
import { changesHome, jsonFeed, releaseItems } from '../../../site/change-feed.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { inLang, langPaths, t, type Lang } from '../../../i18n/ui.ts';

export function getStaticPaths() {
  return langPaths();
}

export async function GET({ props, site }: APIContext<{ lang: Lang }>) {
  const model = await getModel();
  const { lang } = props;
  const self = absoluteUrl(inLang(lang, '/data/changes.json'), site);
  const title = t(lang, 'changes.feed-title', { site: model.site.name });
  return new Response(jsonFeed(title, changesHome(lang, site), self, lang, releaseItems(model, lang, site)), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
