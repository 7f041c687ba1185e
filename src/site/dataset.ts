/**
 * The dataset as search engines and data catalogues read it: schema.org `Dataset` JSON-LD for the
 * /data/ page, with the latest release's version, coverage, licence, creator, downloads
 * (`DataDownload`) and the sources it is based on.
 */
import type { Release } from '../data/release.ts';
import type { Site } from '../data/content-schema.ts';
import type { Lang } from '../data/schema.ts';

/** A file a reader can download, as the /data/ page lists it. */
export interface DataFile {
  name: string;
  /** The site path (before the base is added). */
  href: string;
  bytes: number;
  mediaType: string;
}

/** The first and last dates of a release's events: what the data covers. */
export function coverage(release: Pick<Release, 'data'>): { first: string; last: string } {
  const dates = release.data.events.map((e) => e.date).sort();
  return { first: dates[0] ?? '', last: dates.at(-1) ?? '' };
}

/** The `Dataset` JSON-LD of `release`, with absolute addresses made by `absolute`. */
export function datasetJsonLd(
  release: Release,
  {
    site,
    lang,
    name,
    description,
    page,
    files,
    absolute,
  }: { site: Site; lang: Lang; name: string; description: string; page: string; files: DataFile[]; absolute: (path: string) => string },
) {
  const { first, last } = coverage(release);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: absolute(page),
    inLanguage: lang,
    version: release.version,
    dateModified: release.date,
    temporalCoverage: `${first}/${last}`,
    license: site.licence.url,
    creator: { '@type': 'Organization', name: site.name, url: absolute('/') },
    isAccessibleForFree: true,
    distribution: files.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      encodingFormat: f.mediaType,
      contentUrl: absolute(f.href),
      contentSize: `${f.bytes} B`,
    })),
    isBasedOn: [...new Set(release.data.sources.map((s) => s.url))],
  };
}
