// What the build and the export share: Astro's command line and the site's default address.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The address the site is built for when SITE is not set (astro.config.mjs) and the export's default base. */
export const DEFAULT_SITE = 'https://h200-ledger.example';

/** Astro's command line, to run with this Node (`process.execPath`), so scripts work with or without npm's PATH. */
export const ASTRO_CLI = (() => {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('astro/package.json');
  return join(dirname(pkg), require(pkg).bin.astro);
})();
