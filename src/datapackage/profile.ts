/**
 * Checks a descriptor against the official Data Package v2 JSON Schema profiles, kept in
 * vendor/frictionless-datapackage-2.0/ (public domain), offline: ajv (draft-07) with ajv-formats,
 * each profile registered under the address it is published at. For the tests: ajv is a
 * development dependency, and the build does not need it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/** Where the profiles are kept. */
export const PROFILE_DIR = join(import.meta.dirname, '..', '..', 'vendor', 'frictionless-datapackage-2.0');

/** The profiles, by the address each is published at. */
export const PROFILES = Object.fromEntries(
  ['datapackage', 'dataresource', 'tableschema', 'tabledialect'].map((name) => [`https://datapackage.org/profiles/2.0/${name}.json`, `${name}.json`]),
);

let ajv: Ajv | undefined;

function validator(): Ajv {
  if (ajv) return ajv;
  // Draft-07 reads a keyword it does not know as an annotation. The profiles hold some for form
  // builders (propertyOrder, options, context) and one typo ("item" for "items" in fieldsMatch,
  // frictionlessdata/datapackage#965): ajv's strict mode, which refuses them, is not the standard.
  ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // A hint to form builders that a description is long text: any string is one.
  ajv.addFormat('textarea', true);
  for (const [id, file] of Object.entries(PROFILES)) ajv.addSchema(JSON.parse(readFileSync(join(PROFILE_DIR, file), 'utf8')), id);
  return ajv;
}

/** What is wrong with `descriptor` against the profile at `profile` (the Data Package's by default): one line a fault, none when it is valid. */
export function profileErrors(descriptor: unknown, profile = 'https://datapackage.org/profiles/2.0/datapackage.json'): string[] {
  const validate = validator().getSchema(profile);
  if (!validate) throw new Error(`no profile is kept for ${profile}; expected one of ${Object.keys(PROFILES).join(', ')}`);
  if (validate(descriptor)) return [];
  return (validate.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'}: ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
  );
}
