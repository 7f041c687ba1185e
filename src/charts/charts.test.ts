import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../data/load.ts';
import { figureRevisions, releaseChanges } from '../data/release-diff.ts';
import { eventRows, figureRows, withRevisions } from './rows.ts';
import { chart as ordersApprovalsStock } from './orders-approvals-stock.ts';
import { chart as figuresOverTime } from './figures-over-time.ts';
import { dodge, placeLabels, wrap } from './labels.ts';
import { chart as policyTimeline } from './policy-timeline.ts';
import { roundNumbers } from './types.ts';

const FIXTURE = join(import.meta.dirname, '..', 'data', '__fixtures__', 'valid');
const data = loadDataset(FIXTURE, FIXTURE);
const lead = figureRows(data, ['h200-ordered', 'h200-inventory', 'h200-approved-by-china', 'h200-planned-first-shipments', 'h200-shipped']);
const figures = figureRows(data);
const events = eventRows(data);
// Two releases, the first with the stock at 650,000: the golden SVGs show the stock's "revised" mark and the key line.
const revisions = figureRevisions(
  releaseChanges([
    {
      version: '2026-11-29',
      date: '2026-11-29',
      data: { ...data, figures: data.figures.map((f) => (f.id === 'h200-inventory' ? { ...f, value: 650000 } : f)) },
    },
    { version: '2026-12-02', date: '2026-12-02', data },
  ]),
);

/** Golden SVGs: a change in drawing shows as a diff of the file under __snapshots__. */
describe.each([360, 720])('charts at %i px', (width) => {
  it('orders-approvals-stock(rows) matches its golden SVG', async () => {
    await expect(ordersApprovalsStock.render(withRevisions(lead, revisions), { width })).toMatchFileSnapshot(
      `__snapshots__/orders-approvals-stock-${width}.svg`,
    );
  });
  it('figures-over-time(rows) matches its golden SVG', async () => {
    await expect(figuresOverTime.render(withRevisions(figures, revisions), { width })).toMatchFileSnapshot(`__snapshots__/figures-over-time-${width}.svg`);
  });
  it('policy-timeline(rows) matches its golden SVG', async () => {
    await expect(policyTimeline.render(events, { width })).toMatchFileSnapshot(`__snapshots__/policy-timeline-${width}.svg`);
  });
});

describe('orders-approvals-stock', () => {
  const svg = ordersApprovalsStock.render(lead);
  it('draws one open arrow per lower bound', () => {
    expect(svg.match(/class="mark-lower-bound"[\s\S]*?<\/g>/)![0].match(/<path/g)).toHaveLength(2);
  });
  it('labels lower bounds "more than" and marks the contested figure', () => {
    expect(svg).toContain('Ordered by firms: more than 2,000,000');
    expect(svg).toContain('Approved: more than 400,000 · contested');
  });
  it('draws the range from its low to its high end and labels both', () => {
    expect(svg).toContain('Planned first shipments: 40,000–80,000');
    expect(svg).toMatch(/class="mark-range"/);
  });
  it('names the source and "as of" date of every bar', () => {
    expect(svg).toContain('Wire via Example Daily · as of December 2025');
    expect(svg).toContain('Example Agency · as of 24 Feb 2026');
  });
  it('writes its text alternative from the rows: a summary that points to the table, not the table again', () => {
    const text = ordersApprovalsStock.describe(lead);
    expect(text).toBe(
      'Bar chart of 5 H200 quantities. The largest: Ordered by firms, more than 2,000,000. The table under “Show the data” gives each one, with its date and sources.',
    );
    expect(text).not.toContain('Example Agency');
  });
  it('tables every row with its value and source link', () => {
    const table = ordersApprovalsStock.table(lead);
    expect(table.rows).toHaveLength(5);
    expect(table.rows[0][1]).toMatchObject({ text: 'more than 2,000,000', value: 2000000 });
    expect(table.rows[0][4].links).toEqual([{ text: 'Wire via Example Daily', href: 'https://daily.example/orders' }]);
  });
});

describe('figures-over-time', () => {
  it('writes its text alternative from the rows: a summary that points to the table', () => {
    expect(figuresOverTime.describe(figures)).toBe(
      'Chart of 6 H200 quantities by the date each describes, from December 2025 to May 2026. The table under “Show the data” gives each one, with its date and sources.',
    );
  });
  it('draws only H200 chip counts', () => {
    const table = figuresOverTime.table(figures);
    expect(table.rows.map((r) => r[0].text)).toEqual(['Ordered by firms', 'Stock', 'Planned first shipments', 'Approved', 'Shipped', 'Cap per buyer']);
  });
  it('points an upper bound down and a lower bound up', () => {
    const svg = figuresOverTime.render(figures);
    expect(svg).toMatch(/class="mark-upper-bound"/);
    expect(svg).toMatch(/class="mark-lower-bound"/);
  });
  it('draws a leader line to a label moved away from its point', () => {
    expect(figuresOverTime.render(figures, { width: 360 })).toMatch(/class="mark-leader"/);
  });
});

describe('placeLabels(labels, frame)', () => {
  const frame = { left: 0, right: 400, top: 0, bottom: 300 };
  it('moves a label that would overlap the one before, nearest step first, keeping air between them', () => {
    // 14 px labels with 3 px of air need 17 px: the nearest 8 px step that gives it is 24.
    expect(
      placeLabels(
        [
          { x: 0, y: 100, width: 100, height: 14 },
          { x: 50, y: 100, width: 100, height: 14 },
        ],
        frame,
        { points: [] },
      ),
    ).toEqual([
      { anchor: 'start', dy: 0 },
      { anchor: 'start', dy: -24 },
    ]);
    expect(
      placeLabels(
        [
          { x: 0, y: 100, width: 100, height: 14 },
          { x: 50, y: 100, width: 100, height: 14 },
        ],
        frame,
        { points: [], pad: 0 },
      )[1].dy,
    ).toBe(-16);
  });
  it('leaves apart labels that do not touch', () => {
    expect(
      placeLabels(
        [
          { x: 0, y: 100, width: 100, height: 14 },
          { x: 200, y: 100, width: 100, height: 14 },
        ],
        frame,
        { points: [] },
      ).map((p) => p.dy),
    ).toEqual([0, 0]);
  });
  it('puts a label left of its point when the right side would leave the frame', () => {
    expect(placeLabels([{ x: 350, y: 100, width: 100, height: 14 }], frame, { points: [] })).toEqual([{ anchor: 'end', dy: 0 }]);
  });
  it('keeps labels inside the frame', () => {
    expect(placeLabels([{ x: 0, y: 296, width: 100, height: 14 }], frame, { points: [] })[0].dy).toBeLessThanOrEqual(-3);
  });
});

describe('policy-timeline', () => {
  const svg = policyTimeline.render(events);
  it('draws one labelled event per row, in its actor lane', () => {
    expect(svg.match(/<g [^>]*class="event"/g)).toHaveLength(events.length);
    const approval = svg.match(/<g [^>]*data-event="approval-2026"[^>]*>/)![0];
    expect(approval).toContain('data-actor="chinese-government"');
    expect(approval).toContain('data-date="2026-01-28"');
  });
  it('links each event to every one of its sources', () => {
    const channel = svg.match(/<g [^>]*data-event="channel"[\s\S]*?<\/g>/)![0];
    expect([...channel.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['https://blog.example/channel', 'https://times.example/approval']);
  });
  it('wrap(text, max) breaks at spaces', () => expect(wrap('Regulator approves imports of chips', 16)).toEqual(['Regulator', 'approves imports', 'of chips']));
  it('dodge(wanted, heights) pushes a label below the one before', () => expect(dodge([0, 10, 100], [30, 30, 30])).toEqual([0, 42, 100]));
  it('summarises the events (count, span, per actor) and points to the table, which lists each one', () => {
    const text = policyTimeline.describe(events);
    expect(text).toMatch(/^Timeline of 5 events from 7 October 2022 to May 2026, in lanes by actor \(US government: \d/);
    expect(text).toMatch(/The table under “Show the data” gives each one, with its date and sources\.$/);
    for (const event of events) expect(text).not.toContain(event.title.en);
  });
});

describe('roundNumbers(svg)', () => {
  it('rounds the drawing but keeps the numbers a reader reads as written', () => {
    const svg = '<rect x="10.12345" data-tip="12.5" aria-label="“plus de 400.000 puces”"><text>1.500</text></rect>';
    expect(roundNumbers(svg)).toBe('<rect x="10.12" data-tip="12.5" aria-label="“plus de 400.000 puces”"><text>1.500</text></rect>');
  });
});
