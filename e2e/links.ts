/**
 * A link checker for built files that needs no network and no server. Every internal address
 * written in an HTML, SVG, CSS, XML or JSON file (href, src, srcset, action, poster, og:image,
 * sitemap <loc>, oEmbed URLs…) must name a file of the build, as a static host serves it, and
 * every #fragment an id (or <a name>) in the document it points at. Any other address is only
 * checked to be http(s) or mailto: nothing is fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';
import { listFiles } from '../src/export/manifest.ts';

/**
 * A folder and the address it answers at: `{ dir: 'dist', url: 'https://site.example/' }` for a
 * site, `{ dir: 'charts/x', url: 'file:///…/charts/x/' }` for a folder opened from disk.
 */
export interface Root {
  dir: string;
  /** The folder's address, ending in "/". */
  url: string;
}

/** A link that leads nowhere: the file it is written in, the link as written, and why. */
export interface Broken {
  file: string;
  link: string;
  reason: string;
}

/** What was checked, and what was found broken. */
export interface LinkReport {
  /** Files read: HTML, SVG, CSS, XML and JSON. */
  files: number;
  /** Of which HTML pages and SVG documents. */
  pages: number;
  /** Every address written in them, internal and external. */
  links: number;
  /** Addresses inside one of the roots, each resolved to a file. */
  internal: number;
  /** Addresses elsewhere: only their scheme is checked. */
  external: number;
  /** Internal addresses with a #fragment, each looked up in its target document. */
  fragments: number;
  broken: Broken[];
}

const CHECKED = new Set(['.html', '.svg', '.css', '.xml', '.json']);
/** Attributes whose value is one address (or, for srcset and ping, several). */
const URL_ATTRIBUTES = [
  'href',
  'xlink:href',
  'src',
  'srcset',
  'imagesrcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'longdesc',
  'manifest',
  'ping',
];
/** XML elements whose text is an address: sitemaps' <loc>, feeds' <link>, <guid> and <url>. */
const URL_ELEMENTS = new Set(['loc', 'link', 'guid', 'url']);

/** Checks every file under the roots; each root is one folder of the build, served at its address. */
export function checkLinks(roots: Root[]): LinkReport {
  const report: LinkReport = { files: 0, pages: 0, links: 0, internal: 0, external: 0, fragments: 0, broken: [] };
  const targets = new Targets();
  for (const root of roots) {
    for (const file of listFiles(root.dir).map((path) => join(root.dir, path))) {
      if (!CHECKED.has(extname(file))) continue;
      report.files++;
      if (['.html', '.svg'].includes(extname(file))) report.pages++;
      const address = addressOf(root, file);
      const where = relative(process.cwd(), file);
      let links: Link[];
      try {
        links = linksIn(file, readFileSync(file, 'utf8'), address);
      } catch (error) {
        report.broken.push({ file: where, link: '(the whole file)', reason: `unreadable: ${(error as Error).message}` });
        continue;
      }
      for (const link of links) {
        report.links++;
        const reason = check(link, roots, targets, report);
        if (reason) report.broken.push({ file: where, link: link.text, reason });
      }
    }
  }
  return report;
}

/** One broken link a line: `file: link (reason)`. */
export function formatBroken(broken: Broken[]): string {
  return broken.map((b) => `${b.file}: ${b.link} (${b.reason})`).join('\n');
}

/** An address as written, and the address it is resolved against. */
interface Link {
  text: string;
  base: string;
}

/** Why `link` is broken, or undefined if it leads somewhere (counting it in `report`). */
function check({ text, base }: Link, roots: Root[], targets: Targets, report: LinkReport): string | undefined {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return 'not a valid address';
  }
  const root = roots.find((r) => url.href.split(/[?#]/)[0].startsWith(r.url));
  if (!root) {
    if (url.protocol === 'file:') return 'outside the folder: it is not in the package';
    const bases = roots.filter((r) => /^https?:$/.test(url.protocol) && new URL(r.url).origin === url.origin).map((r) => new URL(r.url).pathname);
    if (bases.length > 0) return `on the site's origin but outside its base ${bases.join(' or ')}`;
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return `scheme ${url.protocol} (only http, https and mailto may leave the site)`;
    report.external++;
    return undefined;
  }
  report.internal++;
  const path = safeDecode(url.pathname).slice(safeDecode(new URL(root.url).pathname).length);
  let file = join(root.dir, path);
  if (path === '' || path.endsWith('/')) {
    // A host serves a folder's index.html; a browser opening files from disk does not.
    if (root.url.startsWith('file:')) return 'a folder, opened from disk: name its file';
    file = join(file, 'index.html');
    if (!existsSync(file)) return `no ${relative(process.cwd(), file)}`;
  } else if (!existsSync(file)) {
    return `no ${relative(process.cwd(), file)}`;
  } else if (statSync(file).isDirectory()) {
    return "a folder: end the link with / (the site's trailingSlash is 'always')";
  }
  const fragment = url.hash.slice(1);
  if (fragment === '') return undefined;
  report.fragments++;
  const ids = targets.ids(file);
  if (!ids) return `#${fragment} in a file that has no ids (${extname(file)})`;
  // As HTML finds a fragment: as written, then percent-decoded; "top" is the top of the page.
  if (ids.has(fragment) || ids.has(safeDecode(fragment)) || fragment.toLowerCase() === 'top' || fragment.startsWith(':~:')) return undefined;
  return `no id="${safeDecode(fragment)}" in ${relative(process.cwd(), file)}`;
}

/** The ids of the HTML and SVG files that links point into, each file read once. */
class Targets {
  #ids = new Map<string, Set<string> | undefined>();
  ids(file: string): Set<string> | undefined {
    if (!this.#ids.has(file)) {
      const document = documentOf(file, readFileSync(file, 'utf8'));
      const names =
        document && [...document.querySelectorAll('[id], a[name]')].flatMap((e) => [e.getAttribute('id'), e.localName === 'a' ? e.getAttribute('name') : null]);
      this.#ids.set(file, names ? new Set(names.filter((n) => n !== null)) : undefined);
    }
    return this.#ids.get(file);
  }
}

/** The file's document, for HTML and SVG; undefined for other files. */
function documentOf(file: string, text: string): Document | undefined {
  if (extname(file) === '.html') return parseHTML(text).document as unknown as Document;
  if (extname(file) === '.svg') return new DOMParser().parseFromString(text, 'image/svg+xml') as unknown as Document;
  return undefined;
}

/** Every address written in a file, with the address it is resolved against. */
function linksIn(file: string, text: string, address: string): Link[] {
  switch (extname(file)) {
    case '.html':
    case '.svg':
      return documentLinks(documentOf(file, text)!, address);
    case '.css':
      return cssUrls(text).map((t) => ({ text: t, base: address }));
    case '.xml':
      return xmlLinks(text, address);
    case '.json':
      return jsonLinks(JSON.parse(text), address);
    default:
      return [];
  }
}

/** The addresses in an HTML or SVG document: URL attributes, og:/twitter: metadata, refreshes and CSS. */
function documentLinks(document: Document, address: string): Link[] {
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const base = baseHref ? new URL(baseHref, address).href : address;
  const links: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      // `data` is an address only on <object>; `background` only on <body>.
      if (value === null || (name === 'data' && element.localName !== 'object') || (name === 'background' && element.localName !== 'body')) continue;
      if (element.localName === 'base' && name === 'href') continue;
      if (name.endsWith('srcset')) links.push(...srcset(value));
      else if (name === 'ping') links.push(...value.split(/\s+/).filter(Boolean));
      else links.push(value.trim());
    }
    if (element.localName === 'meta') {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      const content = element.getAttribute('content') ?? '';
      if (/^(og|twitter):/.test(key) && /^https?:\/\//i.test(content)) links.push(content);
      const refresh = /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)/i.exec(content);
      if (element.getAttribute('http-equiv')?.toLowerCase() === 'refresh' && refresh) links.push(refresh[1].trim());
    }
    if (element.localName === 'style') links.push(...cssUrls(element.textContent ?? ''));
    if (element.localName === 'script' && element.getAttribute('type') === 'application/ld+json')
      links.push(...jsonLinks(JSON.parse(element.textContent ?? 'null'), base).map((l) => l.text));
    const style = element.getAttribute('style');
    if (style) links.push(...cssUrls(style));
  }
  return links.map((text) => ({ text, base }));
}

/** The addresses of a srcset: each candidate's URL, before its width or density. */
function srcset(value: string): string[] {
  return value
    .split(/,(?=\s)|,$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** The addresses in CSS: url(…) and @import, leaving out inline data: URLs. */
function cssUrls(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls = [...text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3/g)].map((m) => (m[2] ?? m[4]).trim());
  return urls.filter((u) => !/^data:/i.test(u));
}

/** The addresses in a sitemap or feed: <loc>, <link>, <guid> (if a permalink), <url>, and href and url attributes. */
function xmlLinks(text: string, address: string): Link[] {
  const document = new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
  const links: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const name = element.tagName.replace(/^.*:/, '').toLowerCase();
    const isAddress = URL_ELEMENTS.has(name) && element.children.length === 0 && !(name === 'guid' && element.getAttribute('isPermaLink') === 'false');
    if (isAddress && element.textContent?.trim()) links.push(element.textContent.trim());
    for (const attribute of ['href', 'url']) {
      const value = element.getAttribute(attribute);
      if (value) links.push(value);
    }
  }
  return links.map((t) => ({ text: t, base: address }));
}

/** The addresses in JSON (an oEmbed response): strings that are absolute http(s) URLs, and those in HTML strings. */
function jsonLinks(value: unknown, address: string): Link[] {
  if (typeof value === 'string') {
    if (/^https?:\/\//i.test(value)) return [{ text: value, base: address }];
    if (/<[a-z][^>]*\s(href|src)=/i.test(value))
      return documentLinks(parseHTML(`<!doctype html><html><body>${value}</body></html>`).document as unknown as Document, address);
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => jsonLinks(v, address));
  if (value && typeof value === 'object') return Object.values(value).flatMap((v) => jsonLinks(v, address));
  return [];
}

/** The address a file is read at: a folder's index.html at the folder's address where a host serves it. */
function addressOf(root: Root, file: string): string {
  const path = relative(root.dir, file).split(sep).map(encodeURIComponent).join('/');
  const served = !root.url.startsWith('file:') && (path === 'index.html' || path.endsWith('/index.html'));
  return new URL(served ? path.slice(0, -'index.html'.length) : path, root.url).href;
}

/** Every file under `dir`, in a stable order. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
