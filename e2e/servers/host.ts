/**
 * Partner pages on another origin, each embedding one chart of the test export
 * (`node e2e/servers/host.ts --port 4331 --export .e2e/export`):
 *   /embed-code/<id>/          the chart's embed code, pasted as the export gives it
 *   /embed-code/<id>/?bare     the iframe alone, without our host script
 *   /embed-code/<id>/?also=<id2>  a second chart's embed code below the first
 *   /embed-code/<id>/?strict   the embed code on a page whose policy refuses style attributes
 *   /embed-code/<id>/?article  the embed code with a long article going on below it
 *   /embed-code/<id>/?version=<v>  the code of the chart's embed pinned to release <v>, from the export's site
 *   /pym/<id>/                 a page that loads pym.js 1.3.2 and calls new pym.Parent(…)
 *   /pym.v1.js                 pym.js 1.3.2, from node_modules
 *   /blank.html                an empty page, for frames that post forged messages
 */
import { createServer, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string' }, export: { type: 'string' } } });
const require = createRequire(import.meta.url);
const PYM = join(require.resolve('pym.js/package.json'), '..', 'dist', 'pym.v1.js');

const send = (res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
};

/** The rest of a partner's article below the chart: paragraphs a reader is reading when the chart settles. */
const REST = Array.from(
  { length: 12 },
  (_, i) => `<p>Paragraph ${i + 1} of the article that goes on below the chart, long enough to fill a line or two of a phone's screen and more.</p>`,
).join('\n');

/** A partner's article page with `content` in its column, and `rest` after it. */
const article = (title: string, content: string, head = '', rest = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}
<style>body { font: 16px/1.5 sans-serif; margin: 0 auto; max-width: 1000px; padding: 0 10px; } </style></head>
<body><h1>${title}</h1><p>A partner's article, with our chart below.</p>
${content}
<p id="after">The article goes on after the chart.</p>${rest}</body></html>`;

/** The chart's embed code as the export gives it, from its oEmbed document: the live embed's, or the one pinned to release `version`. */
const embedCode = (id: string, version?: string | null) => {
  if (version && !/^\d{4}-\d{2}-\d{2}(-\d+)?$/.test(version)) throw new Error(`?version=${version}: expected a release's version, YYYY-MM-DD`);
  return JSON.parse(
    readFileSync(version ? join(values.export!, 'site', 'embed', id, 'v', version, 'oembed.json') : join(values.export!, 'charts', id, 'oembed.json'), 'utf8'),
  ).html as string;
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://host');
  const [, kind, id] = url.pathname.split('/');
  try {
    if (url.pathname === '/pym.v1.js') return send(res, 200, 'text/javascript', readFileSync(PYM, 'utf8'));
    if (url.pathname === '/blank.html') return send(res, 200, 'text/html', '<!doctype html><title>blank</title>');
    if (url.pathname === '/health') return send(res, 200, 'text/plain', 'ok');
    if (kind === 'embed-code' && id) {
      const also = url.searchParams.get('also');
      const codes = [embedCode(id, url.searchParams.get('version')), ...(also ? [embedCode(also)] : [])].join('\n<p>Between the charts.</p>\n');
      const policy = url.searchParams.has('strict') ? { 'Content-Security-Policy': "style-src-attr 'none'" } : undefined;
      const rest = url.searchParams.has('article') ? REST : '';
      return send(
        res,
        200,
        'text/html',
        article(`Embed code: ${id}`, url.searchParams.has('bare') ? codes.replace(/<script[^>]*><\/script>/g, '') : codes, '', rest),
        policy,
      );
    }
    if (kind === 'pym' && id) {
      const src = /src="([^"]+)"/.exec(embedCode(id))![1];
      const script = `<script src="/pym.v1.js"></script><script>window.pymParent = new pym.Parent('chart', ${JSON.stringify(src)}, {});</script>`;
      return send(res, 200, 'text/html', article(`pym.js: ${id}`, `<div id="chart"></div>${script}`));
    }
    send(res, 404, 'text/plain', 'Not found');
  } catch (error) {
    send(res, 500, 'text/plain', String(error));
  }
});
// Longer than a test run's pauses: a client reusing a kept-alive socket as the server closes it gets ECONNRESET.
server.keepAliveTimeout = 120_000;
server.listen(Number(values.port));
