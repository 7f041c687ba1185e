/**
 * SHA256SUMS files, as GNU coreutils' `sha256sum` writes them and `sha256sum -c` and macOS's
 * `shasum -a 256 -c` check them: one line a file, `<64 hex digits><two spaces><path>\n`, paths
 * relative to the file's folder with forward slashes, sorted byte by byte so the text is stable.
 */
import { createHash } from 'node:crypto';

/** The name every checksum file carries, beside the files it lists. */
export const SHA256SUMS = 'SHA256SUMS';

/** The hex SHA-256 of some bytes. */
export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** One file of a checksum list: its path from the list's folder, and its hex SHA-256. */
export interface Checksum {
  path: string;
  sha256: string;
}

// sha256sum escapes a name holding a backslash or a line break, and shasum reads such lines
// differently: such a name, or one leaving the folder, has no place in a package.
const SAFE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[^\\\n\r]+$/;

/** The text of a SHA256SUMS file listing `files`, sorted by path; throws on a path the tools would read otherwise. */
export function formatSha256Sums(files: Checksum[]): string {
  const lines = files.map(({ path, sha256 }) => {
    if (!SAFE_PATH.test(path))
      throw new Error(`${SHA256SUMS}: got the path ${JSON.stringify(path)}, expected a relative path with no "..", backslash or line break`);
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`${SHA256SUMS}: ${path}: got ${JSON.stringify(sha256)}, expected 64 lower-case hex digits`);
    return { path, line: `${sha256}  ${path}\n` };
  });
  const seen = new Set<string>();
  for (const { path } of lines) {
    if (seen.has(path)) throw new Error(`${SHA256SUMS}: got ${path} twice, expected each file once`);
    seen.add(path);
  }
  return lines
    .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
    .map((l) => l.line)
    .join('');
}

/** The files a SHA256SUMS text lists, in its order; throws naming the first line that is not `<hex>  <path>`. */
export function parseSha256Sums(text: string): Checksum[] {
  if (text !== '' && !text.endsWith('\n')) throw new Error(`${SHA256SUMS}: expected every line to end with a line break`);
  return text
    .split('\n')
    .slice(0, -1)
    .map((line, i) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!m) throw new Error(`${SHA256SUMS}:${i + 1}: got ${JSON.stringify(line)}, expected "<64 hex digits>  <path>"`);
      return { sha256: m[1], path: m[2] };
    });
}
