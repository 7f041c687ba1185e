import { describe, expect, it } from 'vitest';
import { NAV_LATEST, navStories } from './navigation.ts';
import type { Edition, Story } from './model.ts';

/** An edition of `n` stories in home-page order, story i published on day i (so the last is the newest). */
function edition(n: number): Edition {
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  const stories = Array.from({ length: n }, (_, i) => ({ slug: `s${i}`, data: { order: i, published: day(i) } }) as unknown as Story);
  const newest = [...stories].reverse();
  return { stories, bySlug: new Map(stories.map((s) => [s.slug, s])), homes: new Map(), corrections: new Map(), newest };
}

describe('navStories', () => {
  it('lists every story while there are no more than the latest few', () => {
    const e = edition(3);
    expect(navStories(e).map((s) => s.slug)).toEqual(['s0', 's1', 's2']);
  });

  it('lists the newest few and the current story with its neighbours, in home-page order, however many stories there are', () => {
    const e = edition(1000);
    const slugs = navStories(e, e.stories[10]).map((s) => s.slug);
    expect(slugs).toEqual(['s9', 's10', 's11', 's996', 's997', 's998', 's999']);
    expect(navStories(e).length).toBe(NAV_LATEST);
  });

  it('keeps its bound on the first and the newest story', () => {
    const e = edition(1000);
    expect(navStories(e, e.stories[0]).map((s) => s.slug)).toEqual(['s0', 's1', 's996', 's997', 's998', 's999']);
    expect(navStories(e, e.stories[999]).map((s) => s.slug)).toEqual(['s996', 's997', 's998', 's999']);
  });
});
