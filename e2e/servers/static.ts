/**
 * A static server for a folder under a path, as a partner's host would serve the newsroom export:
 * `node e2e/servers/static.ts --dir .e2e/export/site --port 4330 --mount /deep/path/for/h200/`.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({ options: { dir: { type: 'string' }, port: { type: 'string' }, mount: { type: 'string', default: '/' } } });
const mount = values.mount!;
const serve = sirv(values.dir!, { dev: true, etag: true });
const notFound = (res: import('node:http').ServerResponse) => {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('Not found');
};

createServer((req, res) => {
  const url = req.url ?? '/';
  if (!url.startsWith(mount)) return notFound(res);
  req.url = `/${url.slice(mount.length)}`;
  serve(req, res, () => notFound(res));
}).listen(Number(values.port), '127.0.0.1');
