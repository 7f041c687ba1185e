/** Label placement in pixels for charts whose labels would collide: wrap, pick a side, then dodge. */

/** Breaks `text` into lines of at most `max` characters, at spaces (never at no-break spaces: "400 000", "Sources :"). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Places labels at their event's height, pushed down just enough not to overlap the one before. */
export function dodge(wanted: number[], heights: number[], gap = 12): number[] {
  const placed: number[] = [];
  for (const [i, y] of wanted.entries()) placed.push(i === 0 ? y : Math.max(y, placed[i - 1] + heights[i - 1] + gap));
  return placed;
}

/** A rectangle in pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A label to place beside its point at (`x`, `y`), `width` × `height` pixels. */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label went: its side of the point and its vertical offset from it. */
export interface Placement {
  anchor: 'start' | 'end';
  dy: number;
}

/**
 * Places each label beside its point, on the right unless it would leave `frame`, then moves
 * it up or down in steps of `step` pixels (nearest first), trying the other side at each step,
 * until it overlaps no point and no label placed before it: a greedy placement, in the spirit of
 * ai2html's labels. Where nothing is free, it takes the spot that overlaps least.
 */
export function placeLabels(
  labels: LabelRequest[],
  frame: Box,
  { gap = 9, step = 8, pad = 3, points = labels }: { gap?: number; step?: number; pad?: number; points?: { x: number; y: number }[] } = {},
): Placement[] {
  const taken: Box[] = points.map(({ x, y }) => ({ left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 }));
  const reach = Math.ceil((frame.bottom - frame.top) / step);
  const steps = Array.from({ length: 2 * reach + 1 }, (_, i) => (i === 0 ? 0 : (i % 2 === 0 ? 1 : -1) * Math.ceil(i / 2) * step));
  const overlap = (box: Box) =>
    taken.reduce(
      (sum, t) =>
        sum + Math.max(0, Math.min(t.right, box.right) - Math.max(t.left, box.left)) * Math.max(0, Math.min(t.bottom, box.bottom) - Math.max(t.top, box.top)),
      0,
    );
  return labels.map(({ x, y, width, height }) => {
    const fitsRight = x + gap + width <= frame.right;
    const fitsLeft = x - gap - width >= frame.left;
    const anchors: Placement['anchor'][] = fitsRight || !fitsLeft ? (fitsLeft ? ['start', 'end'] : ['start']) : ['end'];
    let best: { placement: Placement; box: Box; cost: number } | undefined;
    for (const dy of steps) {
      for (const anchor of anchors) {
        const left = anchor === 'start' ? x + gap : x - gap - width;
        const box = { left, right: left + width, top: y + dy - height / 2, bottom: y + dy + height / 2 };
        if (box.top < frame.top || box.bottom > frame.bottom) continue;
        // A step further from the point costs a little, so a free spot near it wins.
        const cost = overlap(box) * 1000 + Math.abs(dy);
        if (!best || cost < best.cost) best = { placement: { anchor, dy }, box, cost };
        if (cost === Math.abs(dy)) break;
      }
      if (best && best.cost === Math.abs(best.placement.dy)) break;
    }
    if (!best) return { anchor: anchors[0], dy: 0 };
    // Labels keep a little air between them, not only no overlap.
    taken.push({ left: best.box.left - pad, right: best.box.right + pad, top: best.box.top - pad, bottom: best.box.bottom + pad });
    return best.placement;
  });
}
