/**
 * The export's SHA256SUMS, at its root: the SHA-256 of every other file of the package (manifest.json
 * included), so a partner can check it without our code, with `sha256sum -c SHA256SUMS` (GNU
 * coreutils) or `shasum -a 256 -c SHA256SUMS` (macOS), run in the package's folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSha256Sums, SHA256SUMS, sha256Hex } from '../lib/sha256sums.ts';
import { listFiles } from './manifest.ts';

/** Writes `dir`/SHA256SUMS listing every file under `dir` but itself; returns the number of files listed. */
export function writeSha256Sums(dir: string): number {
  const files = listFiles(dir).filter((path) => path !== SHA256SUMS);
  writeFileSync(join(dir, SHA256SUMS), formatSha256Sums(files.map((path) => ({ path, sha256: sha256Hex(readFileSync(join(dir, path))) }))));
  return files.length;
}
