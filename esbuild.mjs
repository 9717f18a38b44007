// Bundles the extension (node, vscode external), the CLI (node) and the webview script (browser).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  // The CLI itself, and the small `claim-lens` command that runs it from a V8 code cache (src/cliLaunch.ts).
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cliMain.js', platform: 'node', format: 'cjs', target: 'node20' },
  { ...common, entryPoints: ['src/cliLaunch.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20',
    banner: { js: '#!/usr/bin/env node' } },
];
if (existsSync('src/extension.ts')) {
  // The heavy core is its own file, required on first use (src/extension/heavy.ts): activation only loads the thin part.
  builds.push({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs',
    target: 'node20', external: ['vscode', './heavyCore'] });
  builds.push({ ...common, entryPoints: ['src/extension/heavyCore.ts'], outfile: 'dist/heavyCore.js', platform: 'node',
    format: 'cjs', target: 'node20' });
}
if (existsSync('src/extension/analysisWorker.ts')) {
  // Worker thread of the extension: analyses big articles and the workspace index off the extension host thread.
  builds.push({ ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', platform: 'node',
    format: 'cjs', target: 'node20' });
}
if (existsSync('src/webview/main.ts')) {
  builds.push({ ...common, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser',
    format: 'iife', target: 'es2022' });
}

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
