/**
 * Tools for attacking a partner page that uses our host script: the page itself, frames to post
 * from, and a way to post any value from any window exactly as given (Playwright's own transport
 * drops `__proto__` keys and knows no Map, Blob or boxed number), counting what arrived.
 */
import { expect, type Frame, type Page } from '@playwright/test';
import { EXPORT_BASE, HOST } from './servers/addresses.ts';

/** The chart whose embed code the partner page pastes. */
export const ID = 'orders-approvals-stock';

/**
 * A page on the embed's origin that is not part of the export (a 404, as the newsroom's other
 * pages would be). Unlike the export's own pages, which only their own origin may frame, anyone can frame it.
 */
export const EMBED_ORIGIN_PAGE = new URL('/elsewhere/', EXPORT_BASE).href;

/** Our height message, well formed. */
export const valid = (height: number) => ({ type: 'h200-ledger:embed-height', version: 1, height });

/** A partner page with our embed, sized and settled; returns the iframe, its frame and its height. */
export async function settledHost(page: Page, path = `/embed-code/${ID}/`) {
  await page.goto(`${HOST}${path}`);
  const iframe = page.locator(`iframe[src^="${EXPORT_BASE}embed/"]`).first();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await frame.waitForLoadState('load');
  await expect.poll(() => iframe.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
  return { iframe, frame, height: await iframe.evaluate((e) => e.style.height) };
}

/**
 * Adds a frame named `name` showing `src` to `parent` (the page's main frame by default), and
 * returns it once loaded. It is out of the flow, so it does not change the size of its parent's page.
 */
export async function addFrame(page: Page, name: string, src: string, parent: Frame = page.mainFrame()): Promise<Frame> {
  await parent.evaluate(
    ({ name, src }) =>
      new Promise((loaded) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        frame.name = name;
        frame.style.cssText = 'position: absolute; width: 1px; height: 1px; border: 0';
        frame.onload = loaded;
        document.body.append(frame);
      }),
    { name, src },
  );
  return page.frame({ name })!;
}

/** Stands for a Blob in Part (which cannot read one synchronously): the sender makes the Blob. */
export class BlobSpec {
  readonly text: string;
  readonly type: string;
  constructor(text: string, type: string) {
    this.text = text;
    this.type = type;
  }
}

/**
 * One value of a posted message as JSON-safe data, rebuilt exactly in the page: own `__proto__`
 * keys, holes, -0 and all. Values inside it are indices of earlier parts, so that a deep value
 * stays flat on the way (the DevTools protocol refuses deeply nested JSON).
 */
export type Part =
  | ['undefined']
  | ['null']
  | ['boolean', boolean]
  | ['number', string]
  | ['bigint', string]
  | ['string', string]
  | ['array', number, [number, number][]]
  | ['object', [string, number][], boolean]
  | ['boxed', number]
  | ['date', string]
  | ['regexp', string, string]
  | ['error', string]
  | ['map', [number, number][]]
  | ['set', number[]]
  | ['typed', string, string[]]
  | ['buffer', number[]]
  | ['blob', string, string];

const tag = (value: object) => Object.prototype.toString.call(value).slice(8, -1);
const numeral = (n: number | bigint) => (Object.is(n, -0) ? '-0' : String(n));

/** `value` as parts, the value itself last; throws on a value a page could not be given. */
export function encode(value: unknown, parts: Part[] = []): Part[] {
  const at = (v: unknown) => {
    encode(v, parts);
    return parts.length - 1;
  };
  parts.push(part(value, at));
  return parts;
}

function part(value: unknown, at: (v: unknown) => number): Part {
  if (value === undefined) return ['undefined'];
  if (value === null) return ['null'];
  if (typeof value === 'boolean') return ['boolean', value];
  if (typeof value === 'number') return ['number', numeral(value)];
  if (typeof value === 'bigint') return ['bigint', String(value)];
  if (typeof value === 'string') return ['string', value];
  if (typeof value !== 'object') throw new Error(`cannot post a ${typeof value}`);
  if (value instanceof BlobSpec) return ['blob', value.text, value.type];
  if (Array.isArray(value)) return ['array', value.length, Object.keys(value).map((i): [number, number] => [Number(i), at(value[Number(i)])])];
  if (value instanceof Date) return ['date', String(value.getTime())];
  if (value instanceof RegExp) return ['regexp', value.source, value.flags];
  if (value instanceof Error) return ['error', value.message];
  if (value instanceof Map) return ['map', [...value].map(([k, v]): [number, number] => [at(k), at(v)])];
  if (value instanceof Set) return ['set', [...value].map(at)];
  if (value instanceof ArrayBuffer) return ['buffer', [...new Uint8Array(value)]];
  if (ArrayBuffer.isView(value)) return ['typed', tag(value), [...(value as unknown as Iterable<number | bigint>)].map(numeral)];
  if (['Number', 'String', 'Boolean', 'BigInt'].includes(tag(value))) return ['boxed', at(value.valueOf())];
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Error(`cannot post a ${tag(value)}`);
  return ['object', Object.entries(value).map(([k, v]): [string, number] => [k, at(v)]), proto === null];
}

/** One message a window posts: its data, the target origin, and whether a port (and the data, if an ArrayBuffer) is transferred with it, in postMessage's options form or its positional one. */
export interface Post<Data = unknown> {
  data: Data;
  targetOrigin: string;
  transfer?: boolean;
  options?: boolean;
}

/** Whom the sender posts to: the page under attack, as its parent, top, opener, or itself. */
export type Recipient = 'parent' | 'top' | 'opener' | 'self';

/** In the sender: rebuilds and posts each message, then the sentinel; returns how many were posted and why any were refused. */
function postAll({ json, to, token }: { json: string; to: Recipient; token: string }) {
  const decode = (parts: Part[]): unknown => {
    const values: unknown[] = [];
    for (const e of parts) values.push(value(e, (i) => values[i]));
    return values.at(-1);
  };
  const value = (e: Part, at: (i: number) => unknown): unknown => {
    switch (e[0]) {
      case 'undefined':
        return undefined;
      case 'null':
        return null;
      case 'boolean':
        return e[1];
      case 'number':
        return Number(e[1]);
      case 'bigint':
        return BigInt(e[1]);
      case 'string':
        return e[1];
      case 'array': {
        const array = new Array(e[1]);
        for (const [i, item] of e[2]) array[i] = at(item);
        return array;
      }
      case 'object': {
        const object = e[2] ? Object.create(null) : {};
        // Defined, not assigned: an own "__proto__" key stays a key.
        for (const [k, v] of e[1]) Object.defineProperty(object, k, { value: at(v), enumerable: true, writable: true, configurable: true });
        return object;
      }
      case 'boxed':
        return Object(at(e[1]));
      case 'date':
        return new Date(Number(e[1]));
      case 'regexp':
        return new RegExp(e[1], e[2]);
      case 'error':
        return new Error(e[1]);
      case 'map':
        return new Map(e[1].map(([k, v]) => [at(k), at(v)]));
      case 'set':
        return new Set(e[1].map(at));
      case 'typed': {
        const Typed = (globalThis as unknown as Record<string, new (values: unknown[]) => unknown>)[e[1]];
        return new Typed(e[2].map((n) => (e[1].startsWith('Big') ? BigInt(n) : Number(n))));
      }
      case 'buffer':
        return new Uint8Array(e[1]).buffer;
      case 'blob':
        return new Blob([e[1]], { type: e[2] });
    }
  };
  const target = { parent: window.parent, top: window.top!, opener: window.opener as Window, self: window }[to];
  let posted = 0;
  const refused: string[] = [];
  for (const post of JSON.parse(json) as Post<Part[]>[]) {
    try {
      const data = decode(post.data);
      const transfer: Transferable[] = post.transfer ? [new MessageChannel().port2, ...(data instanceof ArrayBuffer ? [data] : [])] : [];
      if (post.options) target.postMessage(data, { targetOrigin: post.targetOrigin, transfer });
      else target.postMessage(data, post.targetOrigin, transfer);
      posted++;
    } catch (error) {
      refused.push(String(error));
    }
  }
  target.postMessage({ sentinel: token }, '*');
  return { posted, refused };
}

/**
 * Posts `posts` from `sender`'s window to the page under attack, then a sentinel, and waits until
 * the page has the sentinel: messages from one window arrive in order, so by then the host script
 * has handled every one. Returns how many the sender posted, and how many reached the page from
 * the sender's window (a real embed may post its own height meanwhile).
 */
export async function post(page: Page, sender: Frame, to: Recipient, posts: Post[]) {
  const token = `sentinel-${Math.random()}`;
  await page.evaluate((token) => {
    const sources: unknown[] = [];
    (window as unknown as Record<string, Promise<number>>)[token] = new Promise((done) => {
      window.addEventListener('message', function listener(event) {
        if (event.data?.sentinel !== token) return void sources.push(event.source);
        window.removeEventListener('message', listener);
        setTimeout(() => done(sources.filter((source) => source === event.source).length), 50);
      });
    });
  }, token);
  // One string goes faster than Playwright's encoding of a large value, and JSON keeps lone surrogates (as \uD800).
  const json = JSON.stringify(posts.map((p) => ({ ...p, data: encode(p.data) })));
  const { posted, refused } = await sender.evaluate(postAll, { json, to, token });
  const received = await page.evaluate((token) => {
    const all = window as unknown as Record<string, Promise<number>>;
    return all[token].finally(() => delete all[token]);
  }, token);
  return { posted, received, refused };
}

/** Posts `messages` (any values) from `frame`'s window to its parent with the target origin "*", and waits until they were handled. */
export async function postToParent(frame: Frame, page: Page, messages: unknown[], raw: string[] = []) {
  return post(
    page,
    frame,
    'parent',
    [...messages, ...raw].map((data) => ({ data, targetOrigin: '*' })),
  );
}
