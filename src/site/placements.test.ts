import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { placement } from '../data/window.ts';
import { eventRows, type EventRow } from '../charts/rows.ts';
import { chart as policyTimeline } from '../charts/policy-timeline.ts';
import type { ChartModule } from '../charts/types.ts';
import { placeCharts, TIMELINE_PAGE, timelinePages, type ReadyChart } from './placements.ts';

const FIXTURE = join(import.meta.dirname, '..', 'data', '__fixtures__', 'valid');
const data = loadDataset(FIXTURE, FIXTURE);
const meta = { id: 'policy-timeline', title: { en: 'T', fr: 'T' }, dek: { en: 'D', fr: 'D' }, notes: [] } as unknown as ReadyChart['meta'];
/** The fixture's events copied `n` times over, each copy a day apart in its month. */
function timeline(n = 1): ReadyChart {
  const events = eventRows(data);
  const copies = Array.from({ length: n }, (_, k) => events.map((e) => ({ ...e, id: `${e.id}-${k}` }))).flat();
  return { meta, kind: 'events', module: policyTimeline as ChartModule<unknown>, rows: copies.sort((a, b) => a.date.localeCompare(b.date)) };
}
const drawnEvents = (svg: string) => [...svg.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1]);

describe('placements', () => {
  it('a windowed placement draws only the events of its window', () => {
    const chart = timeline();
    const window = placement('policy-timeline', { from: '2026-01', to: '2026-12' });
    const placed = placeCharts(new Map([['policy-timeline', chart]]), [window]).get(window.id)!;
    const inside = (chart.rows as EventRow[]).filter((e) => e.date.startsWith('2026')).map((e) => e.id);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(chart.rows.length);
    expect(drawnEvents(placed.module.render(placed.rows, { width: 720 }))).toEqual(inside);
    expect(placed.total).toBe(chart.rows.length);
  });
  it('the chart placed without a window shows its latest 40 events, at any size', () => {
    const chart = timeline(40);
    const placed = placeCharts(new Map([['policy-timeline', chart]]), []).get('policy-timeline')!;
    expect(placed.rows).toEqual(chart.rows.slice(-40));
    expect(placed.latestOnly).toBe(true);
  });
  it('a window placed by two stories is made once', () => {
    const window = placement('policy-timeline', { from: '2025' });
    const placements = placeCharts(new Map([['policy-timeline', timeline()]]), [window, { ...window }]);
    expect([...placements.keys()]).toEqual(['policy-timeline', window.id]);
  });
});

describe('the full timeline', () => {
  it.each([1, 50])('holds every event exactly once across its pages (%i× the events), none over a page', (n) => {
    const chart = timeline(n);
    const pages = timelinePages(chart);
    const shown = pages.flatMap((p) => (p.chart.rows as EventRow[]).map((e) => e.id));
    expect(shown.sort()).toEqual((chart.rows as EventRow[]).map((e) => e.id).sort());
    expect(new Set(shown).size).toBe(shown.length);
    for (const page of pages) {
      expect(page.chart.rows.length).toBeLessThanOrEqual(TIMELINE_PAGE);
      expect((page.chart.rows as EventRow[]).every((e) => e.date.startsWith(page.year))).toBe(true);
    }
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });
});
