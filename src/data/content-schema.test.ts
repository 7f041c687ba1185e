import { describe, expect, it } from 'vitest';
import { chartSchema, storySchema, updatedDate } from './content-schema.ts';

describe('updatedDate(story)', () => {
  it('is the publication date when there is no update', () => expect(updatedDate({ published: '2026-11-29', updates: [] })).toBe('2026-11-29'));
  it('is the latest update or correction, whatever their order', () => {
    const updates = [
      { date: '2026-12-03', kind: 'correction' as const, text: 'b', charts: [], figures: [] },
      { date: '2026-12-01', kind: 'update' as const, text: 'a', charts: [], figures: [] },
    ];
    expect(updatedDate({ published: '2026-11-29', updates })).toBe('2026-12-03');
  });
});

describe('storySchema', () => {
  const story = { title: 'T', dek: 'D', short: 'S', byline: ['A'], published: new Date('2026-11-29') };
  it('reads a YAML date as YYYY-MM-DD and defaults updates to none', () => {
    expect(storySchema.parse(story)).toMatchObject({ published: '2026-11-29', updates: [] });
  });
  it('refuses an update that is neither an update nor a correction', () => {
    const result = storySchema.safeParse({ ...story, updates: [{ date: '2026-12-01', kind: 'erratum', text: 'x' }] });
    expect(result.error?.issues[0].message).toBe('update or correction');
  });
  it('refuses a story without a byline', () => expect(storySchema.safeParse({ ...story, byline: [] }).success).toBe(false));
});

describe('chartSchema', () => {
  it('refuses a chart the code cannot draw, naming those it can', () => {
    const result = chartSchema.safeParse({ id: 'pie', title: { en: 'T' }, dek: { en: 'D' }, story: 's' });
    expect(result.error?.issues[0].message).toMatch(/^one of the charts the code draws: orders-approvals-stock, figures-over-time, policy-timeline$/);
  });
});

describe("storySchema's updates", () => {
  const story = { title: 'T', dek: 'D', short: 'S', byline: ['A'], published: '2026-11-29' };
  it('takes the charts an update changes, and none by default', () => {
    const { updates } = storySchema.parse({
      ...story,
      updates: [
        { date: '2026-12-01', kind: 'correction', text: 'x', charts: ['orders-approvals-stock'] },
        { date: '2026-12-02', kind: 'update', text: 'y' },
      ],
    });
    expect(updates.map((u) => u.charts)).toEqual([['orders-approvals-stock'], []]);
  });
  it('refuses a chart id that does not exist, naming those that do', () => {
    const result = storySchema.safeParse({ ...story, updates: [{ date: '2026-12-01', kind: 'correction', text: 'x', charts: ['pie'] }] });
    expect(result.error?.issues[0].message).toMatch(/^a chart id: orders-approvals-stock, figures-over-time, policy-timeline$/);
  });
});
