/**
 * The embed page's script, loaded in its head: applies the `?theme=` and `?plain` flags, tells
 * the host the page's height whenever it changes once the page is parsed, in our message and in
 * pym.js's format, and makes the chart's marks explorable.
 * Without it the page is complete; only the flags and the resizing need it.
 */
import { heightMessage, isHeightRequest, isPymWidthMessage, pymChildId, pymMessage } from './protocol.ts';
// Tooltips and keyboard access to the chart's marks, as on the site.
import '../client/chart-marks.ts';
// On a pinned embed, the line that says a newer release exists.
import '../client/newer-release.ts';

const root = document.documentElement;
const query = new URLSearchParams(location.search);
const theme = query.get('theme');
if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
if (query.has('plain')) root.dataset.plain = '';

if (window.parent !== window) {
  const pymId = pymChildId(location.search);
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    // A height is no secret, and the host's origin is not known in advance: any origin may read it.
    window.parent.postMessage(heightMessage(height), '*');
    if (pymId) window.parent.postMessage(pymMessage(pymId, 'height', String(height)), '*');
  };
  // No height while the page is still being parsed: a half-read page is short, and the partner's
  // page would shrink the iframe to it and jump back as the rest arrives.
  const parsed = () => document.readyState !== 'loading';
  new ResizeObserver(() => parsed() && send()).observe(root);
  if (!parsed()) document.addEventListener('DOMContentLoaded', () => send(true), { once: true });
  // The host script asks when it starts, and pym.Parent with a "width" message after the host page is resized.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    if ((isHeightRequest(event.data) || (pymId && isPymWidthMessage(event.data, pymId))) && parsed()) send(true);
  });
}
