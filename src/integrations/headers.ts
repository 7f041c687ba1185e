/**
 * Writes `_headers` into the build for static hosts that read one (Netlify, Cloudflare Pages):
 * hashed assets are cached for a year as immutable; everything else (pages, embeds, the host
 * script, data and images, whose URLs stay the same when they change) for five minutes.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/** The `_headers` text for a build whose top-level entries are `entries`, served under `base`. */
export function headersFile(entries: { name: string; directory: boolean }[], base: string, assetsDir = '_astro'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rule = (path: string, value: string) => `${path}\n  Cache-Control: ${value}\n  X-Content-Type-Options: nosniff\n`;
  // One rule per path, none overlapping: hosts merge the headers of every rule a path matches.
  const rules = [rule(`${prefix}${assetsDir}/*`, IMMUTABLE), rule(prefix, SHORT)];
  for (const { name, directory } of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (name === assetsDir || name === '_headers') continue;
    rules.push(rule(directory ? `${prefix}${name}/*` : `${prefix}${name}`, SHORT));
  }
  return `# Written by the build (src/integrations/headers.ts): caching for static hosts that read _headers.\n${rules.join('')}`;
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
        const entries = readdirSync(out).map((name) => ({ name, directory: statSync(join(out, name)).isDirectory() }));
        writeFileSync(join(out, '_headers'), headersFile(entries, base, assetsDir));
        logger.info(`_headers written for ${entries.length} top-level entries under ${base}`);
      },
    },
  };
}
