// What the build and the export share: Astro's command line, the site's default address, the lock on
// Astro's cache, and the swap of a new output folder for the previous one.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
        throw new Error(
          `another build (process ${pid}) is using Astro's cache ${dir}: expected it to finish first, or this build to have its own (ASTRO_CACHE_DIR=…)`,
        );
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

/** The project's own folder: no output may be it or hold it. */
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** True when `inner` is `outer` or lies inside it. */
const within = (outer, inner) => {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/** `path` with every link resolved, as far as it exists. */
function realPath(path) {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  return join(realPath(dirname(absolute)), basename(absolute));
}

/**
 * Checks that `out` may be replaced by an output of ours, throwing an Error that says why not:
 * it may not be, or hold, the project, the current folder, the home folder or the file system's
 * root; and when it exists and is not empty, `isOurs(out)` must recognise an earlier output (the
 * build's _headers, the export's manifest). `what` names the output in the message: "build", "export".
 */
export function claimOutput(out, { isOurs, what }) {
  const real = realPath(out);
  const guarded = [
    ['the project', realPath(PROJECT)],
    ['the current folder', realPath(process.cwd())],
    ['your home folder', realPath(homedir())],
    ['the root of the file system', resolve('/')],
  ];
  for (const [name, folder] of guarded) {
    if (within(real, folder))
      throw new Error(
        `${out} is or holds ${name} (${folder}): expected a folder of its own for the ${what}, such as ${what === 'export' ? 'export' : 'dist'}, which this command replaces whole`,
      );
  }
  if (!existsSync(real)) return;
  if (!lstatSync(real).isDirectory()) throw new Error(`${out} is a file, not a folder: expected a folder for the ${what}, or nothing there`);
  if (readdirSync(real).length > 0 && !isOurs(real)) {
    throw new Error(
      `${out} holds files that are not from an earlier ${what}: expected an empty folder, nothing there, or an earlier output of this command (it is replaced whole, and we will not delete what we did not write)`,
    );
  }
}

/** The sibling folder that holds the previous output while the new one takes its place. */
const previousOf = (out) => join(dirname(out), `.${basename(out)}-previous`);

/**
 * Finishes a swap that a killed process left half done: if the previous output was moved aside
 * and the new one never took its place, the previous one is put back; if both are there, the
 * swap had finished, and the copy set aside is removed. Run first by every build and export.
 */
export function recoverSwap(out) {
  const previous = previousOf(out);
  if (!existsSync(previous)) return;
  if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
  else renameSync(previous, out);
}

/** For the tests that kill a swap halfway: H200_SWAP_STOP=aside|moved stops this process at that step. */
const stopAt = (step) => {
  if (process.env.H200_SWAP_STOP === step) process.kill(process.pid, 'SIGKILL');
};

/**
 * Moves the folder `next` to `out`. The previous `out` is moved aside first and put back if the
 * move fails, so `out` is always either the previous output or the new one; a process killed
 * between the two moves leaves the previous one aside, and recoverSwap puts it back next time.
 */
export function swapFolder(next, out) {
  recoverSwap(out);
  const previous = previousOf(out);
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  stopAt('aside');
  try {
    renameSync(next, out);
  } catch (error) {
    if (hadPrevious) renameSync(previous, out);
    throw error;
  }
  stopAt('moved');
  rmSync(previous, { recursive: true, force: true });
}
