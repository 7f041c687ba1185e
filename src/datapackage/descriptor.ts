/**
 * `datapackage.json`: a Frictionless Data Package v2 descriptor for a release's tables, each a
 * tabular resource with its Table Schema, its size in bytes and its SHA-256, written as the
 * standard says other algorithms than MD5 are: the algorithm's name in lower case, a colon, the
 * hex digest (`sha256:…`).
 */
import type { Site } from '../data/content-schema.ts';
import { sha256Hex } from '../lib/sha256sums.ts';
import type { TableSchema } from './table-schema.ts';
import type { Table } from './tables.ts';

/** The profile the descriptor follows (vendor/frictionless-datapackage-2.0/datapackage.json). */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** A tabular resource of the descriptor. */
export interface Resource {
  name: string;
  type: 'table';
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  schema: TableSchema;
}

/** What the descriptor holds. */
export interface Descriptor {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  keywords: string[];
  licenses: { path: string; title: string }[];
  contributors: { title: string; roles: string[] }[];
  resources: Resource[];
}

/** The package's identity: its name, title, description and version. */
export interface PackageIdentity {
  name: string;
  title: string;
  description: string;
  version: string;
}

/** The descriptor of a package whose tables were written as `csv` (table name → CSV text). */
export function packageDescriptor(identity: PackageIdentity, site: Site, tables: { table: Table; csv: string }[]): Descriptor {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    ...identity,
    keywords: ['Nvidia', 'H200', 'China', 'semiconductors', 'export controls'],
    licenses: [{ path: site.licence.url, title: site.licence.name }],
    contributors: [{ title: site.name, roles: ['creator'] }],
    resources: tables.map(({ table, csv }) => ({
      name: table.name,
      type: 'table',
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(csv),
      hash: `sha256:${sha256Hex(csv)}`,
      schema: table.schema,
    })),
  };
}
