import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
let work: string;
let out: string;

/** Runs `npm run build`'s script on a copy of content/, into a folder that already holds a site. */
function build(edit?: (content: string) => void) {
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  edit?.(content);
  const result = spawnSync('node', ['scripts/build.mjs'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD_OUT: out, H200_CONTENT: content, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.match(from)) throw new Error(`${from} is no longer in ${file}: the test needs updating`);
  writeFileSync(file, text.replace(from, to));
};
/** A story's whole `updates:` list in its frontmatter, up to the next field. */
const UPDATES = /^updates:[\s\S]*?(?=^order:)/m;

describe('scripts/build.mjs', { timeout: 120_000 }, () => {
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'h200-build-'));
    out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'previous.html'), 'the previous site');
    writeFileSync(join(out, '_headers'), '# Written by the build (src/integrations/headers.ts): the previous one.\n');
  });

  it("refuses to share Astro's cache with a build still running, and leaves the previous output as it was", () => {
    mkdirSync(join(work, 'cache'));
    // This test's own process stands for the other build: it is alive while the build runs.
    writeFileSync(join(work, 'cache.lock'), String(process.pid));
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain(`another build (process ${process.pid}) is using Astro's cache ${join(work, 'cache')}`);
    expect(readFileSync(join(out, 'previous.html'), 'utf8')).toBe('the previous site');
  });

  it("replaces the previous output when the content is sound, showing a story's dated updates and corrections", () => {
    const updates = [
      'updates:',
      '  - { date: 2026-12-01, kind: update, text: "Added the May 2026 licence reports.", charts: [orders-approvals-stock] }',
      '  - { date: 2026-12-02, kind: correction, text: "An earlier version drew the stock as exact.", charts: [orders-approvals-stock] }',
      '  - { date: 2026-12-03, kind: correction, text: "An earlier version misdated the customs notice." }',
    ].join('\n');
    const { status, output } = build((content) => replaceIn(join(content, 'stories', 'h200-approvals-gap.en.mdx'), UPDATES, `${updates}\n`));
    expect(status, output).toBe(0);
    // Every page, embed, download and share card of the build is made from one site model (src/site/model.ts), built once.
    expect(output.match(/Site model built from /g), output).toHaveLength(1);
    expect(existsSync(join(out, 'previous.html'))).toBe(false);
    const html = readFileSync(join(out, 'stories', 'h200-approvals-gap', 'index.html'), 'utf8');
    expect(html).toContain('data-fact="h200-approved-by-china"');
    expect(html).toMatch(/Updated <time datetime="2026-12-03">3 December 2026<\/time>/);
    expect(html).toMatch(
      /<li class="update update-correction" id="update-3"><strong>Correction, <time datetime="2026-12-03">3 December 2026<\/time>:<\/strong> An earlier version misdated the customs notice\.<\/li>/,
    );
    expect(html).toContain('Added the May 2026 licence reports.');
    expect(html).toContain('"dateModified":"2026-12-03"');
    expect(html).toContain('<meta property="article:modified_time" content="2026-12-03"');

    // The embed of the corrected chart, and its README, lead to the latest correction of that chart; other charts' do not.
    const embed = readFileSync(join(out, 'embed', 'orders-approvals-stock', 'index.html'), 'utf8');
    expect(embed).toMatch(/Corrected <time datetime="2026-12-02">2 December 2026<\/time>:<\/strong> An earlier version drew the stock as exact\./);
    expect(embed).toContain('href="https://h200-ledger.example/stories/h200-approvals-gap/#update-2"');
    expect(html).toContain('id="update-2"');
    expect(readFileSync(join(out, 'embed', 'orders-approvals-stock', 'README.txt'), 'utf8')).toContain(
      'See https://h200-ledger.example/stories/h200-approvals-gap/#update-2',
    );
    expect(readFileSync(join(out, 'embed', 'figures-over-time', 'index.html'), 'utf8')).not.toContain('chart-correction');
  });
});
