import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadyChart } from './model.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { drawChart } = await import('./content.ts');
const { CACHE_FOLDER_VARIABLE } = await import('./disk-cache.ts');

let drawn: string[] = [];
/** A chart as a new site model gives it: its rows made afresh from `titles`. */
const chart = (id: string, titles: string[]) =>
  ({
    meta: { id },
    module: {
      render: (rows: { title: string }[], { width, lang }: { width: number; lang: string }) => {
        drawn.push(`${id} ${width} ${lang}`);
        return `<svg>${rows.map((r) => r.title).join(', ')} ${width} ${lang}</svg>`;
      },
    },
    rows: titles.map((title) => ({ title })),
  }) as unknown as ReadyChart;

/** What a build draws: each chart narrow and wide, in both languages; returns the drawings made. */
function build(charts: ReadyChart[]): string[] {
  drawn = [];
  for (const c of charts) for (const width of [360, 720]) for (const lang of ['en', 'fr'] as const) drawChart(c, { width, lang });
  return drawn;
}

let folder: string | undefined;
afterEach(() => {
  delete process.env[CACHE_FOLDER_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('drawChart(chart, { width, lang })', () => {
  it('in a build, draws on a rebuild only the chart whose rows were edited', () => {
    folder = mkdtempSync(join(tmpdir(), 'content-'));
    process.env[CACHE_FOLDER_VARIABLE] = folder;
    expect(build([chart('bars', ['a', 'b']), chart('timeline', ['x', 'y'])])).toHaveLength(8);
    expect(build([chart('bars', ['a', 'b']), chart('timeline', ['x', 'y'])])).toEqual([]);
    expect(build([chart('bars', ['a', 'b']), chart('timeline', ['x', 'y, edited'])])).toEqual([
      'timeline 360 en',
      'timeline 360 fr',
      'timeline 720 en',
      'timeline 720 fr',
    ]);
    expect(drawChart(chart('timeline', ['x', 'y, edited']), { width: 720, lang: 'en' })).toBe('<svg>x, y, edited 720 en</svg>');
  });

  it('keeps two charts with the same rows apart', () => {
    folder = mkdtempSync(join(tmpdir(), 'content-'));
    process.env[CACHE_FOLDER_VARIABLE] = folder;
    build([chart('bars', ['a'])]);
    expect(build([chart('dots', ['a'])])).toHaveLength(4);
  });

  it('outside a build (the dev server), draws an edited model afresh, each drawing once for its rows', () => {
    const c = chart('bars', ['a']);
    expect(build([c])).toHaveLength(4);
    expect(build([c])).toEqual([]);
    expect(build([chart('bars', ['a'])])).toHaveLength(4);
  });
});
