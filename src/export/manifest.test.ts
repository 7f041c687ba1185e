import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildManifest, MANIFEST, verifyManifest } from './manifest.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'h200-manifest-'));
  mkdirSync(join(dir, 'charts', 'a'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'charts', 'a', 'a.csv'), 'id,value\nx,1\n');
  writeFileSync(join(dir, MANIFEST), JSON.stringify(buildManifest(dir, { name: 't', base: 'https://p.example/', created: '2026-11-29T00:00:00Z' })));
});

describe('buildManifest(dir)', () => {
  it('lists every file but itself, with its size and SHA-256', () => {
    const { files } = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    expect(files).toEqual([
      { path: 'charts/a/a.csv', size: 13, sha256: sha256('id,value\nx,1\n') },
      { path: 'index.html', size: 31, sha256: sha256('<!doctype html><title>x</title>') },
    ]);
  });
});

describe('verifyManifest(dir)', () => {
  it('finds nothing wrong with an intact package', () => expect(verifyManifest(dir)).toEqual([]));
  it('names a file whose one byte changed, keeping its size', () => {
    writeFileSync(join(dir, 'charts', 'a', 'a.csv'), 'id,value\nx,2\n');
    expect(verifyManifest(dir)).toEqual(['charts/a/a.csv: changed (SHA-256 differs from the manifest\'s)']);
  });
  it('names a missing file and a file not in the manifest', () => {
    rmSync(join(dir, 'index.html'));
    writeFileSync(join(dir, 'extra.txt'), 'x');
    expect(verifyManifest(dir)).toEqual(['index.html: missing', 'extra.txt: not in the manifest']);
  });
  it('says when there is no manifest', () => {
    rmSync(join(dir, MANIFEST));
    expect(verifyManifest(dir)).toEqual([expect.stringMatching(/^manifest\.json: missing/)]);
  });
});

describe('verifyManifest(dir) on a manifest that is not to be trusted', () => {
  it('refuses entries that point outside the package or lack a size or checksum, naming them', () => {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    manifest.files.push({ path: '../outside.txt', size: 1, sha256: 'a'.repeat(64) }, { path: 'x.txt', size: '1', sha256: 'a'.repeat(64) }, { path: 42 });
    writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    expect(verifyManifest(dir)).toEqual([
      'manifest.json: files[2]: got path "../outside.txt", expected a path inside the package such as "site/index.html"',
      'manifest.json: files[3]: x.txt: got size "1", expected a whole number of bytes',
      'manifest.json: files[4]: got path 42, expected a path inside the package such as "site/index.html"',
    ]);
  });
  it("ignores the files Finder and Explorer leave behind", () => {
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, 'charts', 'Thumbs.db'), 'x');
    expect(verifyManifest(dir)).toEqual([]);
  });
});
