/** A package's manifest: every file with its size and SHA-256, and a check of a folder against it. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SHA256SUMS } from '../lib/sha256sums.ts';

/** The manifest's own name, at the package's root; it does not list itself. */
export const MANIFEST = 'manifest.json';

/** The files at the package's root that list the others, and so are not in the manifest: itself, and the SHA256SUMS that lists it in turn. */
const CHECKSUM_FILES = new Set([MANIFEST, SHA256SUMS]);

/** One file of a package. */
export interface ManifestEntry {
  /** The path from the package's root, with forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

/** What manifest.json holds. */
export interface Manifest {
  name: string;
  /** The address the package's site and embed codes were built for. */
  base: string;
  created: string;
  files: ManifestEntry[];
}

/** Files an operating system leaves in folders it shows (Finder, Explorer): not part of a package. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** Every file under `dir`, as paths from `dir` with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !SYSTEM_FILES.has(entry.name)) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** What is wrong with a manifest entry, or undefined: a relative path inside the package, a size and a SHA-256. */
function entryFault(entry: unknown): string | undefined {
  const { path, size, sha256 } = (entry ?? {}) as Partial<ManifestEntry>;
  if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '')) {
    return `got path ${JSON.stringify(path)}, expected a path inside the package such as "site/index.html"`;
  }
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 0) return `${path}: got size ${JSON.stringify(size)}, expected a whole number of bytes`;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return `${path}: got sha256 ${JSON.stringify(sha256)}, expected 64 hex digits`;
  return undefined;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The manifest of every file under `dir` but the manifest itself and the root's SHA256SUMS. */
export function buildManifest(dir: string, { name, base, created }: Omit<Manifest, 'files'>): Manifest {
  const files = listFiles(dir)
    .filter((path) => !CHECKSUM_FILES.has(path))
    .map((path) => ({ path, size: statSync(join(dir, path)).size, sha256: sha256(join(dir, path)) }));
  return { name, base, created, files };
}

/** What a directory entry is, when it is not a regular file: "a symbolic link (to /etc/passwd)", "a FIFO"… */
function kindOf(stats: Stats, path: string): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isSymbolicLink()) return `a symbolic link (to ${readlinkSync(path)})`;
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** The first folder on the way to `path` in `dir` that is something else (a link, a file), with what it is. */
function notAFolderOnTheWay(dir: string, path: string): { at: string; kind: string } | undefined {
  const parts = path.split('/').slice(0, -1);
  for (let k = 1; k <= parts.length; k++) {
    const at = parts.slice(0, k).join('/');
    const stats = lstatSync(join(dir, at), { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) return { at, kind: kindOf(stats, join(dir, at))! };
  }
  return undefined;
}

/**
 * The problems of the package in `dir` against its manifest, one sentence each naming the file:
 * missing, changed (size or SHA-256), not a regular file (a symbolic link, a directory, a FIFO, a
 * socket or a device, on the way to it or in its place), or not in the manifest. Entries are read
 * with lstat, so no link is followed and nothing but a regular file is ever opened: the check
 * cannot be sent outside the package and never blocks. None means the package is intact.
 */
export function verifyManifest(dir: string): string[] {
  const manifestPath = join(dir, MANIFEST);
  const manifestStats = lstatSync(manifestPath, { throwIfNoEntry: false });
  if (!manifestStats) return [`${MANIFEST}: missing, expected at ${manifestPath}`];
  const notFile = kindOf(manifestStats, manifestPath);
  if (notFile) return [`${MANIFEST}: ${notFile}, expected the manifest itself`];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return [`${MANIFEST}: not valid JSON (${(error as Error).message})`];
  }
  if (!Array.isArray(manifest?.files)) return [`${MANIFEST}: expected a "files" list`];
  const problems: string[] = [];
  const listed = new Set<string>();
  const badFolders = new Set<string>();
  for (const [i, entry] of manifest.files.entries()) {
    const fault = entryFault(entry);
    if (fault) {
      problems.push(`${MANIFEST}: files[${i}]: ${fault}`);
      continue;
    }
    const { path, size, sha256: expected } = entry;
    listed.add(path);
    // Each folder on the way must be a folder, not a link out of the package.
    const folder = notAFolderOnTheWay(dir, path);
    if (folder) {
      if (!badFolders.has(folder.at)) problems.push(`${folder.at}/: ${folder.kind}, expected a folder of the package`);
      badFolders.add(folder.at);
      continue;
    }
    const file = join(dir, path);
    const stats = lstatSync(file, { throwIfNoEntry: false });
    const kind = stats && kindOf(stats, file);
    if (!stats) problems.push(`${path}: missing`);
    else if (kind) problems.push(`${path}: ${kind} where a file is listed, expected the file itself`);
    else if (stats.size !== size) problems.push(`${path}: changed (${stats.size} bytes, expected ${size})`);
    else if (sha256(file) !== expected) problems.push(`${path}: changed (SHA-256 differs from the manifest's)`);
  }
  // Everything else in the package, named, system files and links included; links are not followed.
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (CHECKSUM_FILES.has(path) || listed.has(path)) continue;
      const kind = entry.isFile()
        ? SYSTEM_FILES.has(entry.name)
          ? 'a file an operating system left'
          : undefined
        : kindOf(lstatSync(join(dir, path)), join(dir, path));
      problems.push(`${path}: not in the manifest${kind ? ` (${kind})` : ''}`);
    }
  };
  walk('');
  return problems;
}
