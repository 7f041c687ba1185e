/**
 * `npm run release` (scripts/release.ts), run as npm runs it on a copy of content/: it records a
 * checked, changed data folder with notes in both languages, and otherwise refuses with one
 * message, leaving content/releases/ byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReleases } from '../src/data/release.ts';

const ROOT = join(import.meta.dirname, '..');
let work: string;
let content: string;

/** Runs the release script with this Node on the copy of content/. */
function release(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/release.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, H200_CONTENT: content },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Every file of content/releases/ and its bytes, hidden ones included. */
function releasesNow(): Record<string, string> {
  const dir = join(content, 'releases');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(dir, f), 'base64')]));
}

/** A correction to the working data, as a journalist would make it. */
function correct(file: string, from: string, to: string) {
  const path = join(content, 'data', file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is no longer in content/data/${file}: the test needs updating`);
  writeFileSync(path, text.replace(from, to));
}

/** The one line of the output naming `file`, checked to say what was expected and that nothing was recorded. */
function expectRefusal({ status, output }: { status: number | null; output: string }, file: string, says: string) {
  expect(status, output).toBe(1);
  const lines = output.split('\n').filter((l) => l.includes(file));
  expect(lines, output).toHaveLength(1);
  expect(lines[0].startsWith(file), output).toBe(true);
  expect(lines[0]).toContain(says);
  expect(output).toContain('No release recorded: content/releases/ is unchanged.');
  expect(output).not.toMatch(/^\s+at /m);
}

describe('scripts/release.ts', { timeout: 60_000 }, () => {
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'h200-release-cli-'));
    content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    return () => rmSync(work, { recursive: true, force: true });
  });

  it('records a corrected data folder with notes from a file, as a release that loads and verifies', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const notes = join(work, 'notes.yaml');
    writeFileSync(notes, 'en: "The stock\'s label is reworded."\nfr: "Le libellé du stock est reformulé."\n');
    const before = loadReleases(join(content, 'releases'), work).map((r) => r.version);
    const { status, output } = release('--notes-file', notes, '--date', '2026-12-09');
    expect(status, output).toBe(0);
    expect(output).toContain(`Recorded release 2026-12-09 in ${join(content, 'releases', '2026-12-09')}/.`);
    expect(output).toContain('figures: 0 added, 1 changed, 0 removed');
    const after = loadReleases(join(content, 'releases'), work);
    expect(after.map((r) => r.version)).toEqual([...before, '2026-12-09']);
    expect(after.at(-1)!.notes).toEqual({ en: "The stock's label is reworded.", fr: 'Le libellé du stock est reformulé.' });
    expect(readFileSync(join(content, 'releases', '2026-12-09', 'data', 'figures.csv'), 'utf8')).toBe(
      readFileSync(join(content, 'data', 'figures.csv'), 'utf8'),
    );
  });

  it('refuses notes without French, naming the flag, and records nothing', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = releasesNow();
    expectRefusal(release('--notes', 'The stock is reworded.', '--date', '2026-12-09'), '--notes-fr', 'expected the release notes in French (--notes-fr "…")');
    expect(releasesNow()).toEqual(before);
  });

  it('refuses a notes file without French, naming the file and the field', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const notes = join(work, 'notes.yaml');
    writeFileSync(notes, 'en: The stock is reworded.\n');
    const before = releasesNow();
    const result = release('--notes-file', notes, '--date', '2026-12-09');
    expectRefusal(result, notes, 'expected the release notes in French (fr: …)');
    expect(result.output).toContain(`${notes}: field "fr": got nothing`);
    expect(releasesNow()).toEqual(before);
  });

  it('refuses when the content check fails, naming the file, line and field', () => {
    correct('sources.csv', ',New rules curb chip sales to China,https:', ',=New rules curb chip sales to China,https:');
    const before = releasesNow();
    expectRefusal(
      release('--notes', 'A title.', '--notes-fr', 'Un titre.', '--date', '2026-12-09'),
      'content/data/sources.csv:',
      'field "title": got "=New rules',
    );
    expect(releasesNow()).toEqual(before);
  });

  it('refuses a day that does not exist, which would make a release no build could load', () => {
    correct('figures.csv', "Nvidia's H200 stock,", "Nvidia's stock of H200,");
    const before = releasesNow();
    expectRefusal(release('--notes', 'Reworded.', '--notes-fr', 'Reformulé.', '--date', '2026-02-30'), '--date', 'got "2026-02-30", expected a day');
    expect(releasesNow()).toEqual(before);
  });

  it('refuses when nothing changed since the last release', () => {
    const last = loadReleases(join(content, 'releases'), work).at(-1)!;
    const before = releasesNow();
    expectRefusal(
      release('--notes', 'Nothing.', '--notes-fr', 'Rien.', '--date', '2026-12-09'),
      'content/data:',
      `has not changed since release ${last.version}`,
    );
    expect(releasesNow()).toEqual(before);
  });
});
