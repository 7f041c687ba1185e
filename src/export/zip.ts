/** Packs a folder into one zip file with fflate, under a top folder of the zip's own name. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from './manifest.ts';

// Already compressed: stored as they are.
const STORED = /\.(png|jpe?g|gif|webp|zip|woff2?)$/i;

/** Writes every file under `dir` into the zip at `zipPath`, inside the folder `top/`; returns the number of files. */
export function zipFolder(dir: string, zipPath: string, top: string): number {
  const files = listFiles(dir);
  const entries: Zippable = {};
  for (const path of files) entries[`${top}/${path}`] = [readFileSync(join(dir, path)), { level: STORED.test(path) ? 0 : 6 }];
  writeFileSync(zipPath, zipSync(entries));
  return files.length;
}
