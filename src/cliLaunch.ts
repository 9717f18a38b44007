/**
 * The `claim-lens` command (dist/cli.js): runs the bundled CLI (dist/cliMain.js)
 * from a V8 code cache, so a run does not first spend some 60 ms compiling
 * 700 KB of JavaScript and then each function it calls.
 *
 * Node ≥ 22.1 keeps such a cache itself (`module.enableCompileCache`). On older
 * Node it is kept here: V8's cached data for the bundle, taken when a run ends
 * (so it holds the functions the run compiled, not only the top level), in the
 * user's cache folder, named by the bundle's size and time and the Node version
 * and architecture. V8 checks the data against the source and rejects stale
 * data; any trouble with the cache only means compiling as usual.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

const BUNDLE = path.join(__dirname, 'cliMain.js');
/** Bytecode size V8 may inline into one optimised function (its default: 920). */
const INLINE_BUDGET = 150;

interface Cli {
  runCli(): void;
}

type NodeModule = typeof Module & {
  enableCompileCache?: () => unknown;
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
};

function cachePath(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const st = fs.statSync(BUNDLE);
  return path.join(base, 'claim-lens', `cli-${process.version}-${process.arch}-${st.size}-${Math.floor(st.mtimeMs)}.v8cache`);
}

function loadCached(): Cli {
  const M = Module as NodeModule;
  let file: string | null = null;
  let cached: Buffer | undefined;
  try {
    file = cachePath();
    cached = fs.readFileSync(file);
  } catch {
    // no cache yet (or no cache folder): compile as usual and leave one for the next run
  }
  const script = new vm.Script(M.wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData: cached });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = M._nodeModulePaths(path.dirname(BUNDLE));
  (script.runInThisContext() as (...args: unknown[]) => void).call(mod.exports, mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, path.dirname(BUNDLE));
  mod.loaded = true;
  if (isMainThread && file && (!cached || script.cachedDataRejected)) {
    const target = file;
    process.once('exit', () => {
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // write, then rename: a run started meanwhile reads the old file or the new one, never half of one
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, target);
        // caches of earlier builds of the bundle are of no further use
        for (const f of fs.readdirSync(path.dirname(target))) {
          if (/^cli-.*\.v8cache$/.test(f) && f !== path.basename(target)) fs.rmSync(path.join(path.dirname(target), f), { force: true });
        }
      } catch {
        // a read-only home or a full disk: no cache, no harm
      }
    });
  }
  return mod.exports as Cli;
}

function load(): Cli {
  const M = Module as NodeModule;
  if (typeof M.enableCompileCache === 'function') {
    M.enableCompileCache();
    return require(BUNDLE) as Cli;
  }
  return loadCached();
}

// Workers of `--jobs` start from this launcher too (see AnalysisPool in cli.ts), so they load the bundle from the
// same code cache instead of compiling it cold: the bundle's top level then runs in worker mode by itself.
(globalThis as { claimLensWorkerEntry?: string }).claimLensWorkerEntry = __filename;
if (isMainThread) {
  // A run lasts about a second, and V8's optimising compiler spends a good part of it on a background thread,
  // compiling the analysis functions with their callees inlined, often several times over as new type feedback
  // deoptimises them. A small inlining budget keeps those compiles small: over the 1,028 corpus articles the process
  // used ~0.19 s less CPU (1.77 -> 1.58 s), the main thread as much as before. Set before the bundle is loaded: the
  // code cache is checked against the flags it was made with. (Flags are per process: workers share them.)
  try {
    v8.setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
  } catch {
    // an embedder without the flag: V8's default
  }
}
const cli = load();
if (isMainThread) cli.runCli();
