#!/usr/bin/env node
/**
 * `npm run audit`: `npm audit --omit=dev`, failing on any high or critical advisory in what the
 * site ships. A registry that serves no advisories (a mirror that answers the audit request with
 * 405, as on our build machines) cannot say either way: the script then says loudly that the audit
 * did NOT run and lists the production dependencies behind their latest release instead. It fails
 * there too when AUDIT_REQUIRED=1, as it should on a machine that publishes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const npm = (args) => spawnSync('npm', args, { encoding: 'utf8', shell: process.platform === 'win32' });

const audit = npm(['audit', '--omit=dev', '--json']);
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}

if (report?.metadata?.vulnerabilities) {
  const counts = report.metadata.vulnerabilities;
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
  console.log(`npm audit --omit=dev: ${['critical', 'high', 'moderate', 'low', 'info'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}.`);
  for (const v of serious) console.error(`  ${v.severity}: ${v.name} ${v.range} (${v.fixAvailable ? 'fix available: npm audit fix' : 'no fix yet'})`);
  process.exit(serious.length > 0 ? 1 : 0);
}

const reason = report?.message ?? report?.error?.summary ?? audit.stderr.trim().split('\n').at(-1) ?? 'no answer';
console.error(`npm audit --omit=dev did NOT run: the registry serves no advisories (${reason}).`);
const outdated = npm(['outdated', '--omit=dev', '--json']);
const shipped = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies);
/** Whether version `a` is older than `b` (major.minor.patch; pre-releases are not used here). */
const older = (a = '', b = '') => {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number));
  const i = x.findIndex((n, k) => n !== y[k]);
  return i >= 0 && x[i] < y[i];
};
const behind = Object.entries(JSON.parse(outdated.stdout || '{}')).filter(([name, v]) => shipped.includes(name) && older(v.current, v.latest));
console.error(
  behind.length === 0
    ? 'Every production dependency is at its latest release.'
    : `Production dependencies behind their latest release:\n${behind.map(([name, v]) => `  ${name} ${v.current} → ${v.latest}`).join('\n')}`,
);
process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 0);
