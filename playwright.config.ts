import { defineConfig, devices } from '@playwright/test';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Playwright's own Chromium where it is installed; otherwise Debian's (`apt-get install chromium`). */
function chromiumPath(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

// Not 4321, so the tests can run while `npm start` serves the site.
const PORT = 4329;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    // A plain static server (not `astro preview`, which allows one per project) serves dist/ as a host would.
    command: `sirv dist --host 127.0.0.1 --port ${PORT} --quiet`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
