import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
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
    expect(verifyManifest(dir)).toEqual(["charts/a/a.csv: changed (SHA-256 differs from the manifest's)"]);
  });
  it("leaves out the root's SHA256SUMS, which lists the manifest in turn, but lists one in a folder", () => {
    writeFileSync(join(dir, 'SHA256SUMS'), 'x');
    writeFileSync(join(dir, 'charts', 'a', 'SHA256SUMS'), 'y');
    expect(buildManifest(dir, { name: 't', base: '', created: '' }).files.map((f) => f.path)).toEqual(['charts/a/SHA256SUMS', 'charts/a/a.csv', 'index.html']);
    expect(verifyManifest(dir)).toEqual(['charts/a/SHA256SUMS: not in the manifest']);
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
  it('names the files Finder and Explorer leave behind, since a package should hold only what it lists', () => {
    writeFileSync(join(dir, '.DS_Store'), 'x');
    writeFileSync(join(dir, 'charts', 'desktop.ini'), 'x');
    expect(verifyManifest(dir).sort()).toEqual([
      '.DS_Store: not in the manifest (a file an operating system left)',
      'charts/desktop.ini: not in the manifest (a file an operating system left)',
    ]);
  });
});

describe('verifyManifest(dir) on a package that is not what it seems', () => {
  it('names a symbolic link put where a listed file was, and does not follow it', () => {
    rmSync(join(dir, 'index.html'));
    symlinkSync('/etc/passwd', join(dir, 'index.html'));
    expect(verifyManifest(dir)).toEqual(['index.html: a symbolic link (to /etc/passwd) where a file is listed, expected the file itself']);
  });

  it('names a folder of the package replaced by a link to another folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'h200-outside-'));
    mkdirSync(join(outside, 'a'));
    writeFileSync(join(outside, 'a', 'a.csv'), 'id,value\nx,1\n');
    rmSync(join(dir, 'charts'), { recursive: true });
    symlinkSync(outside, join(dir, 'charts'));
    expect(verifyManifest(dir)).toEqual([
      `charts/: a symbolic link (to ${outside}), expected a folder of the package`,
      `charts: not in the manifest (a symbolic link (to ${outside}))`,
    ]);
  });

  it('names a directory where a file is listed', () => {
    rmSync(join(dir, 'index.html'));
    mkdirSync(join(dir, 'index.html'));
    expect(verifyManifest(dir)).toEqual(['index.html: a directory where a file is listed, expected the file itself']);
  });

  it('names a FIFO, listed or not, without ever opening it (so it cannot hang)', { timeout: 5000 }, () => {
    rmSync(join(dir, 'index.html'));
    execFileSync('mkfifo', [join(dir, 'index.html')]);
    execFileSync('mkfifo', [join(dir, 'charts', 'pipe')]);
    expect(verifyManifest(dir)).toEqual(['index.html: a FIFO where a file is listed, expected the file itself', 'charts/pipe: not in the manifest (a FIFO)']);
  });

  it('names an unlisted link to a file outside', () => {
    symlinkSync('/etc/hostname', join(dir, 'charts', 'a', 'extra.csv'));
    expect(verifyManifest(dir)).toEqual(['charts/a/extra.csv: not in the manifest (a symbolic link (to /etc/hostname))']);
  });
});
