import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lab, rgb, type LabColor } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { ACTOR_COLOURS, BOUND_COLOURS } from './palette.ts';

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
    for (const property of ['fill', 'stroke']) {
      const rule = new RegExp(`\\.artboards \\[${property}=["']${light}["']\\]\\s*\\{\\s*${property}: light-dark\\(${light}, ${dark}\\);\\s*\\}`);
      expect(css).toMatch(rule);
    }
  });
});

/**
 * Dichromacy at severity 1.0, for linear RGB: Machado, Oliveira & Fernandes (2009), "A Physiologically-based
 * Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 1291–1298, table of simulation matrices.
 */
const DICHROMACY: Record<string, number[][] | null> = {
  'typical vision': null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const decode = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const encode = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** A #rrggbb colour as a reader with the given dichromacy sees it, in CIELAB (d3-color's, D50). */
function simulate(hex: string, matrix: number[][] | null): LabColor {
  const { r, g, b } = rgb(hex);
  const linear = [r, g, b].map((c) => decode(c / 255));
  const seen = matrix ? matrix.map((row) => row.reduce((sum, m, i) => sum + m * linear[i], 0)) : linear;
  const [r2, g2, b2] = seen.map((c) => encode(clamp(c)) * 255);
  return lab(rgb(r2, g2, b2));
}

const rad = Math.PI / 180;
const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);

/** CIEDE2000 colour difference, kL = kC = kH = 1: Sharma, Wu & Dalal (2005), Color Res. Appl. 30(1), 21–30. */
function ciede2000(x: LabColor, y: LabColor): number {
  const c7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));
  const g = 0.5 * (1 - c7((Math.hypot(x.a, x.b) + Math.hypot(y.a, y.b)) / 2));
  const [a1, a2] = [(1 + g) * x.a, (1 + g) * y.a];
  const [c1, c2] = [Math.hypot(a1, x.b), Math.hypot(a2, y.b)];
  const [h1, h2] = [hue(a1, x.b), hue(a2, y.b)];
  const chromatic = c1 * c2 !== 0;
  let dh = chromatic ? h2 - h1 : 0;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * rad);
  const l = (x.l + y.l) / 2;
  const c = (c1 + c2) / 2;
  const h = !chromatic ? h1 + h2 : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2;
  const t = 1 - 0.17 * Math.cos((h - 30) * rad) + 0.24 * Math.cos(2 * h * rad) + 0.32 * Math.cos((3 * h + 6) * rad) - 0.2 * Math.cos((4 * h - 63) * rad);
  const sL = 1 + (0.015 * (l - 50) ** 2) / Math.sqrt(20 + (l - 50) ** 2);
  const sC = 1 + 0.045 * c;
  const sH = 1 + 0.015 * c * t;
  const rT = -Math.sin(2 * 30 * Math.exp(-(((h - 275) / 25) ** 2)) * rad) * 2 * c7(c);
  const [dL, dC] = [(y.l - x.l) / sL, (c2 - c1) / sC];
  return Math.sqrt(dL ** 2 + dC ** 2 + (dH / sH) ** 2 + rT * dC * (dH / sH));
}

/** Each distinct colour once, named after everything drawn with it ("exact/approximate"). */
function distinct(named: [string, string][]): [string, string][] {
  const names = new Map<string, string[]>();
  for (const [name, hex] of named) names.set(hex, [...(names.get(hex) ?? []), name]);
  return [...names].map(([hex, n]) => [n.join('/'), hex]);
}

const MIN_CIEDE2000 = 10;
const PALETTES: [string, [string, string][]][] = [
  ['bound colours, light', distinct(Object.entries(BOUND_COLOURS).map(([bound, c]) => [bound, c.light]))],
  ['bound colours, dark', distinct(Object.entries(BOUND_COLOURS).map(([bound, c]) => [bound, c.dark]))],
  ['actor colours', distinct(Object.entries(ACTOR_COLOURS))],
];

describe('ciede2000(x, y)', () => {
  // Sharma, Wu & Dalal (2005), table 1, pairs 1, 7, 13, 17–20, 24: hue wrap-around and near-neutral cases included.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ])('matches the published difference between Lab %j and %j (%f)', (x, y, expected) => {
    expect(ciede2000(lab(x[0], x[1], x[2]), lab(y[0], y[1], y[2]))).toBeCloseTo(expected, 4);
  });
});

describe('chart colours under colour-vision deficiency', () => {
  // Machado et al. (2009) dichromacy at severity 1.0, applied in linear RGB; CIEDE2000 ≥ 10 is a difference
  // seen at a glance, not only side by side, so a legend colour can be matched to its mark.
  const cases = PALETTES.flatMap(([palette, colours]) => Object.keys(DICHROMACY).map((vision) => [palette, vision, colours] as const));
  it.each(cases)(`%s: every pair stays at least CIEDE2000 ${MIN_CIEDE2000} apart under %s`, (_, vision, colours) => {
    const seen = colours.map(([name, hex]) => [name, simulate(hex, DICHROMACY[vision])] as const);
    for (const [i, [nameA, a]] of seen.entries()) {
      for (const [nameB, b] of seen.slice(i + 1)) {
        const difference = ciede2000(a, b);
        expect(difference, `${nameA} against ${nameB}: CIEDE2000 ${difference.toFixed(2)}`).toBeGreaterThanOrEqual(MIN_CIEDE2000);
      }
    }
  });
});
