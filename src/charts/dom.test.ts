import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { createDocument, serialize, withoutStyles } from './dom.ts';

describe('withoutStyles(svg, { fontSize })', () => {
  it("drops Plot's <style> and writes the font size and overflow as attributes, leaving the font family to the page", () => {
    const svg = Plot.plot({ document: createDocument(), className: 'chart-x', marks: [Plot.dot([1, 2])] }) as unknown as Element;
    const markup = serialize(withoutStyles(svg, { fontSize: 13 }));
    expect(markup).not.toMatch(/<style|\sstyle=/);
    expect(markup).toMatch(/^<svg [^>]*class="chart-x plot-chart"/);
    expect(markup).toMatch(/^<svg [^>]*font-size="13"/);
    expect(markup).toMatch(/^<svg [^>]*overflow="visible"/);
    expect(markup).not.toMatch(/^<svg [^>]*font-family=/);
  });
});

describe('serialize(element)', () => {
  it('refuses an inline style, which the Content Security Policy would refuse in a page', () => {
    const svg = Plot.plot({ document: createDocument(), marks: [Plot.dot([1, 2])] }) as unknown as Element;
    expect(() => serialize(svg)).toThrow(/<style> element is an inline style/);
    const g = createDocument().createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('style', 'opacity:0.5');
    expect(() => serialize(g)).toThrow(/<g style="opacity:0.5">/);
  });
});
