/**
 * PNGs drawn once. Each is keyed by a hash of the exact SVG, the zoom and the renderer (its
 * version, options and font files): two pages asking for the same image at the same time share
 * one drawing, and a build finds what an earlier build drew in the cache folder.
 */
import { sha256, type DiskCache } from './disk-cache.ts';

/** Draws an SVG as PNG bytes at `zoom` times its size. */
export type RenderPng = (svg: string, zoom: number) => Promise<Uint8Array>;

/**
 * `render`, drawing each SVG and zoom once: a request while the same one is being drawn waits for
 * that drawing, and one already in `store` is read from it. `renderer` names the renderer and its
 * fonts, so a new version or font draws again.
 */
export function pngCache({ render, renderer, store }: { render: RenderPng; renderer: () => string; store?: () => DiskCache | undefined }): RenderPng {
  const drawing = new Map<string, Promise<Uint8Array>>();
  return (svg, zoom) => {
    const key = sha256('png', renderer(), String(zoom), svg);
    const pending = drawing.get(key);
    if (pending) return pending;
    const png = (async () => {
      const cache = store?.();
      const stored = cache?.read(key);
      if (stored) return stored;
      const bytes = await render(svg, zoom);
      cache?.write(key, bytes);
      return bytes;
    })().finally(() => drawing.delete(key));
    drawing.set(key, png);
    return png;
  };
}
