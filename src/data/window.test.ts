import { describe, expect, it } from 'vitest';
import { applyWindow, LATEST, parseWindow, placement } from './window.ts';

const month = (row: { date: string }) => row.date;
const actor = (row: { actor: string }) => row.actor;
/** `n` events a month apart from January 2020, alternating two actors. */
const events = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    date: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    actor: i % 2 ? 'nvidia' : 'us-government',
  }));

describe('parseWindow', () => {
  it('reads months, years and actors, in the timeline lane order', () => {
    expect(parseWindow('policy-timeline', { from: '2025-12', to: '2026', actors: 'nvidia us-government' })).toEqual({
      from: '2025-12',
      to: '2026-12',
      actors: ['us-government', 'nvidia'],
    });
  });
  it('says what was expected of a bad month, an inverted window and an unknown actor', () => {
    expect(parseWindow('policy-timeline', { from: '2025-13' })).toMatchObject({
      prop: 'from',
      error: expect.stringContaining('expected a month written YYYY-MM'),
    });
    expect(parseWindow('policy-timeline', { from: '2026-02', to: '2025-12' })).toMatchObject({
      prop: 'to',
      error: expect.stringContaining('before from="2026-02"'),
    });
    expect(parseWindow('policy-timeline', { actors: 'nvidia beijing' })).toMatchObject({ prop: 'actors', error: expect.stringContaining('got "beijing"') });
  });
  it('refuses a window on a chart that takes none, and actors on the figures chart', () => {
    expect(parseWindow('orders-approvals-stock', { from: '2025' })).toMatchObject({ prop: 'from' });
    expect(parseWindow('figures-over-time', { actors: 'nvidia' })).toMatchObject({ prop: 'actors' });
  });
});

describe('placement ids', () => {
  it('name the window', () => {
    const p = placement('policy-timeline', { from: '2025-12', to: '2026-06', actors: ['us-government', 'chinese-firms'] });
    expect(p.id).toBe('policy-timeline.from-2025-12.to-2026-06.actors-us-government-chinese-firms');
    expect(placement('policy-timeline').id).toBe('policy-timeline');
  });
});

describe('applyWindow', () => {
  it('keeps the months and actors of the window, oldest first', () => {
    const shown = applyWindow(events(36), { from: '2021-03', to: '2021-06', actors: ['nvidia'] }, month, actor);
    expect(shown.rows.map((e) => e.date)).toEqual(['2021-04-15', '2021-06-15']);
    expect(shown).toMatchObject({ total: 36, latestOnly: false });
  });
  it('shows only the latest rows when a placement names no months, however many there are', () => {
    for (const n of [LATEST, 100, 5000]) {
      const shown = applyWindow(events(n), {}, month, actor);
      expect(shown.rows).toHaveLength(LATEST);
      expect(shown.rows.at(-1)!.id).toBe(`e${n - 1}`);
      expect(shown.latestOnly).toBe(n > LATEST);
    }
  });
});
