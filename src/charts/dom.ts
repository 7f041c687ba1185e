/** A server-side DOM for Plot's and D3's `document` option: charts render in Node, not in the browser. */
import { parseHTML } from 'linkedom';

/** A fresh, empty document; charts append nothing to it, they only create elements. */
export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** The class every Plot chart carries, under which global.css keeps the rules Plot writes into its own `<style>`. */
const PLOT_CLASS = 'plot-chart';

/**
 * Plot's SVG without inline styles, which the site's Content Security Policy (`style-src 'self'`)
 * refuses in a page: Plot's `<style>` element goes (global.css has its rules, under `PLOT_CLASS`),
 * and the font size and overflow become presentation attributes, which are not styles. The font
 * family is left to the page, or to the standalone file, as `font-family: inherit` left it.
 */
export function withoutStyles(svg: Element, { fontSize }: { fontSize: number }): Element {
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.setAttribute('class', `${svg.getAttribute('class') ?? ''} ${PLOT_CLASS}`.trim());
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(fontSize));
  svg.setAttribute('overflow', 'visible');
  // Plot's axes ask for figures of one width with font-variant="tabular-nums", which SVG 1.1 (and
  // so the HTML checker) does not know: a class says it, and global.css gives it.
  for (const element of [...svg.querySelectorAll('[font-variant="tabular-nums"]')]) {
    element.removeAttribute('font-variant');
    element.setAttribute('class', `${element.getAttribute('class') ?? ''} tabular-nums`.trim());
  }
  return svg;
}

/**
 * The markup of `element`, fit for HTML and for standalone SVG (XML): linkedom leaves `&`, `<` and
 * `>` bare inside attribute values, which XML refuses, so they are escaped here (and line breaks
 * kept as `&#10;`, so each attribute stays on one line). Throws on an inline style, which the
 * Content Security Policy would refuse in a page.
 */
export function serialize(element: Element): string {
  const styled = element.matches('style, [style]') ? element : element.querySelector('style, [style]');
  if (styled) {
    const what = styled.localName === 'style' ? 'a <style> element' : `<${styled.localName} style="${styled.getAttribute('style')}">`;
    throw new Error(
      `chart SVG: ${what} is an inline style, which the Content Security Policy (style-src 'self') refuses: write a presentation attribute or a rule in src/styles/global.css`,
    );
  }
  return element.outerHTML.replace(
    /(\s[\w:-]+=")([^"]*)"/g,
    (_, name: string, value: string) =>
      `${name}${value
        .replace(/&(?!(?:amp|lt|gt|quot|#\d+|#x[\da-fA-F]+);)/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\n/g, '&#10;')}"`,
  );
}
