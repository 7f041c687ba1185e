#!/usr/bin/env node
// Builds the site into a fresh folder and swaps it into dist/ only when the build succeeds,
// so a failed build leaves the previous dist/ as it was.
//   BUILD_OUT=folder     where the site goes (default dist)
//   H200_CONTENT=folder  where the content is (default content)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ASTRO_CLI, cacheDir, claimOutput, lockCache, recoverSwap, swapFolder } from './astro.mjs';
import { checkContent } from '../src/data/content-check.ts';

const out = process.env.BUILD_OUT ?? 'dist';
const next = join(dirname(out), `.${basename(out)}-next`);
const started = performance.now();
/** An earlier build's folder: its _headers file starts with the line this build writes (src/integrations/headers.ts). */
const isBuild = (dir) =>
  existsSync(join(dir, '_headers')) && readFileSync(join(dir, '_headers'), 'utf8').startsWith('# Written by the build (src/integrations/headers.ts)');
// A swap a killed build left half done is finished first, and the output folder must be ours to replace.
try {
  recoverSwap(out);
  claimOutput(out, { isOurs: isBuild, what: 'build' });
} catch (error) {
  console.error(`${error.message}\n\nBuild failed: ${out}/ is unchanged.`);
  process.exit(1);
}
// The content is checked whole before Astro starts: a mistake stops the build with one message.
try {
  const counted = checkContent(resolve(process.env.H200_CONTENT ?? 'content'));
  console.log(
    `Content checked: ${Object.entries(counted)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ')}.`,
  );
} catch (error) {
  if (error.name !== 'DataError') throw error;
  console.error(`${error.message}\n\nBuild failed: ${out}/ is unchanged.`);
  process.exit(1);
}
try {
  lockCache(cacheDir());
} catch (error) {
  console.error(`${error.message}\n\nBuild failed: ${out}/ is unchanged.`);
  process.exit(1);
}
rmSync(next, { recursive: true, force: true });
const result = spawnSync(process.execPath, [ASTRO_CLI, 'build', '--outDir', next, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ is unchanged.`);
  process.exit(result.status ?? 1);
}
swapFolder(next, out);
console.log(`Built ${out}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
