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
  /**
   * Whether the iframe carries its `style` attribute (`IFRAME_STYLE`), as partners need. A page of
   * ours leaves it out, since its Content Security Policy refuses inline styles, and gives the same
   * rules in its stylesheet.
   */
  styled?: boolean;
  /**
   * Whether the iframe carries its sandbox (`SANDBOX`), as partners need. Our previewer, which
   * frames embeds of its own origin, leaves it out: there `allow-scripts allow-same-origin` lets the
   * embed lift its own sandbox, so it would protect nothing (and the HTML checker refuses it).
   */
  sandboxed?: boolean;
}

/** How the iframe sits in a partner's column: full width, no border. */
export const IFRAME_STYLE = 'width:100%;max-width:100%;border:0;display:block';

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
export function embedCode({ src, script, title, height, styled = true, sandboxed = true }: EmbedCodeOptions): string {
  // No width="100%": the attribute takes pixels only; the style gives the full width.
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" height="${Math.round(height)}" loading="lazy"${sandboxed ? ` sandbox="${SANDBOX}"` : ''}` +
    `${styled ? ` style="${IFRAME_STYLE}"` : ''}></iframe>\n` +
    `<script src="${attribute(script)}" async></script>`
  );
}
