#!/usr/bin/env node
// End-to-end tests: a real VS Code workbench (code-server) in headless Debian Chromium, driven by playwright-core.
// Each scenario in test/e2e/scenarios/*.e2e.mjs gets a fresh code-server (own user data), the extension installed
// (the repo folder linked, or --vsix <file>), a fresh copy of samples/ as the workspace, and a loaded workbench.
// Screenshots go to test-results/e2e/<scenario>-<name>.png; a failing scenario also saves <scenario>-FAILED.png.
//
//   node test/e2e/run.mjs [name-filter ...] [--vsix path.vsix] [--verbose]
// Exit: 0 all passed, 1 a scenario failed, 3 the harness cannot be installed here, 2 harness error.
//
// A scenario module:
//   export const title = 'what it shows';
//   export default async function (wb) { await wb.openFile(wb.articles[0]); await wb.shot('opened'); ... }
// `wb` = { page, cs, workspace, articles, ext, shot(name), log(msg), ...every helper of workbench.mjs bound to page }.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureHarness } from '../harness/setup.mjs';
import { startCodeServer, pruneOldRuns } from '../harness/code-server.mjs';
import { launchBrowser } from '../harness/browser.mjs';
import { makeWorkspace, repoRoot, resolveExtensionUnderTest } from '../harness/fixtures.mjs';
import * as helpers from './workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

function parseArgs(argv) {
  const o = { filters: [], vsix: process.env.CLAIM_LENS_VSIX || undefined, verbose: !!process.env.CLAIM_LENS_VERBOSE };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--vsix') o.vsix = argv[++i];
    else if (argv[i] === '--verbose') o.verbose = true;
    else o.filters.push(argv[i]);
  }
  return o;
}

async function withTimeout(promise, ms, what) {
  let t;
  try {
    return await Promise.race([promise, new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`${what} timed out after ${ms / 1000} s`)), ms); })]);
  } finally { clearTimeout(t); }
}

export async function runE2E({ filters = [], vsix, verbose = false, log = console.log } = {}) {
  const t0 = Date.now();
  const setup = await ensureHarness({ quiet: !verbose });
  if (!setup.ok) {
    log(`[e2e] ${setup.skip ? 'cannot install' : 'setup failed'}: ${setup.reason}`);
    return setup.skip ? 3 : 2;
  }
  pruneOldRuns();
  const scenarioDir = path.join(here, 'scenarios');
  const files = readdirSync(scenarioDir).filter((f) => f.endsWith('.e2e.mjs')).sort()
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
  if (files.length === 0) { log(`[e2e] no scenario matches ${filters.join(' ')}`); return 2; }

  // A .vsix is built from this repo: its manifest is the repo's package.json.
  const ext = vsix
    ? { vsix: path.resolve(vsix), throwaway: false, id: '(from .vsix)', pkg: JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) }
    : resolveExtensionUnderTest({ log });
  if (vsix && !existsSync(ext.vsix)) { log(`[e2e] ${vsix} not found`); return 2; }
  mkdirSync(resultsDir, { recursive: true });

  const results = [];
  for (const file of files) {
    const name = file.replace(/\.e2e\.mjs$/, '');
    for (const old of readdirSync(resultsDir)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(path.join(resultsDir, old));
    const mod = await import(pathToFileURL(path.join(scenarioDir, file)).href);
    const ts = Date.now();
    const shots = [];
    let cs;
    let browser;
    let error;
    try {
      cs = await startCodeServer({ extension: vsix ? { vsix: ext.vsix } : { dir: ext.dir }, verbose, label: name,
        env: { CLAIM_LENS_THROWAWAY: ext.throwaway ? '1' : '0' }, settings: mod.settings });
      const workspace = makeWorkspace(cs.dirs.runDir);
      browser = await launchBrowser({ runDir: cs.dirs.runDir, tmpDir: cs.dirs.tmp, viewport: mod.viewport });
      const { page } = browser;
      if (verbose) page.on('console', (m) => { if (m.type() === 'error') log(`[${name}:page:error] ${m.text()}`); });
      const wb = {
        page, cs, workspace, articles: workspace.articles, ext,
        log: (m) => log(`  [${name}] ${m}`),
        shot: async (shotName) => { const f = await helpers.screenshot(page, path.join(resultsDir, `${name}-${shotName}.png`)); shots.push(path.relative(repoRoot, f)); return f; },
      };
      for (const [k, fn] of Object.entries(helpers)) if (typeof fn === 'function' && !(k in wb)) wb[k] = (...a) => fn(page, ...a);
      await page.goto(cs.workbenchUrl(workspace.dir));
      await helpers.waitForWorkbench(page);
      await withTimeout(mod.default(wb), (mod.timeoutSeconds ?? 120) * 1000, `scenario ${name}`);
    } catch (err) {
      error = err;
      if (browser) await helpers.screenshot(browser.page, path.join(resultsDir, `${name}-FAILED.png`)).then((f) => shots.push(path.relative(repoRoot, f))).catch(() => {});
      if (cs && verbose) log(cs.logs.slice(-20).join('\n'));
    } finally {
      await browser?.close();
      await cs?.stop();
    }
    const seconds = (Date.now() - ts) / 1000;
    results.push({ name, ok: !error, seconds });
    log(`${error ? '  ✗' : '  ✔'} ${name}: ${mod.title ?? ''} (${seconds.toFixed(1)} s, ${shots.length} screenshot(s))`);
    if (error) log(`      ${String(error.stack ?? error).split('\n').join('\n      ')}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  log(`[e2e] ${results.length - failed} passed, ${failed} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s` +
    `${ext.throwaway ? ' (against the throwaway stand-in: build dist/extension.js to test the real extension)' : ''}; screenshots in ${path.relative(repoRoot, resultsDir)}/`);
  return failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runE2E(parseArgs(process.argv.slice(2)));
}
