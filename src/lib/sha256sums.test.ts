import { describe, expect, it } from 'vitest';
import { formatSha256Sums, parseSha256Sums, sha256Hex } from './sha256sums.ts';

const A = sha256Hex('a');
const B = sha256Hex('b');

describe('formatSha256Sums(files)', () => {
  it('writes one "<hex>  <path>" line a file, sorted byte by byte (capitals first), each ended by a line break', () => {
    expect(
      formatSha256Sums([
        { path: 'site/index.html', sha256: A },
        { path: 'README.txt', sha256: B },
      ]),
    ).toBe(`${B}  README.txt\n${A}  site/index.html\n`);
  });

  it('refuses a path sha256sum would escape or that leaves the folder, a bad digest and a file listed twice', () => {
    for (const path of ['a\\b', 'a\nb', '/etc/passwd', '../x', 'site/../x', './x', ''])
      expect(() => formatSha256Sums([{ path, sha256: A }]), JSON.stringify(path)).toThrow(/expected a relative path/);
    expect(() => formatSha256Sums([{ path: 'x', sha256: 'ABC' }])).toThrow('SHA256SUMS: x: got "ABC", expected 64 lower-case hex digits');
    expect(() =>
      formatSha256Sums([
        { path: 'x', sha256: A },
        { path: 'x', sha256: A },
      ]),
    ).toThrow('got x twice');
  });
});

describe('parseSha256Sums(text)', () => {
  it('reads back what formatSha256Sums writes, and binary-mode lines (" *")', () => {
    const files = [
      { path: 'README.txt', sha256: B },
      { path: 'site/a b.html', sha256: A },
    ];
    expect(parseSha256Sums(formatSha256Sums(files))).toEqual(files);
    expect(parseSha256Sums(`${A} *x.zip\n`)).toEqual([{ path: 'x.zip', sha256: A }]);
  });

  it('names the line that is not a checksum line', () => {
    expect(() => parseSha256Sums(`${A}  a\nnot a line\n`)).toThrow('SHA256SUMS:2: got "not a line", expected "<64 hex digits>  <path>"');
    expect(() => parseSha256Sums(`${A}  a`)).toThrow('expected every line to end with a line break');
  });
});
