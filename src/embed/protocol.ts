/**
 * The one message an embed sends its host: its height. Typed and versioned, so a host script
 * can reject anything else; and the same height in pym.js's format, for hosts that use pym.
 * The host may ask for the height (the embed may have settled before the host script ran).
 */

/** The `type` of our height message. */
export const MESSAGE_TYPE = 'h200-ledger:embed-height';
/** The `type` of the host's request for the height. */
export const REQUEST_TYPE = 'h200-ledger:embed-height-request';
/** The version of the message's shape; a host ignores versions it does not know. */
export const MESSAGE_VERSION = 1;
/** The smallest and largest heights, in CSS pixels, a host sets on an iframe. */
export const MIN_HEIGHT = 80;
export const MAX_HEIGHT = 12_000;

/** Our height message, as posted by an embed. */
export interface HeightMessage {
  type: typeof MESSAGE_TYPE;
  version: typeof MESSAGE_VERSION;
  height: number;
}

/** The message an embed posts when its content is `height` pixels tall. */
export function heightMessage(height: number): HeightMessage {
  return { type: MESSAGE_TYPE, version: MESSAGE_VERSION, height: Math.ceil(height) };
}

/**
 * The height to set for a posted message, or undefined when the message is not ours: anything
 * but a plain object of our type and version, with a finite, non-negative number as its height.
 * Heights outside the bounds are clamped to them.
 */
export function readHeight(data: unknown): number | undefined {
  const own = ownFields(data);
  if (!own || own('type') !== MESSAGE_TYPE || own('version') !== MESSAGE_VERSION) return undefined;
  const height = own('height');
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return undefined;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

/** The host's request for the embed's height. */
export function heightRequest(): { type: typeof REQUEST_TYPE; version: typeof MESSAGE_VERSION } {
  return { type: REQUEST_TYPE, version: MESSAGE_VERSION };
}

/** True when `data` is the host's request for the height. */
export function isHeightRequest(data: unknown): boolean {
  const own = ownFields(data);
  return !!own && own('type') === REQUEST_TYPE && own('version') === MESSAGE_VERSION;
}

/**
 * A reader of `data`'s own fields when it is a plain object (not an array, a string or an object
 * with another prototype), so inherited or polluted fields are never read; undefined otherwise.
 */
function ownFields(data: unknown): ((key: string) => unknown) | undefined {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return undefined;
  return (key) => (Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined);
}

/** pym.js 1.x's delimiter between the parts of a message. */
const PYM = 'xPYMx';

/** A pym.js 1.x message to the parent that knows the child as `id`, e.g. `pymxPYMx<id>xPYMxheightxPYMx480`. */
export function pymMessage(id: string, type: 'height', value: string): string {
  return ['pym', id, type, value].join(PYM);
}

/** True when `data` is pym.js's "width" message to the child `id`, which asks the child for its height. */
export function isPymWidthMessage(data: unknown, id: string): boolean {
  return typeof data === 'string' && data.startsWith(['pym', id, 'width', ''].join(PYM));
}

/** The pym.js child id the parent put in the embed's query (`?childId=…`), when it was loaded by `pym.Parent`. */
export function pymChildId(search: string): string | undefined {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[\w-]{1,100}$/.test(id) ? id : undefined;
}
