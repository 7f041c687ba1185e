/**
 * Data releases: dated, immutable snapshots of `content/data/` kept in `content/releases/<version>/`.
 * Each holds `release.yaml` (its version, its notes in every language, and the SHA-256 of every
 * file) and `data/`, a verbatim copy of the data files as they were. Loading checks every folder
 * before any page is built: a file changed, missing or added after the release was recorded, a
 * version that is not a date, two releases of one version, notes missing a language. Pure Node.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { checkDataset } from './check.ts';
import { chartSchema, type Chart } from './content-schema.ts';
import { DataError, type Location } from './errors.ts';
import { loadCsv, loadYamlList, loadYamlRecord } from './load.ts';
import { eventSchema, figureSchema, isRealDate, localized, sourceSchema, type Event, type Figure, type Localized, type Source } from './schema.ts';

/** The files every release holds in its `data/` folder. */
export const RELEASE_FILES = ['figures.csv', 'sources.csv', 'events.yaml', 'charts.yaml'] as const;

/** A version: the day it was recorded, `YYYY-MM-DD`, with `-2`, `-3` … for a second or third release that day. */
export const VERSION = /^(\d{4}-\d{2}-\d{2})(?:-([2-9]|[1-9]\d+))?$/;

/** The hex SHA-256 of some bytes. */
export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/**
 * A figure as a release recorded it. Releases made before every row carried its source's own
 * words (the first, of 29 November 2026) have no quote; everything else is held to today's rules.
 */
export const releasedFigureSchema = figureSchema.extend({ quote: figureSchema.shape.quote.optional(), quoteSource: figureSchema.shape.quoteSource.optional() });

/** A figure of a release: a figure of today's data, whose quote a first release may lack. */
export type ReleasedFigure = Omit<Figure, 'quote' | 'quoteSource'> & Partial<Pick<Figure, 'quote' | 'quoteSource'>>;

/** The data of a release: the three data files, checked, and the charts' texts. */
export interface ReleaseData {
  sources: Source[];
  figures: ReleasedFigure[];
  events: Event[];
}

/** `content/releases/<version>/release.yaml`. */
export const releaseSchema = z
  .object({
    version: z
      .string({ error: 'a version written YYYY-MM-DD, the day of the release (YYYY-MM-DD-2 for a second that day)' })
      .refine(
        (s) => VERSION.test(s) && isRealDate(VERSION.exec(s)![1]),
        'a version written YYYY-MM-DD, a day that exists on the calendar (YYYY-MM-DD-2 for a second release that day)',
      ),
    notes: localized,
    files: z.record(
      z.string(),
      z.string({ error: "the file's SHA-256, 64 hex digits" }).regex(/^[0-9a-f]{64}$/, "the file's SHA-256, 64 lower-case hex digits"),
    ),
    /** The SHA-256 of the version, notes and files together (`sealOf`): a hand edit to the notes shows too. */
    seal: z.string({ error: 'the SHA-256 npm run release wrote when it recorded the release' }).regex(/^[0-9a-f]{64}$/, 'a SHA-256, 64 lower-case hex digits'),
  })
  .strict();

/** The seal of a release: the SHA-256 of its version, notes and file checksums, as recorded. */
export const sealOf = ({ version, notes, files }: { version: string; notes: Localized; files: Record<string, string> }) =>
  sha256(JSON.stringify({ version, notes: { en: notes.en, fr: notes.fr }, files: Object.fromEntries(Object.entries(files).sort()) }));

/** A recorded release, checked and loaded. */
export interface Release {
  version: string;
  /** The day it was recorded, `YYYY-MM-DD`. */
  date: string;
  notes: Localized;
  /** Each data file's name and SHA-256, as recorded. */
  files: Record<string, string>;
  data: ReleaseData;
  charts: Chart[];
  /** The release's folder, relative to the project. */
  dir: string;
}

/** The releases folder of a content folder. */
export const releasesDir = (content: string) => join(content, 'releases');

/**
 * Every release in `dir` (a `content/releases/` folder), oldest first, each checked against its
 * checksums and loaded. No folder means no release yet. Throws a `DataError` at the first fault.
 * Folders whose names start with a dot (a release being written) are not releases, and a
 * README.md beside them is for the people who edit the content.
 */
export function loadReleases(dir: string, root = process.cwd()): Release[] {
  if (!existsSync(dir)) return [];
  const name = (...parts: string[]) => relative(root, join(dir, ...parts));
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && e.name !== 'README.md')
    .sort((a, b) => a.name.localeCompare(b.name));
  const stray = folders.find((e) => !e.isDirectory());
  if (stray) {
    throw new DataError(
      { file: name(stray.name) },
      'got a file, expected only release folders here (content/releases/<version>/, recorded with npm run release) and a README.md',
    );
  }

  const seen = new Map<string, string>();
  const releases = folders.map((folder) => {
    const file = { path: join(dir, folder.name, 'release.yaml'), name: name(folder.name, 'release.yaml') };
    if (!existsSync(file.path)) {
      throw new DataError(
        { file: file.name },
        'cannot read the file: expected every release folder to hold its release.yaml (record releases with npm run release)',
      );
    }
    const { row, fieldLines } = loadYamlRecord(file, releaseSchema);
    const first = seen.get(row.version);
    if (first) {
      throw new DataError(
        { file: file.name, line: fieldLines?.version, field: 'version' },
        `got "${row.version}" again (also in ${first}), expected each release to have a version of its own: a second release on one day is ${row.version}-2 (npm run release numbers it)`,
      );
    }
    seen.set(row.version, file.name);
    if (folder.name !== row.version) {
      throw new DataError(
        { file: file.name, line: fieldLines?.version, field: 'version' },
        `got "${row.version}" in the folder "${folder.name}", expected the folder to be named after its version: rename the folder back to ${row.version} (a release's version never changes)`,
      );
    }
    if (sealOf(row) !== row.seal) {
      throw new DataError(
        { file: file.name, line: fieldLines?.notes, field: 'notes' },
        `has changed since release ${row.version} was recorded (its notes, version or checksums no longer match its seal), expected release.yaml as npm run release wrote it: restore it with git checkout -- ${file.name} (a release never changes; say more in the next release's notes)`,
      );
    }
    checkFiles(join(dir, folder.name, 'data'), name(folder.name, 'data'), row, { file: file.name, line: fieldLines?.files, field: 'files' });
    return { ...row, folder: join(dir, folder.name), dirName: name(folder.name) };
  });

  return releases
    .sort((a, b) => compareVersions(a.version, b.version))
    .map(({ version, notes, files, folder, dirName }) => {
      const data = join(folder, 'data');
      return { version, date: VERSION.exec(version)![1], notes, files, ...loadReleaseData(data, root), dir: dirName };
    });
}

/** Orders versions by day, then by their suffix: 2026-12-02, 2026-12-02-2, 2026-12-02-10. */
export function compareVersions(a: string, b: string): number {
  const [, da, na = '1'] = VERSION.exec(a)!;
  const [, db, nb = '1'] = VERSION.exec(b)!;
  return da.localeCompare(db) || Number(na) - Number(nb);
}

/** The files of `data` are exactly those recorded, each with its recorded SHA-256. */
function checkFiles(data: string, dataName: string, { version, files }: { version: string; files: Record<string, string> }, at: Location) {
  const missing = RELEASE_FILES.find((f) => !(f in files));
  if (missing) throw new DataError(at, `names no ${missing}, expected the SHA-256 of each of ${RELEASE_FILES.join(', ')}`);
  const present = existsSync(data) ? readdirSync(data) : [];
  const restore = (file: string) => `restore it with git checkout -- ${join(dataName, file)}`;
  for (const [file, digest] of Object.entries(files)) {
    if (!present.includes(file)) {
      throw new DataError(
        { file: join(dataName, file) },
        `is missing, expected every file release ${version} recorded: a release never changes (${restore(file)})`,
      );
    }
    const actual = sha256(readFileSync(join(data, file)));
    if (actual !== digest) {
      throw new DataError(
        { file: join(dataName, file) },
        `has changed since release ${version} was recorded (SHA-256 ${actual.slice(0, 12)}…), expected it as recorded (${digest.slice(0, 12)}… in release.yaml): ` +
          `a release never changes, so readers and partners can cite it (${restore(file)}, make corrections in content/data/ and record them with npm run release)`,
      );
    }
  }
  const extra = present.find((f) => !(f in files));
  if (extra) {
    throw new DataError(
      { file: join(dataName, extra) },
      `was not recorded in release ${version}, expected only the files it recorded: a release never changes (delete this file; new data goes in content/data/)`,
    );
  }
}

/** Loads the data files of a release's `data/` folder with the rules every release is held to. */
export function loadReleaseData(data: string, root = process.cwd()): { data: ReleaseData; charts: Chart[] } {
  const file = (f: string) => ({ path: join(data, f), name: relative(root, join(data, f)) });
  const checked = checkDataset({
    sources: loadCsv(file('sources.csv'), sourceSchema),
    figures: loadCsv(file('figures.csv'), releasedFigureSchema),
    events: loadYamlList(file('events.yaml'), eventSchema),
  });
  const charts = loadYamlList(file('charts.yaml'), chartSchema).map((c) => c.row);
  return { data: checked, charts };
}

/** The SHA-256 of each file of a data folder, by name: what a release records. */
export function digestFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort()
      .map((f) => [f, sha256(readFileSync(join(dir, f)))]),
  );
}
