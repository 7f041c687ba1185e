import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/servers/chromium.ts';
import { EXPORT_BASE, EXPORT_DIR, EXPORT_PORT, HOST, HOST_PORT, SITE, SITE_PORT } from './e2e/servers/addresses.ts';

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
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
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
