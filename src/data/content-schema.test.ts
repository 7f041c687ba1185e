import { describe, expect, it } from 'vitest';
import { chartSchema, storySchema, updatedDate } from './content-schema.ts';

describe('updatedDate(story)', () => {
  it('is the publication date when there is no update', () => expect(updatedDate({ published: '2026-11-29', updates: [] })).toBe('2026-11-29'));
  it('is the latest update or correction, whatever their order', () => {
    const updates = [
      { date: '2026-12-03', kind: 'correction' as const, text: 'b' },
      { date: '2026-12-01', kind: 'update' as const, text: 'a' },
    ];
    expect(updatedDate({ published: '2026-11-29', updates })).toBe('2026-12-03');
  });
});

describe('storySchema', () => {
  const story = { title: 'T', dek: 'D', short: 'S', byline: ['A'], published: new Date('2026-11-29') };
  it('reads a YAML date as YYYY-MM-DD and defaults updates to none', () => {
    expect(storySchema.parse(story)).toMatchObject({ published: '2026-11-29', updates: [], lang: 'en' });
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
