#!/usr/bin/env node
// Builds the site into a fresh folder and swaps it into dist/ only when the build succeeds,
// so a failed build leaves the previous dist/ as it was.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

const next = '.dist-next';
const previous = '.dist-previous';
rmSync(next, { recursive: true, force: true });
const started = performance.now();
const result = spawnSync('astro', ['build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: dist/ is unchanged.`);
  process.exit(result.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync('dist')) renameSync('dist', previous);
renameSync(next, 'dist');
rmSync(previous, { recursive: true, force: true });
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
