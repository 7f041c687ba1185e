/**
 * A release as a Frictionless Data Package (v2): `datapackage.json`, six CSV tables, a README.md
 * in every language and `SHA256SUMS`, and one zip holding them all. Its bytes depend on the
 * release, the site's settings, the README templates and this code alone: a later release never
 * changes an earlier one's package.
 */
import type { Site } from '../data/content-schema.ts';
import type { Lang } from '../data/schema.ts';
import type { Release } from '../data/release.ts';
import { formatSha256Sums, SHA256SUMS, sha256Hex } from '../lib/sha256sums.ts';
import { tableCsv } from './csv.ts';
import { packageDescriptor } from './descriptor.ts';
import { gradeRule } from './grades.ts';
import { packageReadme, readmeSummary, type ReadmeFacts } from './readme.ts';
import { releaseTables } from './tables.ts';
import { stableZip } from './zip.ts';

/** One file of a package. */
export interface PackageFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** A release's package: its files, in the order the zip holds them, and the zip. */
export interface DataPackage {
  version: string;
  files: PackageFile[];
  zip: PackageFile;
}

/** What a package is made from. */
export interface PackageInput {
  release: Pick<Release, 'version' | 'date' | 'notes' | 'data'>;
  site: Site;
  /** The README templates by language (content/datapackage/README.<lang>.md). */
  templates: Record<Lang, string>;
  /** The release's own data/README.md, and its name for errors: it states the grading rule the release used. */
  dataReadme: { text: string; file: string };
}

/** The package's name, for its descriptor and file names: the site's name in kebab-case, then "-data". */
export const packageName = (site: Pick<Site, 'name'>) =>
  `${site.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-data`;

/** The zip's file name for `version`: `h200-ledger-data-2026-12-02.zip`. */
export const zipName = (site: Pick<Site, 'name'>, version: string) => `${packageName(site)}-${version}.zip`;

const encode = (text: string) => new TextEncoder().encode(text);

/** The data package of one release. */
export function releasePackage({ release, site, templates, dataReadme }: PackageInput): DataPackage {
  const { version, date, notes, data } = release;
  const name = packageName(site);
  const zip = zipName(site, version);
  const facts: ReadmeFacts = { version, date, notes, data, site, title: `${site.name} data`, grades: gradeRule(dataReadme.text, dataReadme.file), zip };
  const tables = releaseTables(data).map((table) => ({ table, csv: tableCsv(table) }));
  const descriptor = packageDescriptor({ name, title: facts.title, description: readmeSummary(templates, facts), version }, site, tables);
  const files: PackageFile[] = [
    { name: 'datapackage.json', mediaType: 'application/json', bytes: encode(`${JSON.stringify(descriptor, null, 2)}\n`) },
    { name: 'README.md', mediaType: 'text/markdown; charset=utf-8', bytes: encode(packageReadme(templates, facts)) },
    ...tables.map(({ table, csv }) => ({ name: `${table.name}.csv`, mediaType: 'text/csv; charset=utf-8', bytes: encode(csv) })),
  ];
  files.push({
    name: SHA256SUMS,
    mediaType: 'text/plain; charset=utf-8',
    bytes: encode(formatSha256Sums(files.map((f) => ({ path: f.name, sha256: sha256Hex(f.bytes) })))),
  });
  const top = zip.replace(/\.zip$/, '');
  return {
    version,
    files,
    zip: {
      name: zip,
      mediaType: 'application/zip',
      bytes: stableZip(
        files.map((f) => [f.name, f.bytes]),
        top,
        date,
      ),
    },
  };
}
