/**
 * claim-lens: the headless front end over the pure core.
 *
 *   claim-lens analyze <file|dir>... [--format json|md] [--lexicon FILE] [--max-size MB]
 *   claim-lens xref    <file|dir>... [--format json|md] [--lexicon FILE] [--max-size MB]
 *
 * Exit codes: 0 all analysed, 1 some input unreadable or skipped (each named on
 * stderr with the reason; the rest is still analysed), 2 usage error.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyzeArticle } from './core/analyze';
import { decodeArticle } from './core/decode';
import { globToRegExp, matchesAny } from './core/glob';
import { parseLexicon } from './core/lexicon';
import { analysisJsonArticleText, analysisJsonParts, analysisMarkdown } from './core/report';
import type { ArticleAnalysis, CoreDiagnostic, Lexicon } from './core/types';
import { hash53 } from './core/text';
import { CorpusIndex } from './core/xref/index';
import { xrefJson, xrefMarkdown } from './core/xref/report';

const VERSION = '0.1.0';
const ARTICLE_EXT = /\.(?:txt|article|md|markdown|text)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

const USAGE = `Usage:
  claim-lens analyze <file|dir>... [--format json|md] [--lexicon FILE] [--max-size MB]
  claim-lens xref    <file|dir>... [--format json|md] [--lexicon FILE] [--max-size MB]

  analyze   figures, attributions, quotes and claims of each article
  xref      cross-references between the articles (same/different figure, same statement, text reuse)

Options:
  --format json|md   output format (default json)
  --lexicon FILE     workspace lexicon (default: .claimlens.yaml in the first folder given, if any)
  --max-size MB      skip files larger than this (default 64)
  --jobs N           analyse on N threads (default: one per core for inputs over 1 MB; 1 = main thread only)
  -h, --help         this help
  -v, --version      the version

Folders are read recursively (*.txt, *.article, *.md); hidden files and folders are skipped.
Exit codes: 0 ok, 1 some input skipped (named on stderr), 2 usage error.`;

class UsageError extends Error {}

interface Options {
  command: 'analyze' | 'xref';
  inputs: string[];
  format: 'json' | 'md';
  lexicon: string | null;
  maxBytes: number;
  jobs: number | null;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.length === 0) throw new UsageError('no command given');
  const opts: Options = { command: 'analyze', inputs: [], format: 'json', lexicon: null, maxBytes: 64 * 1024 * 1024, jobs: null };
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string): string => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-v' || a === '--version') return 'version';
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'json' && f !== 'md') throw new UsageError(`--format must be json or md, not "${f}"`);
      opts.format = f;
    } else if (a === '--lexicon' || a.startsWith('--lexicon=')) {
      opts.lexicon = value('--lexicon');
    } else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const mb = Number(value('--max-size'));
      if (!(mb > 0)) throw new UsageError('--max-size must be a positive number of megabytes');
      opts.maxBytes = mb * 1024 * 1024;
    } else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const n = Number(value('--jobs'));
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--jobs must be a whole number from 1 to 64');
      opts.jobs = n;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a}`);
    } else if (command === null) {
      if (a !== 'analyze' && a !== 'xref') throw new UsageError(`unknown command "${a}" (analyze or xref)`);
      command = a;
    } else {
      opts.inputs.push(a);
    }
  }
  if (command === null) throw new UsageError('no command given');
  opts.command = command as Options['command'];
  if (opts.inputs.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  return opts;
}

interface Problem {
  path: string;
  reason: string;
}

/** Expand inputs to files: named files as given, folders recursively. */
function collectFiles(inputs: string[], problems: Problem[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = path.resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir, reason: errorReason(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_EXT.test(e.name)) add(p);
    }
  };
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch (e) {
      problems.push({ path: input, reason: errorReason(e) });
      continue;
    }
    if (st.isDirectory()) walk(input);
    else add(input);
  }
  return files;
}

function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return err?.message ?? String(e);
  }
}

function loadLexicon(opts: Options, problems: Problem[]): Lexicon | undefined {
  let file = opts.lexicon;
  if (!file) {
    const firstDir = opts.inputs.find((i) => {
      try {
        return fs.statSync(i).isDirectory();
      } catch {
        return false;
      }
    });
    const candidate = path.join(firstDir ?? '.', '.claimlens.yaml');
    if (fs.existsSync(candidate)) file = candidate;
  }
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    problems.push({ path: file, reason: `lexicon not read: ${errorReason(e)}` });
    return undefined;
  }
  const { lexicon, diagnostics } = parseLexicon(text);
  for (const d of diagnostics) process.stderr.write(`claim-lens: ${file}: ${d.severity}: ${d.message}\n`);
  return lexicon;
}

function displayPath(p: string): string {
  const rel = path.relative(process.cwd(), path.resolve(p));
  return (rel && !rel.startsWith('..') ? rel : path.resolve(p)).split(path.sep).join('/');
}

export function main(argv: string[]): Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`claim-lens: ${e.message}\n\n${USAGE}\n`);
      return Promise.resolve(2);
    }
    throw e;
  }
  if (opts === 'help') {
    process.stdout.write(USAGE + '\n');
    return Promise.resolve(0);
  }
  if (opts === 'version') {
    process.stdout.write(VERSION + '\n');
    return Promise.resolve(0);
  }

  const problems: Problem[] = [];
  const lexicon = loadLexicon(opts, problems);
  const ignore = (lexicon?.ignore ?? []).map(globToRegExp);
  // each file's path as shown (relative to the working folder), worked out once: the ignore globs match it too
  const found = collectFiles(opts.inputs, problems);
  const foundShown = found.map(displayPath);
  const keep = foundShown.map((p) => !matchesAny(p, ignore));
  const files = found.filter((_, i) => keep[i]);
  const shown = foundShown.filter((_, i) => keep[i]);

  // Sizes first: they decide whether worker threads pay, and the workers start up while the files are read.
  const skipped: Array<Problem | null> = files.map(() => null);
  let totalBytes = 0;
  files.forEach((f, i) => {
    try {
      const size = fs.statSync(f).size;
      if (size > opts.maxBytes) {
        skipped[i] = { path: shown[i], reason: `larger than ${Math.round(opts.maxBytes / 1048576)} MB (${(size / 1048576).toFixed(1)} MB); raise --max-size to read it` };
      } else totalBytes += size;
    } catch (e) {
      skipped[i] = { path: shown[i], reason: errorReason(e) };
    }
  });
  const pool = new AnalysisPool(threadCount(opts.jobs, totalBytes, files.length), lexicon, opts.command === 'analyze' && opts.format === 'json');

  const inputs: Array<{ shown: string; text: string }> = [];
  files.forEach((f, i) => {
    if (skipped[i]) return;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(f);
    } catch (e) {
      skipped[i] = { path: shown[i], reason: errorReason(e) };
      return;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      skipped[i] = { path: shown[i], reason: decoded.reason };
      return;
    }
    inputs.push({ shown: shown[i], text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text });
  });
  for (const p of skipped) if (p) problems.push(p);

  return pool.run(inputs).then((results) => {
    const analyses: ArticleAnalysis[] = [];
    const jsonArticles: string[] = [];
    const hashes: string[] = [];
    const bodies: string[] = [];
    const texts = new Map<string, string>();
    results.forEach((r, i) => {
      const { shown, text } = inputs[i];
      if ('error' in r) {
        // A bug of ours must not lose the other articles.
        problems.push({ path: shown, reason: `analysis failed: ${r.error}` });
        return;
      }
      if ('json' in r) jsonArticles.push(r.json);
      else {
        analyses.push(r.analysis);
        if (opts.command === 'xref') {
          hashes.push(hash53(text));
          bodies.push(text);
        }
        if (opts.format === 'md') texts.set(shown, text);
      }
      for (const d of r.diagnostics) {
        if (d.severity !== 'info') process.stderr.write(`claim-lens: ${shown}: ${d.severity}: ${d.message}\n`);
      }
    });
    return finish(opts, problems, files.length, analyses, jsonArticles, hashes, bodies, texts);
  });
}

/**
 * What one article yields: its analysis (for Markdown and xref) or, for
 * `analyze --format json`, just its piece of the JSON (serialised where it was
 * analysed, so a worker sends back one string instead of a large object graph).
 */
type Result =
  | { analysis: ArticleAnalysis; diagnostics: CoreDiagnostic[] }
  | { json: string; diagnostics: CoreDiagnostic[] }
  | { error: string };

function analyzeOne(shown: string, text: string, lexicon: Lexicon | undefined, json: boolean): Result {
  try {
    // the JSON contract has no claim times or terms: they are not computed for it
    const analysis = analyzeArticle(text, { path: shown, lexicon, claimDetails: !json });
    return json ? { json: analysisJsonArticleText(analysis), diagnostics: analysis.diagnostics } : { analysis, diagnostics: analysis.diagnostics };
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

/** Inputs smaller than this (in bytes) are analysed on the main thread alone: a worker would not pay off. */
const PARALLEL_MIN_BYTES = 1_000_000;
/** Each further thread needs about this much input to pay for its start-up and its own JIT warm-up (~0.4 s cold). */
const BYTES_PER_THREAD = 1_500_000;

/** Threads to analyse on (the main thread counts): `--jobs`, else one per core for large inputs. */
function threadCount(jobs: number | null, totalBytes: number, files: number): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, files));
  if (totalBytes < PARALLEL_MIN_BYTES) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // one core stays with V8's own threads (garbage collector, optimising compiler): on two cores a second analysis
  // thread costs more than it brings (measured: 2.7 M chars, 1.22 s on one thread, 1.4–1.5 s on two)
  return Math.max(1, Math.min(cores - 1, Math.floor(totalBytes / BYTES_PER_THREAD), files));
}

/**
 * Analyses inputs on the main thread and `threads - 1` worker threads (this
 * same script, started as a worker). The workers are started in the
 * constructor, so they load while the main thread reads the files. All
 * threads take batches from one queue, largest first and shrinking towards the
 * end (guided scheduling), so they finish together; a worker keeps two batches
 * in hand so it never waits for the busy main thread.
 */
class AnalysisPool {
  private readonly workers: Worker[] = [];

  constructor(
    private readonly threads: number,
    private readonly lexicon: Lexicon | undefined,
    private readonly json: boolean,
  ) {
    // the launcher (dist/cli.js) when it started us: workers then load the bundle from its code cache
    const entry = (globalThis as { claimLensWorkerEntry?: string }).claimLensWorkerEntry ?? __filename;
    for (let k = 1; k < threads; k++) this.workers.push(new Worker(entry, { workerData: { claimLensWorker: true } }));
  }

  run(inputs: Array<{ shown: string; text: string }>): Promise<Result[]> {
    const { lexicon, json } = this;
    const results: Result[] = new Array(inputs.length);
    const analyze = (i: number) => (results[i] = analyzeOne(inputs[i].shown, inputs[i].text, lexicon, json));
    if (this.workers.length === 0) {
      for (let i = 0; i < inputs.length; i++) analyze(i);
      return Promise.resolve(results);
    }

    let remaining = inputs.reduce((s, x) => s + x.text.length, 0);
    const minBatch = 20_000;
    let next = 0;
    /** The next batch of input indices: about remaining / (2 × threads) characters, at least `minBatch`. */
    const take = (): number[] | null => {
      if (next >= inputs.length) return null;
      const target = Math.max(minBatch, remaining / (2 * this.threads));
      const batch: number[] = [];
      let size = 0;
      while (next < inputs.length && size < target) {
        size += inputs[next].text.length;
        batch.push(next++);
      }
      remaining -= size;
      return batch;
    };

    return new Promise((resolve) => {
      let open = this.workers.length + 1;
      const done = () => {
        if (--open > 0) return;
        for (const w of this.workers) void w.terminate();
        resolve(results);
      };
      for (const w of this.workers) {
        const inHand: number[][] = [];
        let alive = true;
        const feed = () => {
          while (alive && inHand.length < 2) {
            const batch = take();
            if (!batch) break;
            inHand.push(batch);
            w.postMessage({ lexicon, json, items: batch.map((i) => ({ shown: inputs[i].shown, text: inputs[i].text })) });
          }
          if (inHand.length === 0 && alive) {
            alive = false;
            done();
          }
        };
        w.on('message', (out: Result[]) => {
          const batch = inHand.shift();
          if (batch) out.forEach((r, j) => (results[batch[j]] = r));
          feed();
        });
        w.on('error', () => {
          // The worker died: analyse what it held here, and let the others carry on.
          if (!alive) return;
          alive = false;
          for (const batch of inHand.splice(0)) batch.forEach(analyze);
          done();
        });
        feed();
      }
      // The main thread works through the queue too, yielding between batches so the workers are kept fed.
      const work = () => {
        const batch = take();
        if (!batch) {
          done();
          return;
        }
        batch.forEach(analyze);
        setImmediate(work);
      };
      setImmediate(work);
    });
  }
}

function finish(
  opts: Options,
  problems: Problem[],
  fileCount: number,
  analyses: ArticleAnalysis[],
  jsonArticles: string[],
  hashes: string[],
  bodies: string[],
  texts: Map<string, string>,
): Promise<number> {
  for (const p of problems) process.stderr.write(`claim-lens: skipped ${p.path}: ${p.reason}\n`);
  if (fileCount === 0 && problems.length === 0) {
    process.stderr.write('claim-lens: no article files found (looked for *.txt, *.article, *.md)\n');
  }

  // the output in pieces: the JSON of `analyze` one article at a time (no joined copy of megabytes to encode)
  let parts: string[];
  if (opts.command === 'analyze') {
    parts = opts.format === 'json' ? analysisJsonParts(jsonArticles) : [analysisMarkdown(analyses, texts)];
  } else {
    const index = new CorpusIndex();
    analyses.forEach((a, i) => index.upsert(a, hashes[i], bodies[i]));
    parts = [opts.format === 'json' ? JSON.stringify(xrefJson(index), null, 2) : xrefMarkdown(index)];
  }
  parts[parts.length - 1] += '\n';
  const code = problems.length ? 1 : 0;
  return new Promise((resolve) => {
    // writes complete in order: the last one's callback comes after all of them
    for (let i = 0; i < parts.length - 1; i++) process.stdout.write(parts[i]);
    process.stdout.write(parts[parts.length - 1], () => resolve(code));
  });
}

if (!isMainThread && parentPort) {
  // Worker mode: analyse the batches the main thread sends.
  const port = parentPort;
  port.on('message', (msg: { lexicon: Lexicon | undefined; json: boolean; items: Array<{ shown: string; text: string }> }) => {
    port.postMessage(msg.items.map((x) => analyzeOne(x.shown, x.text, msg.lexicon, msg.json)));
  });
} else if (require.main === module) {
  runCli();
}

/** Run the command line of this process (the `claim-lens` launcher, dist/cli.js, calls this). */
export function runCli(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`claim-lens: internal error: ${(e as Error)?.message ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
