/**
 * Writes `_headers` into the build for static hosts that read one (Netlify, Cloudflare Pages):
 * hashed assets are cached for a year as immutable; everything else (pages, embeds, the host
 * script, data and images, whose URLs stay the same when they change) for five minutes. Every
 * path carries the Content Security Policy (src/lib/csp.ts): embed pages may be framed by any
 * site, the other pages only by the site itself. One rule for every path, the unmatched ones
 * included, adds X-Frame-Options, nosniff and a Referrer-Policy.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyHeader, type PageKind } from '../lib/csp.ts';
import { listFiles } from '../export/manifest.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/** An embed page's folder, in any language: `embed/<id>`, `fr/embed/<id>`. */
const isEmbedFolder = (folder: string) => /^(?:[a-z]{2}\/)?embed\/[^/]+$/.test(folder);

/** The folders holding `file`, outermost first: `fr/embed/x/index.html` → fr, fr/embed, fr/embed/x. */
const foldersOf = (file: string) =>
  file
    .split('/')
    .slice(0, -1)
    .map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/**
 * The `_headers` text for a build holding `files` (paths relative to its folder, with `/`), served
 * under `base`. One rule per path, none overlapping: hosts merge the headers of every rule a path
 * matches, and two policies would both apply. So the folders on the way to an embed page (the
 * root, `embed/`, `fr/`, `fr/embed/`) are listed entry by entry, and every other folder as a whole.
 */
export function headersFile(files: string[], base: string, assetsDir = '_astro'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rule = (path: string, cache: string, kind: PageKind) => `${path}\n  Cache-Control: ${cache}\n  Content-Security-Policy: ${policyHeader(kind)}\n`;
  const embeds = new Set(files.flatMap(foldersOf).filter(isEmbedFolder));
  const split = new Set(['', ...[...embeds].flatMap((folder) => foldersOf(`${folder}/`).slice(0, -1))]);
  const rules: string[] = [];
  const list = (folder: string) => {
    const inside = folder === '' ? '' : `${folder}/`;
    rules.push(rule(`${prefix}${inside}`, SHORT, 'page'));
    const entries = new Map<string, boolean>();
    for (const file of files) if (file.startsWith(inside)) entries.set(file.slice(inside.length).split('/')[0], file.slice(inside.length).includes('/'));
    for (const [name, directory] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
      const path = `${inside}${name}`;
      if (path === '_headers') continue;
      if (path === assetsDir) rules.push(rule(`${prefix}${path}/*`, IMMUTABLE, 'page'));
      else if (!directory) rules.push(rule(`${prefix}${path}`, SHORT, 'page'));
      else if (split.has(path)) list(path);
      else rules.push(rule(`${prefix}${path}/*`, SHORT, embeds.has(path) ? 'embed' : 'page'));
    }
  };
  list('');
  // Every path, matched by a rule above or not (`//stories/x/`, `/%73tories/x/`, `/embed` without
  // its slash, a 404): framed by the site alone, never sniffed, with a referrer kept to the origin.
  // No second policy here: a host joins the headers of every rule a path matches, and browsers
  // ignore X-Frame-Options where a policy's frame-ancestors speaks, so embeds stay framable.
  const everywhere = `${prefix}*\n  X-Frame-Options: SAMEORIGIN\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`;
  // A release's checksums file has no extension for a host to type it by: it is plain text.
  const sums = `${prefix}data/*/SHA256SUMS\n  Content-Type: text/plain; charset=utf-8\n`;
  return `# Written by the build (src/integrations/headers.ts): caching and the Content Security Policy, for static hosts that read _headers.\n${everywhere}${sums}${rules.join('')}`;
}

/** The rules of a `_headers` file: each path pattern (`*` matches anything) with its headers. */
export function readHeadersFile(text: string): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else if (rules.length > 0) rules.at(-1)!.headers.push(line.trim().split(/:\s*(.*)/s, 2) as [string, string]);
  }
  return rules;
}

/** The headers a host that reads `_headers` sends for `path`: every matching rule's, a header set twice joined by commas, as Netlify does. */
export function headersFor(rules: ReturnType<typeof readHeadersFile>, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(
      `^${rule.path
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/** The integration: adds `_headers` to the build's output folder. */
export default function headers(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'h200-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = listFiles(out);
        const text = headersFile(files, base, assetsDir);
        writeFileSync(join(out, '_headers'), text);
        logger.info(`_headers written: ${readHeadersFile(text).length} rules for ${files.length} files under ${base}`);
      },
    },
  };
}
