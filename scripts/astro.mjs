// What the build and the export share: Astro's command line, the site's default address, the lock on
// Astro's cache, and the swap of a new output folder for the previous one.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** The address the site is built for when SITE is not set (astro.config.mjs) and the export's default base. */
export const DEFAULT_SITE = 'https://h200-ledger.example';

/** Astro's command line, to run with this Node (`process.execPath`), so scripts work with or without npm's PATH. */
export const ASTRO_CLI = (() => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('astro/package.json');
  return join(dirname(pkg), require(pkg).bin.astro);
})();

/** Astro's cache folder for a build, as astro.config.mjs reads it. */
export const cacheDir = () => process.env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro');

/**
 * Takes the lock on Astro's cache folder `dir` until this process exits: two builds sharing one
 * cache can write stories out empty and still succeed. Throws, naming the other process, while
 * a live one holds it; a lock left by a process that died is taken over.
 */
export function lockCache(dir) {
  const lock = `${dir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      process.on('exit', () => rmSync(lock, { force: true }));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid > 0 && alive(pid)) {
        throw new Error(`another build (process ${pid}) is using Astro's cache ${dir}: expected it to finish first, or this build to have its own (ASTRO_CACHE_DIR=…)`);
      }
      rmSync(lock, { force: true });
    }
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/**
 * Moves the folder `next` to `out`. The previous `out` is moved aside first and put back if the
 * move fails, so `out` is always either the previous output or the new one.
 */
export function swapFolder(next, out) {
  const previous = join(dirname(out), `.${basename(out)}-previous`);
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  try {
    renameSync(next, out);
  } catch (error) {
    if (hadPrevious) renameSync(previous, out);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
