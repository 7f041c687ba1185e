import { describe, expect, it } from 'vitest';
import { FALLBACK_WIDTH, fallbackHeight } from './fallback-height.ts';

const svg = (height: number) => `<svg viewBox="0 0 720 ${height}" width="720"></svg>`;
const texts = { title: 'A title', dek: 'A dek of one line', small: ['Sources: Reuters.'] };

describe('fallbackHeight(svg, texts)', () => {
  it('holds the chart scaled to the fallback column, and the texts, rounded up to ten pixels', () => {
    const height = fallbackHeight(svg(720), texts);
    expect(height).toBeGreaterThan(FALLBACK_WIDTH - 32 + 28 + 26 + 22);
    expect(height % 10).toBe(0);
  });
  it('grows with the chart and with the texts', () => {
    // Twice the chart's height adds its height at the column's width (568 px), give or take the rounding.
    expect(Math.abs(fallbackHeight(svg(1440), texts) - fallbackHeight(svg(720), texts) - (FALLBACK_WIDTH - 32))).toBeLessThanOrEqual(10);
    expect(fallbackHeight(svg(720), { ...texts, small: [...texts.small, 'x'.repeat(400)] })).toBeGreaterThan(fallbackHeight(svg(720), texts) + 60);
  });
  it('holds a narrow drawing at the size it is shown, at most a quarter larger than drawn, not stretched to the column', () => {
    const narrow = (height: number) => `<svg viewBox="0 0 360 ${height}" width="360"></svg>`;
    // 360 px wide is shown 450 px wide: twice the height adds 1.25 times it.
    expect(Math.abs(fallbackHeight(narrow(1440), texts) - fallbackHeight(narrow(720), texts) - 900)).toBeLessThanOrEqual(10);
  });
  it('refuses markup without a viewBox', () => expect(() => fallbackHeight('<svg width="10">', texts)).toThrow(/expected an SVG with a viewBox/));
});
