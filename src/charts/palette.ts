/**
 * The charts' colours, light and dark. Charts draw with the light ones; the stylesheet swaps in
 * the dark ones with `light-dark()` (the reader's setting, or an embed's `?theme=`) (a test keeps the two lists in step).
 * Bound colours keep 3:1 contrast against the page in both themes; actor colours are Okabe–Ito.
 * Within each list the colours stay CIEDE2000 10 apart for readers with protanopia, deuteranopia or
 * tritanopia (palette.test.ts): upper and range were moved off blue for that.
 */
import type { Actor, Figure } from '../data/schema.ts';

/** The colour of a figure's mark by its bound, light and dark. */
export const BOUND_COLOURS: Record<Figure['bound'], { light: string; dark: string }> = {
  exact: { light: '#1b6b93', dark: '#6cb8dc' },
  approximate: { light: '#1b6b93', dark: '#6cb8dc' },
  lower: { light: '#c2410c', dark: '#fb8c5a' },
  upper: { light: '#7011ff', dark: '#a78bff' },
  range: { light: '#008c82', dark: '#1de4d1' },
};

/** Plot's colour scale for a figure's bound. */
export const boundColourScale = {
  domain: Object.keys(BOUND_COLOURS),
  range: Object.values(BOUND_COLOURS).map((c) => c.light),
};

/** The colour of each actor's lane in the timeline. */
export const ACTOR_COLOURS: Record<Actor, string> = {
  'us-government': '#0072b2',
  'chinese-government': '#d55e00',
  nvidia: '#009e73',
  'chinese-firms': '#cc79a7',
  suppliers: '#e69f00',
};
