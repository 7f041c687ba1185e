import { describe, expect, it } from 'vitest';
import { monthCounts, overviewTable, timelineOverview } from './timeline-overview.ts';
import type { Actor } from '../data/schema.ts';

const events: { id: string; date: string; actor: Actor }[] = [
  { id: 'a', date: '2025-11-03', actor: 'us-government' },
  { id: 'b', date: '2025-11', actor: 'nvidia' },
  { id: 'c', date: '2026-02-01', actor: 'nvidia' },
];

describe('the timeline overview', () => {
  const months = monthCounts(events, (e) => `/timeline/${e.date.slice(0, 4)}/#event-${e.id}`);
  it('has every month from the first event to the last, empty ones too, and counts each event once', () => {
    expect(months.map((m) => [m.month, m.total])).toEqual([
      ['2025-11', 2],
      ['2025-12', 0],
      ['2026-01', 0],
      ['2026-02', 1],
    ]);
    expect(months.reduce((sum, m) => sum + m.total, 0)).toBe(events.length);
    expect(months[0].counts).toMatchObject({ 'us-government': 1, nvidia: 1 });
  });
  it('links each month with events to its first event, and names it for screen readers', () => {
    const svg = timelineOverview(months, { lang: 'en' });
    expect(svg.match(/<a /g)).toHaveLength(2);
    expect(svg).toContain('href="/timeline/2025/#event-a"');
    expect(svg).toContain('aria-label="November 2025: 2 events (US government 1, Nvidia 1)"');
    expect(timelineOverview(months, { lang: 'fr' })).toContain('novembre 2025 : 2 événements');
  });
  it('grows with the months, not with the events', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...events[i % 3], id: `e${i}` })).sort((a, b) => a.date.localeCompare(b.date));
    const svg = timelineOverview(monthCounts(many, () => '/x/'));
    expect(svg.length).toBeLessThan(timelineOverview(months).length * 1.2);
  });
  it('gives the months with events as table rows, with a total column', () => {
    const table = overviewTable(months, 'en');
    expect(table.columns).toEqual(['Month', 'US government', 'Nvidia', 'Total']);
    expect(table.rows.map((r) => r.at(-1)!.value)).toEqual([2, 1]);
  });
});
