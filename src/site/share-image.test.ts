import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// resvg counted, not run: what matters here is how often a card is drawn.
vi.mock('@resvg/resvg-js', () => ({
  renderAsync: vi.fn(async (svg: string, options: { fitTo: { value: number } }) => {
    await new Promise((done) => setTimeout(done, 5));
    return { asPng: () => Buffer.from(`PNG ×${options.fitTo.value} of ${svg}`) };
  }),
}));
const { renderAsync } = await import('@resvg/resvg-js');
const { renderPng, shareCardPng } = await import('./share-image.ts');
const { CACHE_FOLDER_VARIABLE } = await import('./disk-cache.ts');

const chart = '<svg viewBox="0 0 1240 400"><rect width="10" height="10"/></svg>';
const storyCard = { title: 'The approvals gap', dek: 'Orders, approvals, stock.', chart };
/** Another page's card that comes out the same, such as a story's in a language where its headline reads the same. */
const chartCard = { ...storyCard };
const otherCard = { title: 'How we got here', dek: 'Four years of moves.' };

/** One build's share cards, one after another as pages are rendered; resolves to how many were drawn. */
async function build(cards: object[]): Promise<number> {
  vi.mocked(renderAsync).mockClear();
  for (const card of cards) await shareCardPng(card as typeof storyCard);
  return vi.mocked(renderAsync).mock.calls.length;
}

let folder: string | undefined;
beforeEach(() => vi.mocked(renderAsync).mockClear());
afterEach(() => {
  delete process.env[CACHE_FOLDER_VARIABLE];
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

describe('shareCardPng(card)', () => {
  it('draws identical share cards once when pages ask for them at the same time', async () => {
    const [a, b, c] = await Promise.all([shareCardPng(storyCard), shareCardPng(chartCard), shareCardPng(otherCard)]);
    expect(vi.mocked(renderAsync)).toHaveBeenCalledTimes(2);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('in a build, draws each card once, then not at all on a rebuild, then only the card that changed', async () => {
    folder = mkdtempSync(join(tmpdir(), 'share-image-'));
    process.env[CACHE_FOLDER_VARIABLE] = folder;
    expect(await build([storyCard, chartCard, otherCard])).toBe(2);
    expect(await build([storyCard, chartCard, otherCard])).toBe(0);
    expect(await build([storyCard, chartCard, { ...otherCard, title: 'How we got here, corrected' }])).toBe(1);
  });

  it('gives back from the cache the bytes it drew', async () => {
    folder = mkdtempSync(join(tmpdir(), 'share-image-'));
    process.env[CACHE_FOLDER_VARIABLE] = folder;
    const drawn = await shareCardPng(otherCard);
    const read = await shareCardPng(otherCard);
    expect(vi.mocked(renderAsync)).toHaveBeenCalledTimes(1);
    expect(Buffer.from(read).equals(Buffer.from(drawn))).toBe(true);
  });
});

describe('renderPng(svg, zoom)', () => {
  it('draws the same SVG at another zoom apart', async () => {
    const [one, two] = await Promise.all([renderPng(chart, 1), renderPng(chart, 2), renderPng(chart, 1)]);
    expect(vi.mocked(renderAsync)).toHaveBeenCalledTimes(2);
    expect(one).not.toEqual(two);
  });

  it('draws again what was asked for before, outside a build (the dev server shows an edit at once)', async () => {
    await renderPng(chart);
    await renderPng(chart);
    expect(vi.mocked(renderAsync)).toHaveBeenCalledTimes(2);
  });
});
