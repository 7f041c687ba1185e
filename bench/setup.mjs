#!/usr/bin/env node
// Installs the benchmark's own tools (bench/package-lock.json) the first time, and again when the lock changes.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const bench = import.meta.dirname;
const installed = join(bench, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(bench, 'package-lock.json')).mtimeMs) {
  console.log("Installing the benchmark's tools (Observable Framework, Lighthouse) into bench/node_modules…");
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
  if (npm.status !== 0) process.exit(npm.status ?? 1);
}
