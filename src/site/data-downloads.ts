/**
 * A release's downloads as the /data/ page lists them and its schema.org `DataDownload`s
 * describe them: the zip first, then the descriptor, the tables, the README and SHA256SUMS, each
 * with its address under the site's base, size, media type and SHA-256.
 */
import { sha256Hex } from '../lib/sha256sums.ts';
import { url } from '../lib/urls.ts';
import type { PackageFile } from '../datapackage/package.ts';
import { getDataPackage } from './data-packages.ts';

/** One download of a release. */
export interface DataDownload {
  /** The file's name, as saved: `figures.csv`, `h200-ledger-data-2026-12-02.zip`. */
  name: string;
  /** What the file is, for its label: the whole package as a zip, its descriptor, a table, the README or the checksums. */
  kind: 'zip' | 'descriptor' | 'table' | 'readme' | 'checksums';
  /** Its address from the site's root, under the base: `/data/2026-12-02/figures.csv`. */
  href: string;
  bytes: number;
  /** Its media type without parameters, as schema.org's encodingFormat takes it: `text/csv`. */
  mediaType: string;
  sha256: string;
}

/** The site path of a file of release `version`'s package. */
export const dataFilePath = (version: string, name: string) => `/data/${version}/${name}`;

const kindOf = (f: PackageFile): DataDownload['kind'] =>
  f.name.endsWith('.zip')
    ? 'zip'
    : f.name === 'datapackage.json'
      ? 'descriptor'
      : f.name.endsWith('.csv')
        ? 'table'
        : f.name === 'README.md'
          ? 'readme'
          : 'checksums';

/** Every download of release `version`, the zip first. */
export async function releaseDownloads(version: string): Promise<DataDownload[]> {
  const pkg = await getDataPackage(version);
  return [pkg.zip, ...pkg.files].map((f) => ({
    name: f.name,
    kind: kindOf(f),
    href: url(dataFilePath(version, f.name)),
    bytes: f.bytes.length,
    mediaType: f.mediaType.split(';')[0].trim(),
    sha256: sha256Hex(f.bytes),
  }));
}
