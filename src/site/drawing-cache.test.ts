import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskCache } from './disk-cache.ts';
import { codeStamp, drawingCache, type DrawingInput } from './drawing-cache.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'drawing-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project with a chart function, its test and a lock file. */
function project(): string {
  const root = folder();
  mkdirSync(join(root, 'src/charts'), { recursive: true });
  writeFileSync(join(root, 'src/charts/bars.ts'), 'export const bars = 1;');
  writeFileSync(join(root, 'src/charts/bars.test.ts'), 'test();');
  writeFileSync(join(root, 'package-lock.json'), '{"d3": "7.9.0"}');
  return root;
}
const PATHS = ['src/charts', 'package-lock.json'];

describe('codeStamp({ root, words })', () => {
  it('changes when a chart function, the locked versions or the words change, not when a test does', () => {
    const root = project();
    const stamp = () => codeStamp({ root, words: { hello: 'Hello' }, paths: PATHS });
    const first = stamp();
    writeFileSync(join(root, 'src/charts/bars.test.ts'), 'test(); test();');
    expect(stamp()).toBe(first);
    writeFileSync(join(root, 'src/charts/bars.ts'), 'export const bars = 2;');
    const edited = stamp();
    expect(edited).not.toBe(first);
    writeFileSync(join(root, 'package-lock.json'), '{"d3": "7.9.1"}');
    expect(stamp()).not.toBe(edited);
    expect(codeStamp({ root, words: { hello: 'Bonjour' }, paths: PATHS })).not.toBe(stamp());
  });

  it('stops when the code is not where it looks, rather than stamp nothing', () => {
    expect(() => codeStamp({ root: folder(), words: {}, paths: PATHS })).toThrow(/expected src\/charts/);
  });
});

/** A build's worth of drawings: two charts, each at two widths in two languages, with rows made afresh as a new build's model does. */
function pass(draw: (input: DrawingInput, make: () => string) => string, bars = ['a', 'b'], events = ['x', 'y']) {
  const drawn: string[] = [];
  for (const [chart, rows] of [
    ['bars', bars.map((id) => ({ id }))],
    ['timeline', events.map((id) => ({ id }))],
  ] as const) {
    for (const width of [360, 720]) {
      for (const lang of ['en', 'fr']) {
        draw({ chart, rows, width, lang }, () => {
          drawn.push(`${chart} ${width} ${lang}`);
          return `<svg>${chart} ${JSON.stringify(rows)} ${width} ${lang}</svg>`;
        });
      }
    }
  }
  return drawn;
}

describe('drawingCache(store, stamp)', () => {
  it('draws everything on a cold cache, nothing on a second build, and only the chart whose rows changed on a third', () => {
    const dir = folder();
    const cached = () =>
      drawingCache(
        () => diskCache(dir, 'svg'),
        () => 'code 1',
      );
    expect(pass(cached())).toHaveLength(8);
    expect(pass(cached())).toEqual([]);
    expect(pass(cached(), ['a', 'b'], ['x', 'y edited'])).toEqual(['timeline 360 en', 'timeline 360 fr', 'timeline 720 en', 'timeline 720 fr']);
  });

  it('draws again a chart whose rows changed only in their revisions: a new release revised a figure', () => {
    const dir = folder();
    let drawn = 0;
    const draw = (rows: object[]) =>
      drawingCache(
        () => diskCache(dir, 'svg'),
        () => 'code',
      )({ chart: 'bars', rows, width: 360, lang: 'en' }, () => `<svg>${++drawn}</svg>`);
    const stock = { id: 'h200-inventory', bound: 'exact', value: 700000 };
    draw([stock]);
    draw([{ ...stock }]);
    expect(drawn).toBe(1);
    const revision = { version: '2026-12-02', date: '2026-12-02', before: { ...stock, bound: 'approximate' }, after: stock, fields: ['bound'] };
    expect(draw([{ ...stock, revisions: [revision] }])).toBe('<svg>2</svg>');
  });

  it('serves what was drawn, the same as drawing it', () => {
    const dir = folder();
    const input = { chart: 'bars', rows: [{ id: 'a' }], width: 720, lang: 'en' };
    const first = drawingCache(
      () => diskCache(dir, 'svg'),
      () => 'code',
    )(input, () => '<svg>drawn</svg>');
    const again = drawingCache(
      () => diskCache(dir, 'svg'),
      () => 'code',
    )(input, () => '<svg>not this</svg>');
    expect(again).toBe(first);
  });

  it('draws everything again when the code stamp changes', () => {
    const dir = folder();
    pass(
      drawingCache(
        () => diskCache(dir, 'svg'),
        () => 'code 1',
      ),
    );
    expect(
      pass(
        drawingCache(
          () => diskCache(dir, 'svg'),
          () => 'code 2',
        ),
      ),
    ).toHaveLength(8);
  });

  it('draws again an entry that was damaged, and stores it whole', () => {
    const dir = folder();
    pass(
      drawingCache(
        () => diskCache(dir, 'svg'),
        () => 'code',
      ),
    );
    const [entry] = readdirSync(dir);
    writeFileSync(join(dir, entry), 'not what was stored');
    expect(
      pass(
        drawingCache(
          () => diskCache(dir, 'svg'),
          () => 'code',
        ),
      ),
    ).toHaveLength(1);
    expect(
      pass(
        drawingCache(
          () => diskCache(dir, 'svg'),
          () => 'code',
        ),
      ),
    ).toEqual([]);
  });

  it('draws every time, and never stamps the code, without a cache (the dev server)', () => {
    let stamped = 0;
    const cached = drawingCache(
      () => undefined,
      () => `code ${stamped++}`,
    );
    expect(pass(cached)).toHaveLength(8);
    expect(pass(cached)).toHaveLength(8);
    expect(stamped).toBe(0);
  });
});
