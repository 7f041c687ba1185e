/** The embed code a partner pastes: an iframe that works alone, and the host script that sizes it. */

const attribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What an embed code points at and says. */
export interface EmbedCodeOptions {
  /** The embed page's absolute URL, e.g. https://site/embed/orders-approvals-stock/. */
  src: string;
  /** The host script's absolute URL, e.g. https://site/embed.js. */
  script: string;
  /** The iframe's title, read out by screen readers: what the chart shows. */
  title: string;
  /** The iframe's height before the host script sizes it, in pixels: enough to show the whole chart. */
  height: number;
}

/**
 * What the embed may do on a partner's page: run its own script and keep its origin (so the host
 * script can check it), open links and downloads in a new tab. Never navigate the partner's page.
 */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';

/**
 * An iframe with a title, a fixed fallback height, lazy loading and a sandbox, and the host
 * script. Without the script (or with it blocked) the iframe still shows the chart at its
 * fallback height.
 */
export function embedCode({ src, script, title, height }: EmbedCodeOptions): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" sandbox="${SANDBOX}" ` +
    `style="width:100%;max-width:100%;border:0;display:block"></iframe>\n` +
    `<script src="${attribute(script)}" async></script>`
  );
}
