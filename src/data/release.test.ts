import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareVersions, digestFiles, sealOf, loadReleases, sha256 } from './release.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RELEASES = join(ROOT, 'content', 'releases');
/** The data of the latest recorded release: sound data every test release can be made of. */
const DATA = join(
  RELEASES,
  readdirSync(RELEASES)
    .filter((f) => /^\d/.test(f))
    .sort()
    .at(-1)!,
  'data',
);

/** A releases folder in a fresh temporary folder, named as in the project, so messages read `content/releases/…`. */
function releasesFolder() {
  const root = mkdtempSync(join(tmpdir(), 'h200-release-'));
  const dir = join(root, 'content', 'releases');
  mkdirSync(dir, { recursive: true });
  return { root, dir };
}

/** Writes a release of `DATA` as `npm run release` would, in the folder `folder` (by default its version). */
function writeRelease(dir: string, version: string, folder = version) {
  cpSync(DATA, join(dir, folder, 'data'), { recursive: true });
  const notes = { en: `Release ${version}.`, fr: `Version ${version}.` };
  const files = digestFiles(join(dir, folder, 'data'));
  writeFileSync(join(dir, folder, 'release.yaml'), stringify({ version, notes, files, seal: sealOf({ version, notes, files }) }));
}

describe('loadReleases(dir)', () => {
  it('orders releases by day, then by their number that day, not as text', () => {
    const { root, dir } = releasesFolder();
    for (const version of ['2026-12-02-10', '2026-12-02', '2026-12-03', '2026-12-02-2']) writeRelease(dir, version);
    expect(loadReleases(dir, root).map((r) => r.version)).toEqual(['2026-12-02', '2026-12-02-2', '2026-12-02-10', '2026-12-03']);
    rmSync(root, { recursive: true });
  });

  it('gives each release its day, notes, recorded checksums, data and folder', () => {
    const { root, dir } = releasesFolder();
    writeRelease(dir, '2026-12-02-2');
    const [release] = loadReleases(dir, root);
    expect(release).toMatchObject({
      version: '2026-12-02-2',
      date: '2026-12-02',
      notes: { fr: 'Version 2026-12-02-2.' },
      dir: 'content/releases/2026-12-02-2',
    });
    expect(release.files['figures.csv']).toBe(sha256(readFileSync(join(DATA, 'figures.csv'))));
    const ids = readFileSync(join(DATA, 'figures.csv'), 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]);
    expect(release.data.figures.map((f) => f.id)).toEqual(ids);
    rmSync(root, { recursive: true });
  });

  it('means no release yet when the folder does not exist', () => {
    expect(loadReleases(join(tmpdir(), 'h200-no-such-folder'))).toEqual([]);
  });

  it('passes over a README.md for editors and a hidden folder being written, and refuses any other file', () => {
    const { root, dir } = releasesFolder();
    writeRelease(dir, '2026-12-02');
    writeFileSync(join(dir, 'README.md'), '# Data releases\n');
    mkdirSync(join(dir, '.2026-12-03.1234'));
    expect(loadReleases(dir, root).map((r) => r.version)).toEqual(['2026-12-02']);
    writeFileSync(join(dir, 'notes.txt'), 'a note');
    expect(() => loadReleases(dir, root)).toThrow(/^content\/releases\/notes\.txt: got a file, expected only release folders here/);
    rmSync(root, { recursive: true });
  });

  it('refuses a data file changed after the release was recorded, saying how to restore it', () => {
    const { root, dir } = releasesFolder();
    writeRelease(dir, '2026-12-02');
    writeFileSync(join(dir, '2026-12-02', 'data', 'sources.csv'), `${readFileSync(join(DATA, 'sources.csv'), 'utf8')}\n`);
    expect(() => loadReleases(dir, root)).toThrow('content/releases/2026-12-02/data/sources.csv: has changed since release 2026-12-02 was recorded (SHA-256 ');
    expect(() => loadReleases(dir, root)).toThrow('restore it with git checkout -- content/releases/2026-12-02/data/sources.csv');
    rmSync(root, { recursive: true });
  });

  it("holds a release to the CSV-injection rule of today's data, even one recorded with its checksums", () => {
    const { root, dir } = releasesFolder();
    writeRelease(dir, '2026-12-02');
    const sources = join(dir, '2026-12-02', 'data', 'sources.csv');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace(',New rules curb chip sales to China,https:', ',@New rules curb chip sales to China,https:'));
    const yaml = join(dir, '2026-12-02', 'release.yaml');
    const files = digestFiles(join(dir, '2026-12-02', 'data'));
    const release = { version: '2026-12-02', notes: { en: 'A.', fr: 'B.' }, files };
    writeFileSync(yaml, stringify({ ...release, seal: sealOf(release) }));
    expect(() => loadReleases(dir, root)).toThrow(
      /^content\/releases\/2026-12-02\/data\/sources\.csv:\d+: field "title": got "@New rules curb chip sales to China", which starts with "@"/,
    );
    rmSync(root, { recursive: true });
  });

  it('refuses a folder not named after its version, and two releases of one version', () => {
    const { root, dir } = releasesFolder();
    writeRelease(dir, '2026-12-02', '2026-12-03');
    expect(() => loadReleases(dir, root)).toThrow(
      /^content\/releases\/2026-12-03\/release\.yaml:1: field "version": got "2026-12-02" in the folder "2026-12-03", expected the folder to be named after its version/,
    );
    writeRelease(dir, '2026-12-02');
    expect(() => loadReleases(dir, root)).toThrow(
      /^content\/releases\/2026-12-03\/release\.yaml:1: field "version": got "2026-12-02" again \(also in content\/releases\/2026-12-02\/release\.yaml\)/,
    );
    rmSync(root, { recursive: true });
  });
});

describe('compareVersions(a, b)', () => {
  it('puts a day before its second release, and the second before the tenth', () => {
    expect(['2026-12-02-10', '2026-12-03', '2026-12-02-2', '2026-12-02', '2026-11-29'].sort(compareVersions)).toEqual([
      '2026-11-29',
      '2026-12-02',
      '2026-12-02-2',
      '2026-12-02-10',
      '2026-12-03',
    ]);
  });
});
