/**
 * The host script, served as /embed.js: sizes each of our iframes on a partner's page to the
 * height its embed reports. It trusts a message only when it comes from that iframe's window
 * and from the embed's exact origin, and it only ever sets a height, clamped to bounds: it
 * never navigates, evaluates anything, or reads the host page's URL or title.
 */
import { readHeight } from './protocol.ts';

/** Where our embeds live: the folder `embed/` beside this script, e.g. https://site/graphics/embed/. */
function embedRoot(): string | undefined {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement) || !script.src) return undefined;
  return new URL('embed/', script.src).href;
}

/** The iframe of ours whose window posted the message, if any. */
function frameOf(source: MessageEventSource | null, root: string): HTMLIFrameElement | undefined {
  if (source === null) return undefined;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === source && frame.src.startsWith(root)) return frame;
  }
  return undefined;
}

const root = embedRoot();
if (root) {
  const origin = new URL(root).origin;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const height = readHeight(event.data);
    if (height === undefined) return;
    const frame = frameOf(event.source, root);
    if (frame && new URL(frame.src).origin === event.origin) frame.style.height = `${height}px`;
  });
}
