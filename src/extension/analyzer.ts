/**
 * Runs `analyzeArticle` off the extension host's main thread: in a worker thread
 * (`dist/analysisWorker.js`, bundled by esbuild) when it is there, else in
 * process after yielding to the event loop. No `vscode` here, so it is unit-tested
 * in plain Node.
 *
 * Jobs are keyed: a newer job for the same key replaces a queued older one (typing
 * in a big article queues at most one re-analysis), and callers of the replaced
 * job get a `SupersededError`.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { heavy } from './heavy';
import type { ArticleAnalysis, Lexicon } from '../core/types';

export type WorkerRequest =
  | { type: 'lexicon'; lexicon: Lexicon | null }
  | { type: 'analyze'; id: number; text: string; path: string };

export type WorkerResponse =
  | { type: 'result'; id: number; analysis: ArticleAnalysis; ms: number }
  | { type: 'error'; id: number; message: string };

export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer analysis of the same document');
  }
}

export interface AnalysisResult {
  analysis: ArticleAnalysis;
  /** Time spent analysing (not waiting), in milliseconds. */
  ms: number;
}

interface Job {
  id: number;
  key: string;
  text: string;
  path: string;
  resolve: (r: AnalysisResult) => void;
  reject: (e: Error) => void;
}

export interface AnalyzerOptions {
  /** Absolute path of the bundled worker script; when missing or broken, analysis runs in process. */
  workerScript?: string;
  /** Texts shorter than this are analysed in process even when a worker is available (no copy, no hop). */
  inProcessBelow?: number;
  onLog?: (message: string) => void;
}

export class Analyzer {
  private worker: Worker | null = null;
  private workerBroken = false;
  private lexicon: Lexicon | null = null;
  private nextId = 1;
  /** Queued jobs, FIFO, at most one per key. */
  private readonly queue: Job[] = [];
  private running: Job | null = null;
  private disposed = false;
  private readonly inProcessBelow: number;

  constructor(private readonly opts: AnalyzerOptions = {}) {
    this.inProcessBelow = opts.inProcessBelow ?? 50_000;
  }

  setLexicon(lexicon: Lexicon | null): void {
    this.lexicon = lexicon;
    this.worker?.postMessage({ type: 'lexicon', lexicon } satisfies WorkerRequest);
  }

  /** Whether analysis runs in a worker thread (after the first big job). */
  get usesWorker(): boolean {
    return this.worker !== null;
  }

  /** Analyse now, synchronously, in process (for a hover on a document that was never analysed). */
  analyzeSync(text: string, path: string): AnalysisResult {
    const t0 = performance.now();
    const analysis = heavy().analyzeArticle(text, { path, lexicon: this.lexicon ?? undefined });
    return { analysis, ms: performance.now() - t0 };
  }

  /** Queue an analysis; a queued job with the same key is superseded. */
  analyze(key: string, text: string, path: string): Promise<AnalysisResult> {
    if (this.disposed) return Promise.reject(new Error('analyzer disposed'));
    return new Promise<AnalysisResult>((resolve, reject) => {
      const job: Job = { id: this.nextId++, key, text, path, resolve, reject };
      const i = this.queue.findIndex((j) => j.key === key);
      if (i >= 0) {
        this.queue[i].reject(new SupersededError());
        this.queue[i] = job;
      } else {
        this.queue.push(job);
      }
      this.pump();
    });
  }

  /** Number of jobs waiting or running. */
  get pending(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('analyzer disposed'));
    this.running?.reject(new Error('analyzer disposed'));
    this.running = null;
    void this.worker?.terminate();
    this.worker = null;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    const worker = job.text.length >= this.inProcessBelow ? this.ensureWorker() : null;
    if (worker) {
      worker.postMessage({ type: 'analyze', id: job.id, text: job.text, path: job.path } satisfies WorkerRequest);
      return;
    }
    // In process, but never on the caller's stack (the keystroke / event that asked for it).
    setImmediate(() => {
      if (this.running !== job) return;
      try {
        this.finish(job, this.analyzeSync(job.text, job.path), null);
      } catch (e) {
        this.finish(job, null, e instanceof Error ? e : new Error(String(e)));
      }
    });
  }

  private finish(job: Job, result: AnalysisResult | null, error: Error | null): void {
    if (this.running !== job) return;
    this.running = null;
    if (result) job.resolve(result);
    else job.reject(error ?? new Error('analysis failed'));
    this.pump();
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    const script = this.opts.workerScript;
    if (this.workerBroken || !script || !existsSync(script)) return null;
    try {
      const w = new Worker(script);
      w.unref();
      w.on('message', (m: WorkerResponse) => {
        const job = this.running;
        if (!job || job.id !== m.id) return;
        if (m.type === 'result') this.finish(job, { analysis: m.analysis, ms: m.ms }, null);
        else this.finish(job, null, new Error(m.message));
      });
      w.on('error', (e) => this.onWorkerFailure(e));
      w.on('exit', (code) => {
        if (!this.disposed && this.worker === w) this.onWorkerFailure(new Error(`analysis worker exited with code ${code}`));
      });
      if (this.lexicon) w.postMessage({ type: 'lexicon', lexicon: this.lexicon } satisfies WorkerRequest);
      this.worker = w;
      return w;
    } catch (e) {
      this.onWorkerFailure(e instanceof Error ? e : new Error(String(e)));
      return null;
    }
  }

  private onWorkerFailure(e: Error): void {
    this.opts.onLog?.(`analysis worker unavailable, analysing in process: ${e.message}`);
    this.workerBroken = true;
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    // Re-run the job that was in flight, in process.
    const job = this.running;
    if (job) {
      this.running = null;
      this.queue.unshift(job);
      this.pump();
    }
  }
}
