import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { loadReleases } from '../data/release.ts';
import { isRevision, releaseChanges } from '../data/release-diff.ts';
import { formatFigure } from '../lib/format.ts';
import { LANGUAGES } from '../i18n/ui.ts';
import { changeAnchor, correctionLinks, releaseEntries } from './changes.ts';
import { atomFeed, chartItems, jsonFeed, releaseItems } from './change-feed.ts';
import type { SiteModel, Story } from './model.ts';

const releases = loadReleases(join(process.cwd(), 'content', 'releases'));
const changes = releaseChanges(releases);
const latest = releases.at(-1)!;
const charts = new Map(latest.charts.map((meta) => [meta.id, { meta, kind: meta.id === 'policy-timeline' ? 'events' : 'figures' }]));
/** The parts of the site model the change log reads, from the recorded releases. */
function model(stories: Story[] = []): SiteModel {
  const edition = { stories, bySlug: new Map(), homes: new Map(), corrections: new Map(), newest: stories };
  return {
    releases,
    changes,
    charts,
    figures: new Map(latest.data.figures.map((f) => [f.id, f])),
    editions: { en: edition, fr: edition },
  } as unknown as SiteModel;
}
const site = new URL('https://example.org/');

describe('releaseEntries(model, lang)', () => {
  test('lists the releases newest first, the first one holding everything as added', () => {
    const entries = releaseEntries(model(), 'en');
    expect(entries.map((e) => e.version)).toEqual(releases.map((r) => r.version).reverse());
    const first = entries.at(-1)!;
    expect(first.first).toBe(true);
    expect(first.figures.filter((e) => e.action === 'added').map((e) => e.id)).toEqual(releases[0].data.figures.map((f) => f.id));
  });

  test('puts each revised figure first, with its number before and after', () => {
    const [newest] = releaseEntries(model(), 'en');
    const revised = changes.at(-1)!.changes.figures.changed.filter(isRevision);
    expect(revised.length).toBeGreaterThan(0);
    expect(newest.figures.slice(0, revised.length).map((e) => [e.action, e.id])).toEqual(revised.map((c) => ['revised', c.id]));
    for (const change of revised.filter((c) => c.fields.includes('bound'))) {
      const entry = newest.figures.find((e) => e.id === change.id)!;
      expect(entry.lines[0]).toEqual({
        field: 'Value',
        before: formatFigure(change.before, { lang: 'en' }),
        after: formatFigure(change.after, { lang: 'en' }),
      });
    }
  });

  test('gives every row an anchor of its own, in each language', () => {
    for (const lang of LANGUAGES) {
      const anchors = releaseEntries(model(), lang).flatMap((r) => [r.anchor, ...[...r.figures, ...r.events, ...r.sources].map((e) => e.anchor)]);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  test("quotes a correction on the entry of each figure it names, and the story's correction links there", () => {
    const [id] = changes
      .at(-1)!
      .changes.figures.changed.filter(isRevision)
      .map((c) => c.id);
    const update = { date: latest.date, kind: 'correction' as const, text: 'We corrected it.', charts: [], figures: [id] };
    const story = { slug: 'a-story', lang: 'en', data: { title: 'A story', updates: [update] } } as unknown as Story;
    const entry = releaseEntries(model([story]), 'en')[0].figures.find((e) => e.id === id)!;
    expect(entry.corrections.map((c) => c.update.text)).toEqual(['We corrected it.']);
    expect(correctionLinks(model([story]), update, 'fr')).toEqual([
      { id, name: latest.data.figures.find((f) => f.id === id)!.label.fr, href: `/fr/data/changes/#${changeAnchor(latest.version, 'figure', id)}` },
    ]);
  });

  test('links a correction to nothing when no release has changed its figure since', () => {
    const update = { date: '2999-01-01', kind: 'correction' as const, text: 'Not yet released.', charts: [], figures: ['h200-inventory'] };
    expect(correctionLinks(model(), update, 'en')).toEqual([]);
  });
});

describe('the change feeds', () => {
  test('the JSON Feed is version 1.1 with an item per release, newest first', () => {
    const feed = JSON.parse(jsonFeed('T', 'https://example.org/', 'https://example.org/data/changes.json', 'en', releaseItems(model(), 'en', site)));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i: { _h200: { version: string } }) => i._h200.version)).toEqual(releases.map((r) => r.version).reverse());
    for (const item of feed.items) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  test('the Atom feed has an entry per release, with the release notes', () => {
    const items = releaseItems(model(), 'fr', site);
    const xml = atomFeed('T', 'https://example.org/fr/data/changes/', 'https://example.org/fr/data/changes.xml', 'fr', items, 'CC BY 4.0');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries.map((e) => e.querySelector('id')!.textContent)).toEqual(items.map((i) => i.id));
    expect(entries[0].querySelector('summary')!.textContent).toContain(latest.notes.fr);
  });

  test("a chart's feed holds only the releases that touched what it draws", () => {
    const timeline = chartItems(model(), 'policy-timeline', 'en', site);
    expect(timeline.map((i) => i.version)).toEqual(releases.map((r) => r.version).reverse());
    const bars = chartItems(model(), 'orders-approvals-stock', 'en', site);
    const drawn = latest.charts.find((c) => c.id === 'orders-approvals-stock')!.figures!;
    const touched = changes.filter(({ changes: c }) => [...c.figures.added, ...c.figures.changed.map((x) => x.after)].some((f) => drawn.includes(f.id)));
    expect(bars.map((i) => i.version)).toEqual(touched.map((c) => c.release.version).reverse());
    expect(bars[0].text).toContain("Nvidia's H200 stock (h200-inventory)");
    expect(bars[0].text).not.toContain('(h200-us-share)');
  });
});
