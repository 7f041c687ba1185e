/**
 * The data's change feeds: one entry per release, newest first, as Atom (`/data/changes.xml`,
 * through the feed library) and JSON Feed 1.1 (`/data/changes.json`), and per chart
 * (`/embed/<chart>/changes.json`), where an entry names the chart's own figures or events that
 * the release added, revised, changed or removed, so a partner can watch the charts it embeds.
 */
import { Feed } from 'feed';
import { absoluteUrl } from '../lib/urls.ts';
import { inLang, t, type Lang } from '../i18n/ui.ts';
import { changesPath, releaseEntries, type ChangeEntry, type ReleaseEntry } from './changes.ts';
import type { SiteModel } from './model.ts';

/** An entry of a change feed. */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  /** The release notes, then what changed, as plain text. */
  text: string;
  /** The release's day, `YYYY-MM-DD`. */
  date: string;
  version: string;
}

/** What a release changed, kind by kind: "Figures: 3 revised, 4 added." */
function counts(entries: ChangeEntry[], kind: string, lang: Lang): string | undefined {
  if (entries.length === 0) return undefined;
  const groups = [...Map.groupBy(entries, (e) => e.action)].map(([action, list]) => t(lang, `changes.tally.${action}`, { n: list.length }));
  return `${t(lang, `changes.kind.${kind}`)}${t(lang, 'punct.colon')}${groups.join(', ')}.`;
}

/** The entries of the whole data's feed, newest first. */
export function releaseItems(model: SiteModel, lang: Lang, site: URL | undefined): FeedItem[] {
  return releaseEntries(model, lang).map((release) => {
    const lines = [counts(release.figures, 'figures', lang), counts(release.events, 'events', lang), counts(release.sources, 'sources', lang)];
    return item(release, [release.notes, ...lines.filter((l) => l !== undefined)].join('\n\n'), lang, site);
  });
}

/** The entries of one chart's feed: the releases that touched its figures (or, for the timeline, its events), newest first. */
export function chartItems(model: SiteModel, chartId: string, lang: Lang, site: URL | undefined): FeedItem[] {
  const chart = model.charts.get(chartId)!;
  // The entries are newest first: the recorded releases, read backwards, stand beside them.
  const recorded = [...model.releases].reverse();
  return releaseEntries(model, lang).flatMap((release, i) => {
    const version = recorded[i];
    // A figure chart draws the figures its charts.yaml lists, then or now, or every figure where it lists none.
    const lists = [version.charts.find((c) => c.id === chartId), chart.meta].filter((m) => m !== undefined).map((m) => m.figures);
    const own =
      chart.kind === 'events'
        ? release.events
        : lists.some((l) => l === undefined)
          ? release.figures
          : release.figures.filter((e) => lists.some((l) => l!.includes(e.id)));
    if (own.length === 0) return [];
    const lines = own.map((e) => {
      const said = e.lines.map((l) => `${l.field}${t(lang, 'punct.colon')}${l.before ?? t(lang, 'changes.none')} → ${l.after ?? t(lang, 'changes.none')}`);
      return [`${t(lang, `changes.short.${e.action}`)}${t(lang, 'punct.colon')}${e.name} (${e.id})`, ...said.map((s) => `  ${s}`)].join('\n');
    });
    return [item(release, [release.notes, ...lines].join('\n\n'), lang, site)];
  });
}

function item(release: ReleaseEntry, text: string, lang: Lang, site: URL | undefined): FeedItem {
  const url = absoluteUrl(changesPath(lang, release.anchor), site);
  return { id: url, url, title: t(lang, 'changes.entry-title', { version: release.version }), text, date: release.date, version: release.version };
}

/** A feed as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); `_h200.version` names each entry's release. */
export function jsonFeed(title: string, home: string, feedUrl: string, lang: Lang, items: FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: home,
    feed_url: feedUrl,
    language: lang,
    items: items.map((i) => ({
      id: i.id,
      url: i.url,
      title: i.title,
      content_text: i.text,
      date_published: `${i.date}T00:00:00Z`,
      _h200: { version: i.version },
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** A feed as Atom 1.0, written by the feed library. */
export function atomFeed(title: string, home: string, feedUrl: string, lang: Lang, items: FeedItem[], rights: string): string {
  const updated = items[0] ? new Date(`${items[0].date}T00:00:00Z`) : new Date(0);
  const feed = new Feed({ title, id: feedUrl, link: home, language: lang, updated, copyright: rights, feedLinks: { atom: feedUrl } });
  for (const i of items) {
    const date = new Date(`${i.date}T00:00:00Z`);
    feed.addItem({ title: i.title, id: i.id, link: i.url, description: i.text, date, published: date });
  }
  return feed.atom1();
}

/** The home page of the change feeds: the changes page in `lang`, absolute. */
export const changesHome = (lang: Lang, site: URL | undefined) => absoluteUrl(inLang(lang, '/data/changes/'), site);
