/**
 * The files of each data release's package, the same in every language: /data/<version>/ holds
 * datapackage.json, the CSV tables, README.md, SHA256SUMS and h200-ledger-data-<version>.zip.
 */
import type { APIContext } from 'astro';
import { dataPackagePaths, getDataPackage, packageFiles } from '../../../site/data-packages.ts';

export function getStaticPaths() {
  return dataPackagePaths();
}

export async function GET({ params }: APIContext) {
  const file = packageFiles(await getDataPackage(params.version!)).find((f) => f.name === params.file);
  if (!file) throw new Error(`/data/${params.version}/${params.file}: no such file in the release's package`);
  return new Response(new Uint8Array(file.bytes), { headers: { 'Content-Type': file.mediaType } });
}
