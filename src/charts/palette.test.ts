import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUND_COLOURS } from './palette.ts';

const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'global.css'), 'utf8');

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
/** A custom property's light or dark colour, from its `light-dark(light, dark)` value in the stylesheet. */
const variable = (name: string, dark: boolean) => {
  const [, light, darkColour] = new RegExp(`--${name}: light-dark\\((#[0-9a-f]{6}), (#[0-9a-f]{6})\\)`).exec(css)!;
  return dark ? darkColour : light;
};

describe('chart colours', () => {
  it.each(Object.entries(BOUND_COLOURS))('%s keeps 3:1 contrast against the page in light and dark', (_, { light, dark }) => {
    expect(contrast(light, variable('bg', false))).toBeGreaterThanOrEqual(3);
    expect(contrast(dark, variable('bg', true))).toBeGreaterThanOrEqual(3);
  });
  it.each(Object.entries(BOUND_COLOURS))('%s is swapped for its dark twin in the stylesheet', (_, { light, dark }) => {
    expect(css).toContain(`.artboards [fill='${light}'] { fill: light-dark(${light}, ${dark}); }`);
    expect(css).toContain(`.artboards [stroke='${light}'] { stroke: light-dark(${light}, ${dark}); }`);
  });
});
