import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
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
      expect(stderr.trim(), base).toMatch(
        /^Export failed: --base: got ".+", expected (an absolute http\(s\) URL|an http\(s\) URL|no \?query or #fragment)[^\n]*$/,
      );
    }
  });
});
