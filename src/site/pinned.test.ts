import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadReleases, type Release } from '../data/release.ts';
import { LATEST } from '../data/window.ts';
import type { EventRow, FigureRow } from '../charts/rows.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { pinReleases } = await import('./pinned.ts');

const ROOT = join(import.meta.dirname, '..', '..');
/** The recorded releases: the data as first published, then after the December audit. */
const releases = loadReleases(join(ROOT, 'content', 'releases'), ROOT);
const [first, audited] = releases;
const figure = (release: Release, id: string) => release.data.figures.find((f) => f.id === id)!;
/** A figure whose number the audit changed: the stock, "about 700,000" at first, exactly 700,000 after. */
const REVISED = 'h200-inventory';
const rowsOf = (pinned: ReturnType<typeof pinReleases>[number], chart: string) => pinned.charts.get(chart)!.rows as FigureRow[];

/** A release after the last, recorded three days later, that revises the stock again. */
function laterRelease(): Release {
  const figures = audited.data.figures.map((f) => (f.id === REVISED ? { ...f, value: 650000 } : f));
  return { ...audited, version: '2026-12-05', date: '2026-12-05', data: { ...audited.data, figures }, dir: 'content/releases/2026-12-05' };
}

describe('pinReleases(releases)', () => {
  const pinned = pinReleases(releases);

  it("draws each release's charts from its own data", () => {
    expect(figure(first, REVISED).bound).not.toBe(figure(audited, REVISED).bound);
    for (const [i, release] of releases.entries()) {
      const stock = rowsOf(pinned[i], 'orders-approvals-stock').find((f) => f.id === REVISED)!;
      expect(stock).toMatchObject({ bound: figure(release, REVISED).bound, value: figure(release, REVISED).value });
      expect(stock.quote).toBe(figure(release, REVISED).quote);
    }
  });

  it("uses the texts of the release's charts.yaml, not today's", () => {
    for (const [i, release] of releases.entries()) {
      for (const meta of release.charts) expect(pinned[i].charts.get(meta.id)!.meta).toEqual(meta);
    }
    const notes = (i: number) => pinned[i].charts.get('orders-approvals-stock')!.meta.notes;
    expect(notes(0)).not.toEqual(notes(1));
  });

  it('gives each figure only the revisions of its release and those before it', () => {
    expect(rowsOf(pinned[0], 'orders-approvals-stock').every((f) => (f.revisions ?? []).length === 0)).toBe(true);
    const stock = rowsOf(pinned[1], 'orders-approvals-stock').find((f) => f.id === REVISED)!;
    expect(stock.revisions?.map((r) => [r.version, r.before.bound, r.after.bound])).toEqual([
      [audited.version, figure(first, REVISED).bound, figure(audited, REVISED).bound],
    ]);
  });

  it('changes nothing in the charts of earlier releases when a later one is recorded', () => {
    const again = pinReleases([...releases, laterRelease()]);
    expect(again).toHaveLength(releases.length + 1);
    for (const i of releases.keys()) expect(JSON.stringify([...again[i].charts])).toBe(JSON.stringify([...pinned[i].charts]));
    const stock = rowsOf(again[2], 'orders-approvals-stock').find((f) => f.id === REVISED)!;
    expect(stock.value).toBe(650000);
    expect(stock.revisions?.map((r) => r.version)).toEqual([audited.version, '2026-12-05']);
  });

  it('shows the timeline in its default view: the latest events of the release, and how many it has', () => {
    for (const [i, release] of releases.entries()) {
      const timeline = pinned[i].charts.get('policy-timeline')!;
      const events = [...release.data.events].sort((a, b) => a.date.localeCompare(b.date));
      expect((timeline.rows as EventRow[]).map((e) => e.id)).toEqual(events.slice(-LATEST).map((e) => e.id));
      expect(timeline.total).toBe(events.length);
      expect(timeline.placement.id).toBe('policy-timeline');
    }
  });

  it('names the file and the figure when a chart lists a figure the release lacks', () => {
    const charts = first.charts.map((c) => (c.id === 'orders-approvals-stock' ? { ...c, figures: [...(c.figures ?? []), 'no-such-figure'] } : c));
    expect(() => pinReleases([{ ...first, charts }])).toThrow(
      `${first.dir}/data/charts.yaml: chart "orders-approvals-stock" lists figure "no-such-figure", expected the id of a row in the release's figures.csv`,
    );
  });
});
