#!/usr/bin/env node
// Integration tests in VS Code's real (Node) extension host, offline: code-server with the smoke-test driver loads
// the extension under development and out/test/integration/index.js (mocha) through the `payload` URL parameter.
// Mocha's output arrives through window.codeAutomationLog and its result through window.codeAutomationExit.
//
//   node test/harness/run-integration.mjs [--grep <title part>] [--verbose]
// Needs `npm run build` first (tsc output in out/, dist/extension.js). Exit code = mocha's (0 ok, 1 failures),
// 3 when the harness cannot be installed here (see setup.mjs), 2 on harness errors (time-out, crash).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ensureHarness } from './setup.mjs';
import { startCodeServer, pruneOldRuns } from './code-server.mjs';
import { launchBrowser } from './browser.mjs';
import { makeWorkspace, repoRoot, resolveExtensionUnderTest } from './fixtures.mjs';

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose') || !!process.env.CLAIM_LENS_VERBOSE;
const grepIdx = argv.indexOf('--grep');
const grep = grepIdx >= 0 ? argv[grepIdx + 1] : process.env.CLAIM_LENS_TEST_GREP;
// The whole run, including the 10,000-article folder test.
const timeoutMs = Number(process.env.CLAIM_LENS_INTEGRATION_TIMEOUT_MS) || 1_200_000;

// Workbench log lines that say nothing about the tests (offline machine, no gallery, no auth).
const NOISE = new RegExp([
  'ENOTFOUND', 'getaddrinfo', 'vsda', 'marketplace', 'gallery', 'github\\.com', 'Failed to fetch', 'update\\.code\\.visualstudio',
  'open-vsx', 'ERR_NAME_NOT_RESOLVED', '\\[perf\\]', 'Settings Sync', '\\bTAS\\b', 'experiment',
  '^Resolving connection token', '^Resolved connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
  '^Updating additional builtin extensions cache', '^\\[Service Worker\\]', '^\\[AgentHost', '^\\[AccountPolicyGate\\]',
].join('|'), 'i');

export async function runIntegration({ log = console.log } = {}) {
  const t0 = Date.now();
  const setup = await ensureHarness({ quiet: !verbose });
  if (!setup.ok) {
    log(`[integration] ${setup.skip ? 'cannot install' : 'setup failed'}: ${setup.reason}`);
    return setup.skip ? 3 : 2;
  }
  pruneOldRuns();
  const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  if (!existsSync(testsEntry)) {
    log(`[integration] ${path.relative(repoRoot, testsEntry)} missing: run \`npm run build\` (tsc) first`);
    return 2;
  }
  const ext = resolveExtensionUnderTest({ log });

  let cs;
  let browser;
  try {
    cs = await startCodeServer({
      smokeTestDriver: true, verbose, label: 'code-server',
      env: {
        CLAIM_LENS_THROWAWAY: ext.throwaway ? '1' : '0',
        ...(grep ? { CLAIM_LENS_TEST_GREP: grep } : {}),
        ...(process.env.CLAIM_LENS_TEST_TIMEOUT ? { CLAIM_LENS_TEST_TIMEOUT: process.env.CLAIM_LENS_TEST_TIMEOUT } : {}),
        ...(process.env.CLAIM_LENS_BIG_FOLDER ? { CLAIM_LENS_BIG_FOLDER: process.env.CLAIM_LENS_BIG_FOLDER } : {}),
      },
    });
    const ws = makeWorkspace(cs.dirs.runDir);
    log(`[integration] code-server ${cs.baseUrl} (pid ${cs.pid}), extension ${ext.id} from ${ext.throwaway ? 'throwaway stand-in' : ext.dir}, ` +
      `workspace: ${ws.articles.length} article(s)${ws.fromSamples ? ' from samples/' : ' (harness fallback)'}`);
    browser = await launchBrowser({ runDir: cs.dirs.runDir, tmpDir: cs.dirs.tmp });
    const { page } = browser;

    let resolveExit;
    const exitCode = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code)); });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // Entries are console-style argument lists ('%s', '%c' + CSS, ...): format them like console.log does.
      const text = format(...(Array.isArray(args) ? args : [args])).replace(/\s+$/, '');
      if (process.env.CLAIM_LENS_DEBUG_LOG) process.stdout.write(`<${type}> `);
      // Workbench-internal errors (stack entirely inside the workbench bundle) are not about the tests.
      const workbenchInternal = type === 'error' && /\/static\/out\/vs\//.test(text) && !text.includes(repoRoot);
      if (!verbose && (NOISE.test(text) || workbenchInternal)) return;
      for (const line of text.split('\n')) process.stdout.write(`${line}\n`);
    });
    if (verbose) page.on('console', (m) => { if (m.type() === 'error') process.stdout.write(`[page:error] ${m.text()}\n`); });
    page.on('crash', () => resolveExit(97));

    const payload = [
      ['extensionDevelopmentPath', cs.remoteUri(ext.dir)],
      ['extensionTestsPath', cs.remoteUri(testsEntry)],
    ];
    await page.goto(cs.workbenchUrl(ws.dir, payload));
    let timer;
    const code = await Promise.race([
      exitCode,
      new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); }),
    ]);
    clearTimeout(timer);
    if (code === 'timeout') {
      log(`[integration] no result within ${timeoutMs / 1000} s; last server output:\n${cs.logs.slice(-25).join('\n')}`);
      return 2;
    }
    log(`[integration] mocha exit code ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s` +
      `${ext.throwaway ? ' (against the throwaway stand-in: build dist/extension.js to test the real extension)' : ''}`);
    return code === 0 ? 0 : 1;
  } catch (err) {
    log(`[integration] harness error: ${err?.stack ?? err}`);
    if (cs) log(cs.logs.slice(-25).join('\n'));
    return 2;
  } finally {
    await browser?.close();
    await cs?.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('run-integration.mjs')) {
  process.exitCode = await runIntegration();
}
