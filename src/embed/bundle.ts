/** Bundles an embed script (the host script or the frame script) into one small classic script, with esbuild. */
import { build } from 'esbuild';
import { join } from 'node:path';

/** The scripts served as they are named: `host` is /embed.js, `frame` is /embed/frame.js. */
const ENTRIES = { host: 'host.ts', frame: 'frame.ts' } as const;

// From the project root, where Astro runs: this module is bundled elsewhere, so import.meta.url would mislead.
const DIR = join(process.cwd(), 'src', 'embed');

/** The minified script `name`, as an immediately invoked function with no imports left. */
export async function bundleScript(name: keyof typeof ENTRIES): Promise<string> {
  const result = await build({
    entryPoints: [join(DIR, ENTRIES[name])],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}
