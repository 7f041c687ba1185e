import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { digestFiles, loadReleases } from './release.ts';
import { nextVersion, recordRelease } from './release-record.ts';

// A disk that fails while the release is renamed into place, for the test that needs one.
const disk = vi.hoisted(() => ({ fail: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (disk.fail) throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync };
});

const ROOT = join(import.meta.dirname, '..', '..');
const notes = { en: 'The stock is exact.', fr: 'Le stock est un chiffre net.' };
let root: string;
let data: string;
let releases: string;

/** Every file under `dir` and its bytes, hidden ones included: to tell whether a folder changed at all. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [relative(dir, join(dir, f)), readFileSync(join(dir, f), 'base64')]));
}

/** Edits the working data, as a journalist's correction would. */
function correct(file: string, from: string, to: string) {
  const text = readFileSync(join(data, file), 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is no longer in content/data/${file}: the test needs updating`);
  writeFileSync(join(data, file), text.replace(from, to));
}

beforeEach(() => {
  disk.fail = false;
  root = mkdtempSync(join(tmpdir(), 'h200-record-'));
  cpSync(join(ROOT, 'content', 'data'), join(root, 'content', 'data'), { recursive: true });
  cpSync(join(ROOT, 'content', 'releases'), join(root, 'content', 'releases'), { recursive: true });
  data = join(root, 'content', 'data');
  releases = join(root, 'content', 'releases');
  return () => rmSync(root, { recursive: true, force: true });
});

describe('recordRelease(dataDir, releasesDir, request)', () => {
  it('records a changed data folder as a release that then loads and verifies', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = loadReleases(releases, root);
    const version = recordRelease(data, releases, { date: '2026-12-09', notes }, root);
    expect(version).toBe('2026-12-09');
    const after = loadReleases(releases, root);
    expect(after.map((r) => r.version)).toEqual([...before.map((r) => r.version), '2026-12-09']);
    const recorded = after.at(-1)!;
    expect(recorded.notes).toEqual(notes);
    expect(recorded.files).toEqual(digestFiles(data));
    expect(recorded.data.figures.find((f) => f.id === 'h200-inventory')!.label.en).toBe("Nvidia's stock of H200");
    // The earlier releases are untouched.
    expect(after.slice(0, -1).map((r) => r.files)).toEqual(before.map((r) => r.files));
  });

  it('numbers a second release on the same day -2', () => {
    const last = loadReleases(releases, root).at(-1)!;
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    expect(recordRelease(data, releases, { date: last.date, notes }, root)).toBe(`${last.date}-2`);
    expect(
      loadReleases(releases, root)
        .map((r) => r.version)
        .at(-1),
    ).toBe(`${last.date}-2`);
  });

  it('refuses when nothing changed since the last release, and leaves the releases as they were', () => {
    const last = loadReleases(releases, root).at(-1)!;
    const before = snapshot(releases);
    expect(() => recordRelease(data, releases, { date: '2026-12-09', notes }, root)).toThrow(`content/data: has not changed since release ${last.version}`);
    expect(snapshot(releases)).toEqual(before);
  });

  it('refuses a day earlier than the last release, and leaves the releases as they were', () => {
    const last = loadReleases(releases, root).at(-1)!;
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = snapshot(releases);
    expect(() => recordRelease(data, releases, { date: '2026-11-30', notes }, root)).toThrow(
      `content/releases: holds release ${last.version}, later than 2026-11-30`,
    );
    expect(snapshot(releases)).toEqual(before);
  });

  it('refuses a day that does not exist, since no build could load the release', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = snapshot(releases);
    expect(() => recordRelease(data, releases, { date: '2026-12-32', notes }, root)).toThrow('got the day "2026-12-32", expected a day written YYYY-MM-DD');
    expect(snapshot(releases)).toEqual(before);
  });

  it('refuses a data folder missing one of its files', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    rmSync(join(data, 'events.yaml'));
    const before = snapshot(releases);
    expect(() => recordRelease(data, releases, { date: '2026-12-09', notes }, root)).toThrow('content/data/events.yaml: cannot read the file');
    expect(snapshot(releases)).toEqual(before);
  });

  it('leaves no half-written release, not even a hidden one, when the disk fails', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = snapshot(releases);
    const folders = readdirSync(releases);
    disk.fail = true;
    expect(() => recordRelease(data, releases, { date: '2026-12-09', notes }, root)).toThrow('ENOSPC');
    expect(readdirSync(releases)).toEqual(folders);
    expect(snapshot(releases)).toEqual(before);
  });
});

describe('nextVersion(date, releases)', () => {
  it('gives the day, or the day with the next free number', () => {
    expect(nextVersion('2026-12-09', [{ version: '2026-12-02' }])).toBe('2026-12-09');
    expect(nextVersion('2026-12-02', [{ version: '2026-12-02' }, { version: '2026-12-02-2' }])).toBe('2026-12-02-3');
  });
});
