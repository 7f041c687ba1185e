import { describe, expect, it, vi } from 'vitest';
import type { ReadyChart } from './model.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));
const { drawCardChart, MOST_ROWS } = await import('./card-chart.ts');
const { chartBox } = await import('./share-image.ts');

/** A chart whose drawing grows `perRow` pixels a row under a header, and which records the rows of each drawing. */
function chartOf(id: ReadyChart['meta']['id'], rows: { id: string }[], perRow = 60) {
  const drawings: string[][] = [];
  const render = (drawn: unknown[]) => {
    const ids = (drawn as { id: string }[]).map((r) => r.id);
    drawings.push(ids);
    return `<svg viewBox="0 0 1240 ${120 + perRow * ids.length}">${ids.join(' ')}</svg>`;
  };
  const chart = { meta: { id }, kind: 'events', module: { render }, rows } as unknown as ReadyChart;
  return { chart, drawings };
}

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));
const box = chartBox({ title: 'Nearly four years of moves on chips for China', height: 675 });

describe('drawCardChart(chart, { lang, box })', () => {
  it('shows the latest events of the timeline that fit the card, oldest first', () => {
    const { chart } = chartOf('policy-timeline', events(52));
    const svg = drawCardChart(chart, { lang: 'en', box });
    const shown = />(.*)</.exec(svg)![1].split(' ');
    expect(shown.at(-1)).toBe('e51');
    expect(shown).toEqual(
      events(52)
        .slice(-shown.length)
        .map((e) => e.id),
    );
    // As many as fit at nine tenths of the card's width: the next one would not.
    const height = (n: number) => ((120 + 60 * n) * box.width * 0.9) / 1240;
    expect(height(shown.length)).toBeLessThanOrEqual(box.height);
    expect(height(shown.length + 1)).toBeGreaterThan(box.height);
  });

  it('does the same work for a card however many events there are', () => {
    const few = chartOf('policy-timeline', events(50));
    const many = chartOf('policy-timeline', events(50_000));
    drawCardChart(few.chart, { lang: 'en', box });
    drawCardChart(many.chart, { lang: 'en', box });
    expect(many.drawings.length).toBe(few.drawings.length);
    expect(Math.max(...many.drawings.map((d) => d.length))).toBeLessThanOrEqual(MOST_ROWS);
  });

  it('draws a chart whose rows all fit whole, in one drawing', () => {
    const { chart, drawings } = chartOf('orders-approvals-stock', events(6), 66);
    drawCardChart(chart, { lang: 'en', box });
    expect(drawings).toEqual([['e0', 'e1', 'e2', 'e3', 'e4', 'e5']]);
  });

  it('shows the latest chip counts of the figures over time, however many figures there are', () => {
    const figure = (i: number, unit: string) => ({ id: `f${i}-${unit}`, chip: 'H200', unit, asOf: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` });
    const rows = Array.from({ length: 4000 }, (_, i) => figure(i, i % 3 ? 'usd' : 'chips'));
    const { chart, drawings } = chartOf('figures-over-time', rows, 0);
    drawCardChart(chart, { lang: 'en', box });
    expect(drawings).toHaveLength(1);
    expect(drawings[0]).toHaveLength(MOST_ROWS);
    expect(drawings[0].every((id) => id.endsWith('-chips'))).toBe(true);
    expect(drawings[0].every((id) => rows.find((r) => r.id === id)!.asOf === '2026-01-28')).toBe(true);
  });

  it('draws one row, scaled down, when even one does not fit', () => {
    const { chart, drawings } = chartOf('policy-timeline', events(20), 2000);
    expect(drawCardChart(chart, { lang: 'en', box })).toContain('>e19<');
    expect(drawings.at(-1)).toEqual(['e19']);
  });
});

describe('drawCardChart, asked for by many stories', () => {
  it('finds the rows that fit a box once for the chart, language and box', () => {
    const { chart, drawings } = chartOf('policy-timeline', events(52));
    drawCardChart(chart, { lang: 'en', box });
    const once = drawings.length;
    for (let story = 0; story < 100; story++) drawCardChart(chart, { lang: 'en', box: { ...box } });
    expect(drawings.length).toBe(once);
    drawCardChart(chart, { lang: 'fr', box });
    expect(drawings.length).toBeGreaterThan(once);
  });
});
