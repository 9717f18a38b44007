#!/usr/bin/env node
// The real-workbench part of `npm test` (after the build and the unit tests):
//   1. test/harness/setup.mjs   install/verify Node 24, code-server, playwright-core, Debian chromium (cached)
//   2. integration              mocha inside VS Code's real extension host (code-server + smoke-test driver)
//   3. end-to-end               scenarios in a real workbench in headless Chromium, screenshots in test-results/e2e/
// Where the harness cannot be installed (not linux-x64, not root and chromium missing, install failure) it prints
// "SKIPPED real-workbench tests: <reason>" and exits 0 — unless CI=true, where that is a failure.
// Expects `npm run build` to have run (out/test/integration, dist/extension.js).
//   node scripts/test-all.mjs [--only integration|e2e]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHarness } from '../test/harness/setup.mjs';
import { runIntegration } from '../test/harness/run-integration.mjs';
import { runE2E } from '../test/e2e/run.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ci = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx >= 0 ? process.argv[onlyIdx + 1] : undefined;
const t0 = Date.now();
const secs = (t) => ((Date.now() - t) / 1000).toFixed(1);

function skip(reason) {
  if (ci) {
    console.error(`FAILED real-workbench tests: ${reason} (CI=true: the real-workbench tests must run in CI)`);
    process.exit(1);
  }
  console.log(`SKIPPED real-workbench tests: ${reason}`);
  process.exit(0);
}

console.log('== real-workbench tests: setup');
const setup = await ensureHarness();
if (!setup.ok) skip(setup.reason);
console.log(`   harness ready${setup.cached ? ' (cached)' : ''} in ${setup.seconds.toFixed(1)} s`);

if (!existsSync(path.join(repoRoot, 'out', 'test', 'integration', 'index.js'))) {
  console.error('out/test/integration/index.js is missing: run `npm run build` first');
  process.exit(1);
}

const results = [];
if (!only || only === 'integration') {
  const t = Date.now();
  console.log('== real-workbench tests: integration (mocha in the VS Code extension host)');
  const code = await runIntegration();
  results.push({ name: 'integration', code, seconds: secs(t) });
}
if (!only || only === 'e2e') {
  const t = Date.now();
  console.log('== real-workbench tests: end-to-end (workbench in headless Chromium)');
  const code = await runE2E({});
  results.push({ name: 'e2e', code, seconds: secs(t) });
}

// Exit 3 from a runner means "cannot install" (already handled above, but keep the contract).
for (const r of results) if (r.code === 3) skip(`${r.name}: harness not installable`);
const failed = results.filter((r) => r.code !== 0);
console.log(`== real-workbench tests: ${results.map((r) => `${r.name} ${r.code === 0 ? 'passed' : `FAILED (${r.code})`} in ${r.seconds} s`).join(', ')}; total ${secs(t0)} s`);
process.exit(failed.length ? 1 : 0);
