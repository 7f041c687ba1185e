/**
 * Each data release's package as a data user gets it from the built site: the zip downloaded,
 * unpacked, and checked against the SHA256SUMS it carries, by our parser and by the tools a
 * partner runs (sha256sum -c, and shasum -a 256 -c where it is installed); each file served alone
 * is the one in the zip, with its media type.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { VERSION } from '../src/data/release.ts';
import { parseSha256Sums, sha256Hex } from '../src/lib/sha256sums.ts';

const ROOT = join(import.meta.dirname, '..');
const versions = readdirSync(join(ROOT, 'content', 'releases')).filter((name) => VERSION.test(name));
const CHECKERS = [['sha256sum', '-c', 'SHA256SUMS'], ...(existsSync('/usr/bin/shasum') ? [['/usr/bin/shasum', '-a', '256', '-c', 'SHA256SUMS']] : [])];
const TYPES: Record<string, RegExp> = { json: /^application\/json/, csv: /^text\/csv/, md: /^text\/markdown/, zip: /^application\/zip/ };

test('there are releases to download', () => expect(versions.length).toBeGreaterThanOrEqual(2));

for (const version of versions) {
  test(`release ${version}: the zip downloaded from the site unpacks to files its SHA256SUMS vouches for, as sha256sum and shasum check them`, async ({
    request,
  }) => {
    const name = `h200-ledger-data-${version}`;
    const response = await request.get(`/data/${version}/${name}.zip`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(TYPES.zip);
    const entries = unzipSync(new Uint8Array(await response.body()));
    const files = Object.keys(entries).map((path) => path.slice(name.length + 1));
    expect(Object.keys(entries).every((path) => path.startsWith(`${name}/`))).toBe(true);
    expect(files.sort()).toEqual(
      [
        'README.md',
        'SHA256SUMS',
        'datapackage.json',
        'event_figures.csv',
        'event_sources.csv',
        'events.csv',
        'figure_sources.csv',
        'figures.csv',
        'sources.csv',
      ].sort(),
    );

    const sums = parseSha256Sums(new TextDecoder().decode(entries[`${name}/SHA256SUMS`]));
    expect(sums.map((s) => s.path).sort()).toEqual(files.filter((f) => f !== 'SHA256SUMS').sort());
    for (const { path, sha256 } of sums) expect(sha256Hex(entries[`${name}/${path}`]), path).toBe(sha256);

    const dir = mkdtempSync(join(tmpdir(), 'h200-zip-'));
    try {
      for (const [path, bytes] of Object.entries(entries)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), bytes);
      }
      for (const [command, ...args] of CHECKERS) {
        const run = spawnSync(command, args, { cwd: join(dir, name), encoding: 'utf8' });
        expect(run.status, `${command}: ${run.stdout}${run.stderr}`).toBe(0);
        expect(run.stdout.match(/: OK$/gm)).toHaveLength(sums.length);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Each file, downloaded alone, is the one in the zip.
    for (const file of files) {
      const alone = await request.get(`/data/${version}/${file}`);
      expect(alone.status(), file).toBe(200);
      const extension = file.split('.').at(-1)!;
      if (TYPES[extension]) expect(alone.headers()['content-type'], file).toMatch(TYPES[extension]);
      expect(sha256Hex(new Uint8Array(await alone.body())), file).toBe(sha256Hex(entries[`${name}/${file}`]));
    }
  });
}
