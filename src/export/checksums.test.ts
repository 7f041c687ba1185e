import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeSha256Sums } from './checksums.ts';

/** The checkers partners run: GNU coreutils' everywhere here, macOS's shasum (Perl) where it is installed. */
const CHECKERS = [['sha256sum', '-c', 'SHA256SUMS'], ...(existsSync('/usr/bin/shasum') ? [['/usr/bin/shasum', '-a', '256', '-c', 'SHA256SUMS']] : [])];
const checkWith = ([command, ...args]: string[], dir: string) => spawnSync(command, args, { cwd: dir, encoding: 'utf8' });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'h200-sums-'));
  mkdirSync(join(dir, 'site', 'data', '2026-12-02'), { recursive: true });
  writeFileSync(join(dir, 'README.txt'), 'Read me.\n');
  writeFileSync(join(dir, 'manifest.json'), '{}\n');
  writeFileSync(join(dir, 'site', 'data', '2026-12-02', 'figures.csv'), 'id,value\r\nx,1\r\n');
  writeFileSync(join(dir, 'site', 'a file with spaces.txt'), 'x');
});

describe('writeSha256Sums(dir)', () => {
  it('lists every file but itself, manifest.json included, in the form sha256sum writes', () => {
    expect(writeSha256Sums(dir)).toBe(4);
    const lines = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual(['README.txt', 'manifest.json', 'site/a file with spaces.txt', 'site/data/2026-12-02/figures.csv', '']);
    expect(lines[0]).toMatch(/^[0-9a-f]{64} {2}README\.txt$/);
  });

  it.each(CHECKERS.map((c) => [c.join(' '), c]))('writes a file `%s` accepts, and that fails once a byte of a file changes', (_, checker) => {
    writeSha256Sums(dir);
    const ok = checkWith(checker, dir);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(4);
    expect(ok.stdout).toContain('site/data/2026-12-02/figures.csv: OK');
    writeFileSync(join(dir, 'site', 'data', '2026-12-02', 'figures.csv'), 'id,value\r\nx,2\r\n');
    const changed = checkWith(checker, dir);
    expect(changed.status).not.toBe(0);
    expect(changed.stdout).toContain('site/data/2026-12-02/figures.csv: FAILED');
  });
});
