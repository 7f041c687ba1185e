import { describe, expect, it } from 'vitest';
import { profileErrors } from './profile.ts';

const resource = {
  name: 'figures',
  type: 'table',
  path: 'figures.csv',
  bytes: 10,
  hash: `sha256:${'a'.repeat(64)}`,
  schema: { fields: [{ name: 'id', type: 'string', constraints: { required: true } }], primaryKey: ['id'] },
};
const descriptor = { $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', name: 'x', resources: [resource] };

describe('profileErrors(descriptor)', () => {
  it('passes a descriptor the Data Package v2 profile allows', () => {
    expect(profileErrors(descriptor)).toEqual([]);
  });

  it('refuses a descriptor with no resources, and a resource with neither path nor data', () => {
    expect(profileErrors({ name: 'x' })).toEqual([`/: must have required property 'resources' {"missingProperty":"resources"}`]);
    const { path: _path, ...pathless } = resource;
    expect(profileErrors({ ...descriptor, resources: [pathless] }).length).toBeGreaterThan(0);
  });

  it('refuses a SHA-256 written without its algorithm (a bare hash is read as MD5)', () => {
    expect(profileErrors({ ...descriptor, resources: [{ ...resource, hash: 'a'.repeat(64) }] })).toContainEqual(
      expect.stringMatching(/^\/resources\/0\/hash: must match pattern/),
    );
  });

  it("refuses the Table Schema 'list' type, which the published 2.0 profile lacks (frictionlessdata/datapackage#1089): the package writes lists as patterned strings", () => {
    const list = { ...resource, schema: { fields: [{ name: 'sources', type: 'list', delimiter: ';' }] } };
    expect(profileErrors({ ...descriptor, resources: [list] }).length).toBeGreaterThan(0);
  });

  it('names a profile it does not keep', () => {
    expect(() => profileErrors({}, 'https://datapackage.org/profiles/2.1/datapackage.json')).toThrow(/no profile is kept for .*2\.1/);
  });
});
