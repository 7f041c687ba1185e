/**
 * A folder of drawings kept between builds, each file named by a hash of everything it was made
 * from, so a build finds what an earlier build drew for the same input and redraws only what
 * changed. Each file holds the SHA-256 of its bytes before them: a damaged or half-written entry
 * reads as missing and is drawn again. A build marks the entries it uses; `pruneCache` then
 * removes the rest, so the folder holds one build's drawings and cannot grow without end.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The hex SHA-256 of `parts`, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function sha256(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** Entries stored under hex keys, each with the file name ending `ext`. */
export interface DiskCache {
  /** The bytes stored under `key`, or undefined when there are none or they are damaged. A hit marks the entry used by this build. */
  read(key: string): Buffer | undefined;
  /** Stores `bytes` under `key`: written to a file of its own and renamed, so a reader sees the whole entry or none. */
  write(key: string, bytes: Uint8Array): void;
}

const DIGEST = 32;
const isKey = (key: string) => /^[0-9a-f]{64}$/.test(key);
/** Temporary files are named `<key>.<ext>.<pid>-<n>.tmp`. */
const TEMP = /\.tmp$/;
let written = 0;

/** The cache in folder `dir` (made when first written), its entries ending `.ext`. */
export function diskCache(dir: string, ext: string): DiskCache {
  const path = (key: string) => {
    if (!isKey(key)) throw new Error(`drawing cache: expected a key of 64 hex digits, got "${key}"`);
    return join(dir, `${key}.${ext}`);
  };
  let warned = false;
  return {
    read(key) {
      const file = path(key);
      let stored: Buffer;
      try {
        stored = readFileSync(file);
      } catch {
        return undefined;
      }
      const body = stored.subarray(DIGEST);
      if (stored.length < DIGEST || !createHash('sha256').update(body).digest().equals(stored.subarray(0, DIGEST))) return undefined;
      const now = new Date();
      try {
        utimesSync(file, now, now);
      } catch {
        // Removed meanwhile: the bytes read are still whole.
      }
      return body;
    },
    write(key, bytes) {
      const file = path(key);
      const temp = `${file}.${process.pid}-${written++}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        // The digest and the bytes written one after the other: no copy of a large PNG in memory.
        const fd = openSync(temp, 'w');
        try {
          for (const part of [createHash('sha256').update(bytes).digest(), bytes]) {
            for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
          }
        } finally {
          closeSync(fd);
        }
        renameSync(temp, file);
      } catch (error) {
        // The cache only saves time: a build that cannot write it still succeeds.
        rmSync(temp, { force: true });
        if (!warned) console.warn(`drawing cache: could not write ${file} (${(error as Error).message}); drawings will be redrawn next build`);
        warned = true;
      }
    },
  };
}

/**
 * Removes the entries of folder `dir` last used or written before `since` (milliseconds since
 * the epoch), and any temporary file left by a build that was stopped. Returns how many entries
 * were written since then (`made`: new files; 0 where the file system does not record it), how
 * many were kept, and how many removed.
 */
export function pruneCache(dir: string, since: number): { made: number; kept: number; removed: number } {
  const counts = { made: 0, kept: 0, removed: 0 };
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return counts;
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      const { mtimeMs, birthtimeMs } = statSync(file);
      if (!TEMP.test(name) && mtimeMs >= since) {
        counts.kept++;
        if (birthtimeMs >= since) counts.made++;
        continue;
      }
      rmSync(file, { force: true });
      counts.removed++;
    } catch {
      // Gone already.
    }
  }
  return counts;
}

/**
 * The variable naming the build's cache folder: set by the drawing-cache integration for
 * `astro build` only, so the dev server draws everything afresh and shows an edit at once.
 */
export const CACHE_FOLDER_VARIABLE = 'H200_DRAWING_CACHE';

const opened = new Map<string, DiskCache>();

/** The build's cache of entries ending `.ext`, or undefined outside `astro build`. */
export function buildCache(ext: string): DiskCache | undefined {
  const dir = process.env[CACHE_FOLDER_VARIABLE];
  if (!dir) return undefined;
  const id = `${dir}\n${ext}`;
  if (!opened.has(id)) opened.set(id, diskCache(dir, ext));
  return opened.get(id);
}
