#!/usr/bin/env node
// `npm test` after the build: unit tests (mocha, plain Node), the stress run (hostile and huge inputs), then the
// real-workbench tests (integration in VS Code's extension host, end-to-end in Chromium; see scripts/test-all.mjs).
// Ends with one summary line "tests: N passed, N failed, N skipped" and exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Run a command, echo its output, and return the exit code and the output. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const count = (out, re) => [...out.matchAll(re)].reduce((s, m) => s + Number(m[1]), 0);
let passed = 0;
let failed = 0;
let skipped = 0;
let bad = false;

const unit = await run(process.execPath, [path.join(root, 'node_modules/mocha/bin/mocha.js')]);
passed += count(unit.out, /^\s*(\d+) passing/gm);
failed += count(unit.out, /^\s*(\d+) failing/gm);
skipped += count(unit.out, /^\s*(\d+) pending/gm);
if (unit.code !== 0) bad = true;

console.log('\n== stress: hostile and huge inputs');
const stress = await run(process.execPath, [path.join(root, 'out/bench/stress.js')]);
if (stress.code === 0) passed++;
else {
  failed++;
  bad = true;
}

console.log('\n== real-workbench tests');
const wb = await run(process.execPath, [path.join(root, 'scripts/test-all.mjs')]);
if (/SKIPPED real-workbench tests/.test(wb.out)) skipped++;
passed += count(wb.out, /^\s*(\d+) passing/gm) + count(wb.out, /\[e2e\] (\d+) passed/g);
failed += count(wb.out, /^\s*(\d+) failing/gm) + count(wb.out, /\[e2e\] \d+ passed, (\d+) failed/g);
if (wb.code !== 0) bad = true;

console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(bad || failed > 0 ? 1 : 0);
