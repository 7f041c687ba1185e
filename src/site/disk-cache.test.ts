import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskCache, pruneCache, sha256 } from './disk-cache.ts';

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'disk-cache-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const KEY = sha256('a drawing');

describe('diskCache(dir, ext)', () => {
  it('gives back what was written under a key, and nothing for a key never written', () => {
    const cache = diskCache(folder(), 'svg');
    cache.write(KEY, Buffer.from('<svg/>'));
    expect(cache.read(KEY)?.toString()).toBe('<svg/>');
    expect(cache.read(sha256('another'))).toBeUndefined();
  });

  it('reads a damaged entry as missing: a truncated file, another file in its place, bytes changed', () => {
    const dir = folder();
    const cache = diskCache(dir, 'png');
    const file = join(dir, `${KEY}.png`);
    const whole = Buffer.from('a PNG, say, of some length');
    cache.write(KEY, whole);
    const stored = readFileSync(file);
    for (const damaged of [
      stored.subarray(0, stored.length - 3),
      stored.subarray(0, 10),
      Buffer.alloc(0),
      Buffer.concat([stored.subarray(0, 40), Buffer.from('X'), stored.subarray(41)]),
    ]) {
      writeFileSync(file, damaged);
      expect(cache.read(KEY)).toBeUndefined();
    }
    cache.write(KEY, whole);
    expect(cache.read(KEY)?.equals(whole)).toBe(true);
  });

  it('leaves no temporary file behind a write', () => {
    const dir = folder();
    diskCache(dir, 'svg').write(KEY, Buffer.from('x'));
    expect(readdirSync(dir)).toEqual([`${KEY}.svg`]);
  });

  it('refuses a key that is not a hash, so no key can name a file elsewhere', () => {
    expect(() => diskCache(folder(), 'svg').read('../../etc/passwd')).toThrow(/64 hex digits/);
  });
});

describe('pruneCache(dir, since)', () => {
  it('removes the entries not read or written since `since` and stopped writes, and keeps the rest', () => {
    const dir = folder();
    const cache = diskCache(dir, 'svg');
    const [used, unused, fresh] = ['used', 'unused', 'fresh'].map((s) => sha256(s));
    cache.write(used, Buffer.from('u'));
    cache.write(unused, Buffer.from('n'));
    const long = new Date(Date.now() - 60_000);
    for (const key of [used, unused]) utimesSync(join(dir, `${key}.svg`), long, long);
    writeFileSync(join(dir, `${fresh}.svg.123-0.tmp`), 'half');
    const since = Date.now() - 1000;
    expect(cache.read(used)?.toString()).toBe('u');
    cache.write(fresh, Buffer.from('f'));

    const counts = pruneCache(dir, since);
    expect(readdirSync(dir).sort()).toEqual([`${fresh}.svg`, `${used}.svg`].sort());
    expect(counts).toMatchObject({ kept: 2, removed: 2 });
  });

  it('does nothing where there is no folder yet', () => {
    expect(pruneCache(join(folder(), 'none'), Date.now())).toEqual({ made: 0, kept: 0, removed: 0 });
  });
});
