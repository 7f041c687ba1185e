/** Reads what a release's package is made from: the README templates and the release's own data README. */
import { join } from 'node:path';
import type { Site } from '../data/content-schema.ts';
import { DataError } from '../data/errors.ts';
import { readText } from '../data/load.ts';
import { loadPackageReadmes } from '../data/package-readme.ts';
import type { Release } from '../data/release.ts';
import type { PackageInput } from './package.ts';

/** The input of `releasePackage` for `release`, with the templates of `content` (files named from `root`). */
export function loadPackageInput(release: Release, site: Site, content: string, root = process.cwd()): PackageInput {
  const file = join(release.dir, 'data', 'README.md');
  if (!('README.md' in release.files)) {
    throw new DataError({ file }, 'is not in the release: expected every release to record its data README, which states the grading rule it used');
  }
  return { release, site, templates: loadPackageReadmes(content, root), dataReadme: { text: readText({ path: join(root, file), name: file }), file } };
}
