/**
 * Pinned charts: each chart as a recorded release drew it, from that release's data and the texts
 * of its charts.yaml, each figure carrying only the revisions known at that release. Nothing in a
 * release's charts depends on a later release, so its pinned embeds stay the same, byte for byte,
 * when one is recorded.
 */
import type { Release } from '../data/release.ts';
import { figureRevisions, releaseChanges } from '../data/release-diff.ts';
import { figureRows, withRevisions } from '../charts/rows.ts';
import { getModel, readyChart, type SiteModel } from './model.ts';
import { placeCharts, type PlacedChart } from './placements.ts';

/** A release's charts, each in its placement without a window (its default view), by chart id. */
export interface PinnedRelease {
  version: string;
  /** The day it was recorded, `YYYY-MM-DD`. */
  date: string;
  charts: Map<string, PlacedChart>;
}

/**
 * Each release's charts, oldest first. Release `i` draws the charts its own charts.yaml lists,
 * from its own data, with the revisions of releases 0 to `i` alone.
 */
export function pinReleases(releases: readonly Release[]): PinnedRelease[] {
  return releases.map((release, i) => {
    const revisions = figureRevisions(releaseChanges(releases.slice(0, i + 1)));
    const figures = new Map(withRevisions(figureRows(release.data), revisions).map((f) => [f.id, f]));
    for (const meta of release.charts) {
      const missing = meta.figures?.find((id) => !figures.has(id));
      if (missing) {
        throw new Error(`${release.dir}/data/charts.yaml: chart "${meta.id}" lists figure "${missing}", expected the id of a row in the release's figures.csv`);
      }
    }
    const charts = new Map(release.charts.map((meta) => [meta.id, readyChart(meta, figures, release.data)]));
    return { version: release.version, date: release.date, charts: placeCharts(charts, []) };
  });
}

const pinned = new WeakMap<SiteModel, PinnedRelease[]>();

/** The site's releases with their charts, made once per site model. */
export async function getPinned(): Promise<PinnedRelease[]> {
  const model = await getModel();
  if (!pinned.has(model)) pinned.set(model, pinReleases(model.releases));
  return pinned.get(model)!;
}

/** The chart `id` as release `version` drew it, or an error naming the releases and charts there are. */
export async function getPinnedChart(id: string, version: string): Promise<PlacedChart> {
  const releases = await getPinned();
  const release = releases.find((r) => r.version === version);
  if (!release) throw new Error(`pinned embed "${id}": no release "${version}"; expected one of ${releases.map((r) => r.version).join(', ')}`);
  const chart = release.charts.get(id);
  if (!chart) throw new Error(`pinned embed "${id}": release ${version} has no such chart; expected one of ${[...release.charts.keys()].join(', ')}`);
  return chart;
}
