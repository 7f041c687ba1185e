/** The data's releases as an Atom feed, one entry per release, newest first: /data/changes.xml, /fr/data/changes.xml. */
import type { APIContext } from 'astro';
import { getModel } from '../../../site/model.ts';
import { atomFeed, changesHome, releaseItems } from '../../../site/change-feed.ts';
import { absoluteUrl } from '../../../lib/urls.ts';
import { inLang, langPaths, t, type Lang } from '../../../i18n/ui.ts';

export function getStaticPaths() {
  return langPaths();
}

export async function GET({ props, site }: APIContext<{ lang: Lang }>) {
  const model = await getModel();
  const { lang } = props;
  const self = absoluteUrl(inLang(lang, '/data/changes.xml'), site);
  const title = t(lang, 'changes.feed-title', { site: model.site.name });
  const body = atomFeed(title, changesHome(lang, site), self, lang, releaseItems(model, lang, site), model.site.licence.name);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
