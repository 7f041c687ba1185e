/**
 * The height an embed's iframe has before the host script sizes it, or when there is no host
 * script: tall enough to show the whole chart and its credits in a column of FALLBACK_WIDTH.
 */
import { MAX_SCALE, viewBoxSize } from '../charts/types.ts';

/** The column width, in CSS pixels, the fallback height is worked out for: a common article column. */
export const FALLBACK_WIDTH = 600;

/** The texts around the chart in the embed, by the style they are set in. */
export interface EmbedTexts {
  title: string;
  dek: string;
  /** Notes, source line, "as of" line and links, each a paragraph of small text. */
  small: string[];
}

// Page padding, and rough text metrics of the embed stylesheet (characters per line at the column, line height).
const PADDING = 16;
const STYLES = { title: { em: 0.6 * 22, line: 28 }, dek: { em: 0.5 * 17, line: 26 }, small: { em: 0.5 * 14.5, line: 22 } };

/** Lines a paragraph takes: its width in characters, plus what wrapping at word ends wastes (about 8% of a long paragraph). */
const lines = (text: string, column: number, em: number) => Math.max(1, Math.ceil((text.length * em * 1.08) / column));

/** The fallback height for an embed whose chart is the drawing `svg`, shown as wide as the column up to MAX_SCALE times its width. */
export function fallbackHeight(svg: string, texts: EmbedTexts): number {
  const column = FALLBACK_WIDTH - 2 * PADDING;
  const { width, height } = viewBoxSize(svg, 'fallbackHeight');
  const chart = (height * Math.min(column, width * MAX_SCALE)) / width;
  const title = lines(texts.title, column, STYLES.title.em) * STYLES.title.line;
  const dek = lines(texts.dek, column, STYLES.dek.em) * STYLES.dek.line;
  const small = texts.small.reduce((sum, text) => sum + lines(text, column, STYLES.small.em) * STYLES.small.line + 8, 0);
  // Margins between the parts, and room to spare: a little blank space is better than a clipped credit.
  return Math.ceil((2 * PADDING + title + dek + chart + small + 48 + 40) / 10) * 10;
}
