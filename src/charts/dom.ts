/** A server-side DOM for Plot's and D3's `document` option: charts render in Node, not in the browser. */
import { parseHTML } from 'linkedom';

/** A fresh, empty document; charts append nothing to it, they only create elements. */
export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * The markup of `element`, fit for HTML and for standalone SVG (XML): linkedom leaves `&`, `<` and
 * `>` bare inside attribute values, which XML refuses, so they are escaped here (and line breaks
 * kept as `&#10;`, so each attribute stays on one line).
 */
export function serialize(element: Element): string {
  return element.outerHTML.replace(/(\s[\w:-]+=")([^"]*)"/g, (_, name: string, value: string) =>
    `${name}${value.replace(/&(?!(?:amp|lt|gt|quot|#\d+|#x[\da-fA-F]+);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '&#10;')}"`,
  );
}
