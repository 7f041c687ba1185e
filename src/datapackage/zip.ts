/**
 * A zip whose bytes depend on its files alone: every entry dated the same fixed day, at midnight
 * on the zip's clock, with no time zone, owner or extra field, in the order given. fflate writes
 * an entry's date from the local clock (zip dates have no zone), so the day is given in local
 * terms: the bytes are the same on every machine.
 */
import { zipSync, type Zippable } from 'fflate';

/** Zips `files` (name → bytes, in order) under the folder `top/`, every entry dated `day` (`YYYY-MM-DD`). */
export function stableZip(files: [string, Uint8Array][], top: string, day: string): Uint8Array {
  const [y, m, d] = day.split('-').map(Number);
  const mtime = new Date(y, m - 1, d);
  const entries: Zippable = {};
  for (const [name, bytes] of files) entries[`${top}/${name}`] = [bytes, { level: 9, mtime }];
  return zipSync(entries, { mtime });
}
