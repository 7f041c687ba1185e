/**
 * The host script, served as /embed.js: sizes each of our iframes on a partner's page to the
 * height its embed reports. It trusts a message only when it comes from that iframe's window
 * and from the embed's exact origin, and it only ever sets a height, clamped to bounds: it
 * never navigates, evaluates anything, or reads the host page's URL or title. It asks each of
 * our iframes for its height when it starts and when an iframe loads, in case the embed
 * settled first; the request goes to our origin only.
 */
import { heightRequest, readHeight } from './protocol.ts';
import { IFRAME_STYLE } from './code.ts';

/** The embed code's style rules, one by one: `width: 100%` → ['width', '100%']. */
const IFRAME_DECLARATIONS = IFRAME_STYLE.split(';')
  .filter(Boolean)
  .map((rule) => rule.split(':').map((part) => part.trim()) as [string, string]);

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

/** Asks `frame`, if it is one of ours, for its height; only our origin can read the request. */
function askHeight(frame: EventTarget | null, root: string, origin: string) {
  if (!(frame instanceof HTMLIFrameElement) || !frame.src.startsWith(root)) return;
  // A lazy iframe not loaded yet still shows about:blank, on the host's origin: a message for our
  // origin would only log a warning there. Its load event asks again once the embed is in.
  if (frame.contentDocument?.URL === 'about:blank') return;
  frame.contentWindow?.postMessage(heightRequest(), origin);
}

const root = embedRoot();
// A page that pastes several embed codes runs this script several times: one listener is enough.
const installed = Symbol.for(`h200-ledger:embed-host:${root}`);
if (root && !(window as unknown as Record<symbol, boolean>)[installed]) {
  (window as unknown as Record<symbol, boolean>)[installed] = true;
  const origin = new URL(root).origin;
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin) return;
    const height = readHeight(event.data);
    if (height === undefined) return;
    // frameOf only finds iframes under root, so the iframe's origin is the one just checked.
    const frame = frameOf(event.source, root);
    if (!frame) return;
    // Until the frame has loaded, its page may still be incomplete: it may grow the iframe, never
    // shrink it below the height the embed code gave it, which would pull the partner's text up.
    if (!loaded.has(frame) && height < frame.getBoundingClientRect().height && height < Number(frame.getAttribute('height') ?? 0)) return;
    // A partner page whose own policy refuses the embed code's style attribute: the same rules,
    // set through the CSSOM, which such policies allow; only those the partner has not set.
    for (const [property, value] of IFRAME_DECLARATIONS) if (!frame.style.getPropertyValue(property)) frame.style.setProperty(property, value);
    frame.style.height = `${height}px`;
  });
  // The iframes that have loaded: all of them if the page had loaded when this script ran (a page's load waits for its frames).
  const loaded = new WeakSet<HTMLIFrameElement>(document.readyState === 'complete' ? document.getElementsByTagName('iframe') : []);
  for (const frame of document.getElementsByTagName('iframe')) askHeight(frame, root, origin);
  // Iframes load after this script too (lazy loading, pages that add them later): a load event does not bubble, so listen while it is captured.
  document.addEventListener(
    'load',
    (event) => {
      if (event.target instanceof HTMLIFrameElement) loaded.add(event.target);
      askHeight(event.target, root, origin);
    },
    true,
  );
  // The page's own load waits for its iframes: by then each has loaded (a lazy one out of view will say so itself).
  addEventListener('load', () => {
    for (const frame of document.getElementsByTagName('iframe')) {
      loaded.add(frame);
      askHeight(frame, root, origin);
    }
  });
}
