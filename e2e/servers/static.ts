/**
 * A static server for a folder under a path, as a host serves dist/ (`--dir dist --port 4329`) or
 * a partner's host the newsroom export (`--dir .e2e/export/site --port 4330 --mount /deep/path/for/h200/`).
 * Like Netlify, it sends the headers the folder's `_headers` file gives each path. With `--gzip` it
 * sends a file's precompressed `<file>.gz` to a browser that accepts gzip (the benchmark writes them).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor, readHeadersFile } from '../../src/integrations/headers.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, port: { type: 'string' }, mount: { type: 'string', default: '/' }, gzip: { type: 'boolean', default: false } },
});
const mount = values.mount!;
const serve = sirv(values.dir!, { dev: true, etag: true, gzip: values.gzip });
const headersPath = join(values.dir!, '_headers');
const notFound = (res: import('node:http').ServerResponse) => {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
};

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(mount)) return notFound(res);
  // Read on each request: a rebuild swaps the folder while the server runs.
  const rules = existsSync(headersPath) ? readHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  for (const [name, value] of Object.entries(headersFor(rules, url.split(/[?#]/)[0]))) res.setHeader(name, value);
  req.url = `/${url.slice(mount.length)}`;
  serve(req, res, () => notFound(res));
});
// Longer than a test run's pauses: a client reusing a kept-alive socket as the server closes it gets ECONNRESET.
server.keepAliveTimeout = 120_000;
server.listen(Number(values.port), '127.0.0.1');
