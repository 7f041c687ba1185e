/**
 * Each recorded release's data package (src/datapackage/), made once per site model: the data
 * endpoints (/data/<version>/<file>) and the /data/ page's downloads ask for the same few files.
 * In `npm run dev`, a new model (an edit in content/) makes them again.
 */
import { resolve } from 'node:path';
import { loadPackageInput } from '../datapackage/load.ts';
import { releasePackage, type DataPackage, type PackageFile } from '../datapackage/package.ts';
import { getModel, type SiteModel } from './model.ts';

const CONTENT = resolve(process.env.H200_CONTENT ?? 'content');
const made = new WeakMap<SiteModel, Map<string, DataPackage>>();

/** The data package of release `version`, or an error naming the releases there are. */
export async function getDataPackage(version: string): Promise<DataPackage> {
  const model = await getModel();
  if (!made.has(model)) made.set(model, new Map());
  const packages = made.get(model)!;
  if (!packages.has(version)) {
    const release = model.releases.find((r) => r.version === version);
    if (!release) throw new Error(`no data release "${version}"; expected one of ${model.releases.map((r) => r.version).join(', ') || '(none recorded)'}`);
    packages.set(version, releasePackage(loadPackageInput(release, model.site, CONTENT)));
  }
  return packages.get(version)!;
}

/** Every file of a package, the zip last: what /data/<version>/ serves. */
export const packageFiles = (pkg: DataPackage): PackageFile[] => [...pkg.files, pkg.zip];

/** `getStaticPaths` entries for every file of every release's package: `{ version, file }`. */
export async function dataPackagePaths(): Promise<{ params: { version: string; file: string } }[]> {
  const { releases } = await getModel();
  const packages = await Promise.all(releases.map((r) => getDataPackage(r.version)));
  return packages.flatMap((pkg) => packageFiles(pkg).map((f) => ({ params: { version: pkg.version, file: f.name } })));
}
