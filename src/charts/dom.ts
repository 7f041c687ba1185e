/** A server-side DOM for Plot's and D3's `document` option: charts render in Node, not in the browser. */
import { parseHTML } from 'linkedom';

/** A fresh, empty document; charts append nothing to it, they only create elements. */
export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
