import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/servers/chromium.ts';
import { EXPORT_BASE, EXPORT_DIR, EXPORT_PORT, HOST, HOST_PORT, SITE, SITE_PORT } from './e2e/servers/addresses.ts';

/** Desktop Chrome, as the tests run it: the installed Chromium, with the flags of e2e/servers/chromium.ts. */
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: SITE,
    trace: 'off',
  },
  projects: [
    {
      // Every page, visited once per theme and once without JavaScript, with every page check on each visit.
      name: 'pages',
      testMatch: 'pages.spec.ts',
      use: chromium,
    },
    {
      // What holds across the sweep's visits: it reads their records, so it runs once they are all done.
      name: 'pages-summary',
      testMatch: 'pages-summary.spec.ts',
      dependencies: ['pages'],
      use: chromium,
    },
    {
      name: 'chromium',
      testIgnore: ['pages.spec.ts', 'pages-summary.spec.ts'],
      use: chromium,
    },
  ],
  webServer: [
    {
      // A plain static server (not `astro preview`, which allows one per project) serves dist/ as a host would.
      command: `node e2e/servers/static.ts --dir dist --port ${SITE_PORT}`,
      url: `${SITE}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The newsroom export, built for a deep path on another port and served there.
      command: `node scripts/export.ts --base ${EXPORT_BASE} --out ${EXPORT_DIR} && node e2e/servers/static.ts --dir ${EXPORT_DIR}/site --port ${EXPORT_PORT} --mount ${new URL(EXPORT_BASE).pathname}`,
      url: EXPORT_BASE,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Partner pages on a second origin that embed the export's charts.
      command: `node e2e/servers/host.ts --port ${HOST_PORT} --export ${EXPORT_DIR}`,
      url: `${HOST}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
