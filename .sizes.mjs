// Sizes of each embed page as an iframe loads it: HTML, CSS, JS (frame script), total, raw and gzipped.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const dist = 'dist';
const ids = readdirSync(`${dist}/embed`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const gz = (b) => gzipSync(b, { level: 9 }).length;
for (const id of ids) {
  const html = readFileSync(`${dist}/embed/${id}/index.html`);
  const text = html.toString();
  const css = [...text.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(dist + m[1]));
  const js = [...text.matchAll(/src="(\/[^"]+\.js)"/g)].map((m) => readFileSync(dist + m[1]));
  const sum = (l) => l.reduce((a, b) => a + b.length, 0);
  const sumgz = (l) => l.reduce((a, b) => a + gz(b), 0);
  console.log(`${id}: HTML ${html.length} (${gz(html)} gz), CSS ${sum(css)} (${sumgz(css)} gz), JS ${sum(js)} (${sumgz(js)} gz), total ${html.length + sum(css) + sum(js)} (${gz(html) + sumgz(css) + sumgz(js)} gz)`);
}
const host = readFileSync(`${dist}/embed.js`);
console.log(`embed.js: ${host.length} (${gz(host)} gz)`);
