/** Site-relative URLs that honour the configured base path, and absolute URLs for metadata. */
import { langOfPath, type Lang } from '../i18n/ui.ts';

/** `/stories/x/` under the site's base, e.g. `/graphics/h200/stories/x/`. */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/**
 * The absolute URL of site path `path` on the published site, for canonical links, Open Graph
 * and feeds. `site` is Astro's `site`, which astro.config.mjs always sets.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('absoluteUrl: astro.config.mjs sets no site; set SITE or its default');
  return new URL(url(path), site).href;
}

/**
 * `href` with `base` in front when it is a path from the site's root that lacks it, so a link a
 * journalist writes as `/stories/x/` works when the site is published under `/graphics/h200/`.
 */
export function withBase(href: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//') || href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/** The language of the page at `pathname` (a URL's path, under the base): `/graphics/h200/fr/…` is French. */
export function pageLang(pathname: string, base: string = import.meta.env.BASE_URL): Lang {
  const prefix = base.replace(/\/$/, '');
  return langOfPath(prefix && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname);
}
