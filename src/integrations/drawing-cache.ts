/**
 * Keeps chart drawings and PNGs between builds in `<cacheDir>/drawings/` (src/site/disk-cache.ts):
 * names the folder for `astro build`, and when the build is done removes the entries it did not
 * use, so the folder holds the drawings of the last build only.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CACHE_FOLDER_VARIABLE, pruneCache } from '../site/disk-cache.ts';

export default function drawingCache(): AstroIntegration {
  let folder: string | undefined;
  let started = 0;
  return {
    name: 'h200:drawing-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = fileURLToPath(new URL('drawings/', config.cacheDir));
      },
      'astro:build:start': () => {
        started = Date.now();
        process.env[CACHE_FOLDER_VARIABLE] = folder;
      },
      'astro:build:done': ({ logger }) => {
        if (!folder) return;
        const { made, kept, removed } = pruneCache(folder, started);
        logger.info(`${kept} drawings and PNGs used (${made} drawn, ${kept - made} from the last build), ${removed} no longer used removed from ${folder}.`);
      },
    },
  };
}
