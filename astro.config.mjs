// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import headers from './src/integrations/headers.ts';
import drawingCache from './src/integrations/drawing-cache.ts';
import { DEFAULT_SITE } from './scripts/astro.mjs';

/** The public address of the site: set SITE when publishing elsewhere. */
const site = process.env.SITE ?? DEFAULT_SITE;

export default defineConfig({
  site,
  /** The path the site is published under, e.g. /graphics/h200/ (the newsroom export sets it). */
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Embed pages are noindex: they stay out of the sitemap.
    // Each page lists its other language (hreflang), as the pages' own alternate links do.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/'), i18n: { defaultLocale: 'en', locales: { en: 'en-GB', fr: 'fr-FR' } } }),
    headers(),
    // Drawings and PNGs kept between builds, so a rebuild after one edit redraws only what changed.
    drawingCache(),
  ],
  // Two pages at a time: while resvg draws a PNG on its own thread, the other core renders HTML.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Scripts as files, never inline: cacheable, and allowed by a Content Security Policy without 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Tests that build other content folders keep their content cache apart from the site's.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
