#!/usr/bin/env node
// Integration tests with @vscode/test-electron: downloads VS Code (Electron) from Microsoft's update server, so it
// needs network. Offline machines use run-integration.mjs (code-server) instead; both load the same
// out/test/integration/index.js. Needs `npm run build` first.
//   node test/harness/run-electron.mjs [--grep <title part>]     (VSCODE_TEST_VERSION=stable|insiders|1.95.0)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { makeWorkspace, repoRoot, resolveExtensionUnderTest } from './fixtures.mjs';

const argv = process.argv.slice(2);
const grepIdx = argv.indexOf('--grep');
const runDir = mkdtempSync(path.join(tmpdir(), 'claim-lens-electron-'));
const ws = makeWorkspace(runDir);
const ext = resolveExtensionUnderTest({ allowThrowaway: false });
let code = 0;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION || 'stable',
    extensionDevelopmentPath: ext.dir,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [ws.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', path.join(runDir, 'user-data')],
    extensionTestsEnv: {
      CLAIM_LENS_THROWAWAY: '0',
      ...(grepIdx >= 0 ? { CLAIM_LENS_TEST_GREP: argv[grepIdx + 1] } : {}),
    },
  });
} catch (err) {
  console.error(`[electron] ${err?.message ?? err}`);
  code = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(code);
