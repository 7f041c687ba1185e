import { describe, expect, it } from 'vitest';
import { fill } from './fill.ts';

describe('fill(template, values)', () => {
  it('writes names holding replacement patterns as they are', () => {
    expect(fill('Known on {date}: {figures}.', { date: '28 Jan 2026', figures: "Nvidia's $' stock, $& and $1" })).toBe(
      "Known on 28 Jan 2026: Nvidia's $' stock, $& and $1.",
    );
  });

  it('leaves a placeholder it has no value for', () => {
    expect(fill('{n} of {total}', { n: '3' })).toBe('3 of {total}');
  });
});
