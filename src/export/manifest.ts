/** A package's manifest: every file with its size and SHA-256, and a check of a folder against it. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The manifest's own name, at the package's root; it does not list itself. */
export const MANIFEST = 'manifest.json';

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

/** Every file under `dir`, as paths from `dir` with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The manifest of every file under `dir` but the manifest itself. */
export function buildManifest(dir: string, { name, base, created }: Omit<Manifest, 'files'>): Manifest {
  const files = listFiles(dir)
    .filter((path) => path !== MANIFEST)
    .map((path) => ({ path, size: statSync(join(dir, path)).size, sha256: sha256(join(dir, path)) }));
  return { name, base, created, files };
}

/**
 * The problems of the package in `dir` against its manifest, one sentence each naming the file:
 * missing, changed (size or SHA-256) or not in the manifest. None means the package is intact.
 */
export function verifyManifest(dir: string): string[] {
  const manifestPath = join(dir, MANIFEST);
  if (!existsSync(manifestPath)) return [`${MANIFEST}: missing, expected at ${manifestPath}`];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return [`${MANIFEST}: not valid JSON (${(error as Error).message})`];
  }
  if (!Array.isArray(manifest?.files)) return [`${MANIFEST}: expected a "files" list`];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const { path, size, sha256: expected } of manifest.files) {
    listed.add(path);
    const file = join(dir, path);
    if (!existsSync(file)) problems.push(`${path}: missing`);
    else if (statSync(file).size !== size) problems.push(`${path}: changed (${statSync(file).size} bytes, expected ${size})`);
    else if (sha256(file) !== expected) problems.push(`${path}: changed (SHA-256 differs from the manifest's)`);
  }
  for (const path of listFiles(dir)) if (path !== MANIFEST && !listed.has(path)) problems.push(`${path}: not in the manifest`);
  return problems;
}
