// Start/stop a real code-server (VS Code's own server + web workbench) for tests, per /work/shared/vscode-offline.md.
//
//   const cs = await startCodeServer({ folder, extension: { dir } | { vsix }, smokeTestDriver: true });
//   cs.url            http://127.0.0.1:PORT/?folder=...     (workbench on `folder`)
//   cs.workbenchUrl(folder, payload)                         (URL with a smoke-test payload)
//   await cs.stop()   kills the whole process group (server + extension host) and removes the run dir
//
// Every run gets its own XDG_CONFIG_HOME, XDG_DATA_HOME, TMPDIR, user-data and extensions dirs under
// <harness cache>/runs/<id>, so nothing is written to the home folder, /tmp or the repo.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, rmSync, symlinkSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { harnessPaths } from './setup.mjs';

export const DEFAULT_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.reduceMotion': 'on',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.fontSize': 14,
  'editor.lineHeight': 21,
  'editor.fontFamily': "'DejaVu Sans Mono', monospace",
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'git.enabled': false,
  'window.commandCenter': false,
});

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** publisher.name-version of an extension folder (its package.json). */
export function extensionIdOf(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { id: `${pkg.publisher}.${pkg.name}`, folderName: `${pkg.publisher}.${pkg.name}-${pkg.version}`, pkg };
}

const live = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => { for (const cs of live) { try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ } } };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => { killAll(); process.exit(130); });
  }
}

function cleanEnv(extra) {
  const env = { ...process.env };
  // Variables of an outer VS Code / Electron / npm run must not reach the server or its extension host.
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_|npm_|NODE_OPTIONS$|NODE_PATH$|CODE_SERVER_|PASSWORD$|HASHED_PASSWORD$)/.test(k)) delete env[k];
  }
  return { ...env, ...extra };
}

/**
 * Installs an extension into `extensionsDir`: a `.vsix` with code-server's --install-extension, or a folder by
 * linking it as <publisher>.<name>-<version>.
 */
export function installExtension({ extensionsDir, userDataDir, env, vsix, dir, paths = harnessPaths() }) {
  mkdirSync(extensionsDir, { recursive: true });
  if (vsix) {
    const r = spawnSync(paths.node, [paths.codeServerEntry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
      '--install-extension', path.resolve(vsix), '--force'], { encoding: 'utf8', env, timeout: 120_000 });
    if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status}): ${r.stderr}\n${r.stdout}`);
    return;
  }
  const { folderName } = extensionIdOf(dir);
  const link = path.join(extensionsDir, folderName);
  rmSync(link, { recursive: true, force: true });
  symlinkSync(path.resolve(dir), link, 'dir');
}

/**
 * Starts code-server. Options:
 *   folder           workspace folder the default `url` opens
 *   extension        { dir } (linked) or { vsix } (installed) or undefined (none installed)
 *   smokeTestDriver  adds --vscode-option enable-smoke-test-driver (needed for the `payload` URL parameter)
 *   settings         merged over DEFAULT_SETTINGS into User/settings.json
 *   env              extra environment for the server and its extension host (e.g. CLAIM_LENS_TEST_*)
 *   label            prefix of relayed log lines; verbose=true relays server output to stdout
 */
export async function startCodeServer(opts = {}) {
  const paths = opts.paths ?? harnessPaths();
  if (!existsSync(paths.codeServerEntry)) throw new Error(`code-server not installed; run node test/harness/setup.mjs first`);
  installExitHook();
  // Short names: Unix socket paths (code-server's IPC socket, the extension host's vscode-ipc-<uuid>.sock in TMPDIR,
  // Chromium's SingletonSocket) must stay under 108 bytes.
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const runDir = path.join(paths.runsDir, id);
  const tmp = mkdtempSync(path.join(tmpdir(), 'clh-'));
  const dirs = {
    runDir,
    xdgConfig: path.join(runDir, 'xdg-config'),
    xdgData: path.join(runDir, 'xdg-data'),
    xdgCache: path.join(runDir, 'xdg-cache'),
    tmp,
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) }, null, 2));

  const env = cleanEnv({
    XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp, TMP: dirs.tmp, TEMP: dirs.tmp,
    ...(opts.env ?? {}),
  });
  if (opts.extension) installExtension({ extensionsDir: dirs.extensions, userDataDir: dirs.userData, env, paths, ...opts.extension });

  const port = await freePort();
  const args = [paths.codeServerEntry,
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  if (opts.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');

  const child = spawn(paths.node, args, { cwd: runDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const logLines = [];
  const label = opts.label ?? 'code-server';
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${logLines.slice(-30).join('\n')}`)), 60_000);
    const onData = (buf) => {
      for (const line of buf.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        logLines.push(line);
        if (logLines.length > 2000) logLines.shift();
        if (opts.verbose) process.stdout.write(`[${label}] ${line}\n`);
        if (line.includes('HTTP server listening')) { clearTimeout(timer); resolve(); }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then((e) => { clearTimeout(timer); reject(new Error(`code-server exited early (${JSON.stringify(e)}):\n${logLines.slice(-30).join('\n')}`)); });
  });

  const handle = {
    pid: child.pid, port, dirs, env, child,
    baseUrl: `http://127.0.0.1:${port}`,
    get logs() { return logLines.slice(); },
    /** Workbench URL on `folder`, optionally with a smoke-test `payload` ([[key, value], ...]). */
    workbenchUrl(folder = opts.folder, payload) {
      const q = [];
      if (folder) q.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
      if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${handle.baseUrl}/${q.length ? `?${q.join('&')}` : ''}`;
    },
    /** vscode-remote:// URI of a path on this server (for payload entries). */
    remoteUri(p) { return `vscode-remote://127.0.0.1:${port}${path.resolve(p).split(path.sep).map(encodeURIComponent).join('/')}`; },
    async stop({ keep = !!process.env.CLAIM_LENS_KEEP_RUNS } = {}) {
      live.delete(handle);
      if (!exited) {
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
        const t = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
        await exitPromise;
        clearTimeout(t);
      }
      // Stragglers of the group (extension host, watchers) must not outlive the run.
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      if (!keep) {
        rmSync(runDir, { recursive: true, force: true });
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
  handle.url = handle.workbenchUrl(opts.folder);
  live.add(handle);
  try {
    await ready;
  } catch (e) {
    await handle.stop({ keep: true });
    throw e;
  }
  return handle;
}

/** Removes run dirs older than `maxAgeMs` (left behind by killed runs). */
export function pruneOldRuns(maxAgeMs = 6 * 3600_000, paths = harnessPaths()) {
  if (!existsSync(paths.runsDir)) return;
  const now = Date.now();
  for (const name of readdirSync(paths.runsDir)) {
    const p = path.join(paths.runsDir, name);
    try { if (now - statSync(p).mtimeMs > maxAgeMs) rmSync(p, { recursive: true, force: true }); } catch { /* ignore */ }
  }
}
