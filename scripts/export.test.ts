import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** Runs `npm run export`'s script with `args`, on a copy of content/ changed by `edit`. */
function runExport(args: string[], edit?: (content: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'h200-export-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  edit?.(content);
  const result = spawnSync('node', ['scripts/export.ts', ...args.map((a) => a.replace('WORK', work))], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, H200_CONTENT: content, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  return { work, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/export.ts', { timeout: 120_000 }, () => {
  it('refuses a base that is not an absolute http(s) URL, saying what it expected', () => {
    for (const base of ['graphics/h200/', 'ftp://partner.example/h200/', 'https://partner.example/h200/?x=1']) {
      const { status, stderr } = runExport(['--base', base, '--out', 'WORK/export']);
      expect(status, base).toBe(1);
      expect(stderr.trim(), base).toMatch(/^Export failed: --base: got ".+", expected (an absolute http\(s\) URL|an http\(s\) URL|no \?query or #fragment)[^\n]*$/);
    }
  });

  it('stops on a malformed data row, naming file, line and field, and leaves the previous export and zip as they were', () => {
    const work = mkdtempSync(join(tmpdir(), 'h200-export-previous-'));
    mkdirSync(join(work, 'export'));
    writeFileSync(join(work, 'export', 'README.txt'), 'the previous export');
    writeFileSync(join(work, 'export.zip'), 'the previous zip');
    const { status, stderr } = runExport(['--base', 'https://partner.example/h200/', '--out', join(work, 'export')], (content) => {
      const file = join(content, 'data', 'figures.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('approximate,700000', 'approximate,"700,000"'));
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(/\[1\/5\] Building the site for https:\/\/partner\.example\/h200\//);
    expect(stderr).toMatch(/figures\.csv:4: field "value": got "700,000", expected a plain number/);
    expect(stderr).toContain('export/ and export.zip are unchanged');
    expect(readFileSync(join(work, 'export', 'README.txt'), 'utf8')).toBe('the previous export');
    expect(readFileSync(join(work, 'export.zip'), 'utf8')).toBe('the previous zip');
  });
});
