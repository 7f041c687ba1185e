/**
 * The site's Content Security Policy, written once: the pages' `<meta>` (src/layouts/) and the
 * hosts' `_headers` (src/integrations/headers.ts) both read it. Everything a page loads comes from
 * its own origin; nothing inline runs or styles, nothing is evaluated.
 * Not Astro's `security.csp`: it adds hashes of the inline scripts and styles Astro emits, and we
 * emit none, so it would only write the same `'self'` policy, out of reach of `_headers`.
 */

/** What a page may load, by directive: its own scripts, stylesheets, images and frames, and nothing else. */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // The embed previewer (/embed/) frames our own embed pages.
  ['frame-src', "'self'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** The policy as a `<meta http-equiv="Content-Security-Policy">` gives it: browsers ignore `frame-ancestors` there. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.map((directive) => directive.join(' ')).join('; ');

/**
 * Who may frame a page, which only a header can say: the site's own pages (the previewer frames
 * embeds, nothing frames a story), any partner for an embed page. To allow named partners only,
 * list their origins instead of `*`: `frame-ancestors 'self' https://news.example`.
 */
export const FRAME_ANCESTORS = { page: "'self'", embed: '*' } as const;

/** A site page or an embed page, for `frame-ancestors`. */
export type PageKind = keyof typeof FRAME_ANCESTORS;

/** The policy as the `Content-Security-Policy` header gives it, for a site page or an embed page. */
export function policyHeader(kind: PageKind): string {
  return `${CONTENT_SECURITY_POLICY}; frame-ancestors ${FRAME_ANCESTORS[kind]}`;
}
