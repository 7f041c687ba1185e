/** The Chromium the browser tests and the benchmark run, and the flags it runs with on a machine like CI's. */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Playwright's own Chromium where it is installed (undefined: Playwright finds it); otherwise Debian's (`apt-get install chromium`). */
export function chromiumPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** No sandbox (containers), no GPU, and nothing in the background that would reach the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
