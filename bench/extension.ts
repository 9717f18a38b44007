/**
 * The extension's start-up cost, as VS Code pays it: loading dist/extension.js and calling activate(). Measured in
 * fresh Node processes with a stand-in for the `vscode` module (a proxy that accepts every call), so only our own
 * work is timed. Also prints the bundle sizes of a production build. Figures only, no assertions.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

// Runs in the child: a universal stub for `vscode`, then load + activate, timed.
const PROBE = `
const Module = require('module');
const handler = {
  get(t, k) { if (k === 'then') return undefined; if (typeof k === 'string' && /Path$/.test(k)) return require('os').tmpdir(); if (k === Symbol.toPrimitive) return () => 0; if (k === Symbol.iterator) return function* () {}; if (k === 'subscriptions') return t.subs ??= []; return stub; },
  apply() { return stub; }, construct() { return stub; }, set() { return true; },
};
const stub = new Proxy(function () {}, handler);
// The bundle copies the module's own keys (esbuild's __toESM): expose every vscode.X the bundle names.
const names = process.argv[2].split(',');
const api = {};
for (const n of names) api[n] = stub;
const load = Module._load;
Module._load = function (req, ...rest) { return req === 'vscode' ? api : load.call(this, req, ...rest); };
const t0 = performance.now();
const ext = require(process.argv[1]);
const t1 = performance.now();
const context = new Proxy(function () {}, handler);
let err = null;
try { ext.activate(context); } catch (e) { err = String(e && e.message || e); }
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1, err }));
process.exit(0);
`;

/** Every `vscode.X` the (unminified) development bundle uses. */
function apiNames(): string {
  const dev = fs.readFileSync(path.join(root, 'dist', 'extension.js'), 'utf8');
  return [...new Set([...dev.matchAll(/\bvscode[0-9]*\.([A-Za-z]+)/g)].map((m) => m[1]))].join(',');
}

function probe(bundle: string): { load: number; activate: number; err: string | null } | string {
  const names = apiNames();
  const loads: number[] = [];
  const acts: number[] = [];
  let err: string | null = null;
  for (let i = 0; i < 7; i++) {
    const r = spawnSync(process.execPath, ['-e', PROBE, bundle, names], { encoding: 'utf8' });
    try {
      const o = JSON.parse(r.stdout);
      loads.push(o.load);
      acts.push(o.activate);
      err = o.err;
    } catch {
      return `probe failed: ${r.stderr.slice(0, 300)}`;
    }
  }
  const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  return { load: med(loads), activate: med(acts), err };
}

export async function run(): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-lens-bundle-'));
  try {
    // Production bundles (minified, as packaged in the .vsix).
    const esbuild = await import('esbuild');
    const common = { bundle: true, minify: true, legalComments: 'none' as const, logLevel: 'silent' as const };
    await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/extension.ts')], outfile: path.join(out, 'extension.js'), platform: 'node', format: 'cjs', external: ['vscode', './heavyCore'] });
    await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/extension/heavyCore.ts')], outfile: path.join(out, 'heavyCore.js'), platform: 'node', format: 'cjs' });
    await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/extension/analysisWorker.ts')], outfile: path.join(out, 'analysisWorker.js'), platform: 'node', format: 'cjs' });
    await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/webview/main.ts')], outfile: path.join(out, 'webview.js'), platform: 'browser', format: 'iife' });
    await esbuild.build({ ...common, entryPoints: [path.join(root, 'src/cli.ts')], outfile: path.join(out, 'cli.js'), platform: 'node', format: 'cjs' });
    const sizes = fs.readdirSync(out).map((f) => `${f} ${(fs.statSync(path.join(out, f)).size / 1024).toFixed(0)} KB`);
    console.log(`production bundles: ${sizes.join(', ')} (budget: extension.js + heavyCore.js ≤ 1 MB)`);
    const r = probe(path.join(out, 'extension.js'));
    if (typeof r === 'string') console.log(`activation: ${r}`);
    else {
      console.log(
        `activation (production bundle, fresh process, median of 7): load ${r.load.toFixed(1)} ms + activate() ${r.activate.toFixed(1)} ms = ${(r.load + r.activate).toFixed(1)} ms (budget 50 ms)` +
          (r.err ? `; activate() with the stand-in stopped at: ${r.err}` : ''),
      );
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
