/**
 * Records a release: copies a data folder into `content/releases/<version>/data/` beside its
 * `release.yaml`, all written in a hidden folder first and renamed into place, so a failure
 * leaves `content/releases/` as it was. Refuses when nothing changed since the last release.
 */
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DataError } from './errors.ts';
import { digestFiles, sealOf, loadReleases, RELEASE_FILES, type Release } from './release.ts';
import { isRealDate, type Localized } from './schema.ts';

/** What a new release needs: the day, and its notes in every language. */
export interface ReleaseRequest {
  /** The day of the release, `YYYY-MM-DD`. */
  date: string;
  notes: Localized;
}

/** The version a release made on `date` gets: the date, or the date with the next free suffix. */
export function nextVersion(date: string, releases: Pick<Release, 'version'>[]): string {
  const taken = new Set(releases.map((r) => r.version));
  if (!taken.has(date)) return date;
  let n = 2;
  while (taken.has(`${date}-${n}`)) n += 1;
  return `${date}-${n}`;
}

/**
 * Records the files of `dataDir` as a new release in `releasesDir` and returns its version.
 * The existing releases are checked first; the data folder itself is checked by the caller.
 */
export function recordRelease(dataDir: string, releasesDir: string, { date, notes }: ReleaseRequest, root = process.cwd()): string {
  // A release's version is its day: a day that does not exist would record a release no build could load.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) {
    throw new DataError({ file: 'content/releases' }, `got the day "${date}", expected a day written YYYY-MM-DD that exists on the calendar`);
  }
  const releases = loadReleases(releasesDir, root);
  const files = digestFiles(dataDir);
  const last = releases.at(-1);
  if (last && JSON.stringify(last.files) === JSON.stringify(files)) {
    throw new DataError(
      { file: 'content/data' },
      `has not changed since release ${last.version}, expected a change to record: a release records what changed since the last one`,
    );
  }
  if (last && date < last.date) {
    throw new DataError(
      { file: 'content/releases' },
      `holds release ${last.version}, later than ${date}, expected a release dated on or after the last one (leave out --date to release today)`,
    );
  }
  const missing = RELEASE_FILES.find((f) => !(f in files));
  if (missing) throw new DataError({ file: join('content/data', missing) }, 'cannot read the file: expected it in every release');

  const version = nextVersion(date, releases);
  const temporary = join(releasesDir, `.${version}.${process.pid}`);
  try {
    mkdirSync(join(temporary, 'data'), { recursive: true });
    for (const name of Object.keys(files)) cpSync(join(dataDir, name), join(temporary, 'data', name));
    // The copies are hashed again, so a file edited while it was copied cannot be recorded under its old digest.
    const copied = digestFiles(join(temporary, 'data'));
    writeFileSync(
      join(temporary, 'release.yaml'),
      stringify({ version, notes, files: copied, seal: sealOf({ version, notes, files: copied }) }, { lineWidth: 0 }),
    );
    renameSync(temporary, join(releasesDir, version));
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
  return version;
}
