import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { growth, syntheticContent, type BuildResult } from './scale.ts';
import { checkContent } from '../src/data/content-check.ts';
import { loadFrontmatter } from '../src/data/load.ts';
import { storySchema } from '../src/data/content-schema.ts';

const CONTENT = join(import.meta.dirname, '..', 'content');
const work = mkdtempSync(join(tmpdir(), 'h200-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, by its path inside it, with its bytes. */
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]),
  );

describe('syntheticContent', () => {
  const original = checkContent(CONTENT);

  it('makes content at 10× that passes the site’s content check, with exactly 10× the stories, figures and events', () => {
    const to = join(work, 'content-10x');
    const counts = syntheticContent(CONTENT, to, 10);
    const checked = checkContent(to);
    expect(checked).toEqual({ ...original, stories: original.stories * 10, figures: original.figures * 10, events: original.events * 10 });
    expect(counts).toEqual({ stories: (original.stories / 2) * 10, storyFiles: checked.stories, figures: checked.figures, events: checked.events });
  });

  it('keeps the original stories first on the home page, the lead story leading', () => {
    const to = join(work, 'content-order');
    syntheticContent(CONTENT, to, 3);
    const order = (dir: string, name: string) => loadFrontmatter({ path: join(dir, 'stories', name), name }, storySchema).row.order;
    const originals = readdirSync(join(CONTENT, 'stories')).map((name) => order(CONTENT, name));
    const copies = readdirSync(join(to, 'stories'))
      .filter((name) => /-s\d+\./.test(name))
      .map((name) => order(to, name));
    expect(Math.min(...copies)).toBeGreaterThan(Math.max(...originals));
    expect(order(to, 'h200-approvals-gap-s1.en.mdx')).toBeLessThan(order(to, 'how-we-got-here-s1.en.mdx'));
  });

  it('copies the content folder byte for byte at 1×', () => {
    const to = join(work, 'content-1x');
    syntheticContent(CONTENT, to, 1);
    expect(files(to)).toEqual(files(CONTENT));
  });
});

describe('growth', () => {
  const result = (factor: number, seconds: number, pages: number, bytes: number, ok = true, timedOut = false): BuildResult => ({
    factor,
    counts: { stories: 3 * factor, storyFiles: 6 * factor, figures: 26 * factor, events: 33 * factor },
    ok,
    status: ok ? 0 : timedOut ? null : 1,
    signal: timedOut ? 'SIGKILL' : null,
    timedOut,
    seconds,
    pages,
    files: pages,
    bytes,
    written: pages,
  });

  it('gives each scale’s time, pages and bytes as ratios to the 1× build, and nothing for a failed build', () => {
    expect(growth([result(1, 20, 30, 1000), result(10, 50, 120, 4000), result(100, 900, 0, 0, false)])).toEqual([
      { factor: 1, time: 1, timeAtLeast: false, pages: 1, bytes: 1 },
      { factor: 10, time: 2.5, timeAtLeast: false, pages: 4, bytes: 4 },
      { factor: 100, time: null, timeAtLeast: false, pages: null, bytes: null },
    ]);
  });

  it('gives a build stopped at its time limit a lower bound for time, and no pages or bytes', () => {
    expect(growth([result(1, 20, 30, 1000), result(100, 1200, 0, 0, false, true)])[1]).toEqual({
      factor: 100,
      time: 60,
      timeAtLeast: true,
      pages: null,
      bytes: null,
    });
  });
});
