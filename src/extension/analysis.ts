/**
 * The analysis cache of open article documents, keyed by document version and content
 * hash. Typing never waits for analysis: changes are debounced (longer for big
 * documents) and the analysis runs off the keystroke path (worker thread for big texts).
 */
import * as vscode from 'vscode';
import { hash53 } from '../core/text';
import type { ArticleAnalysis } from '../core/types';
import { Analyzer, SupersededError } from './analyzer';
import type { ConfigService } from './config';
import type { LexiconService } from './lexicon';
import type { Services } from './services';

export const ARTICLE_LANGUAGE = 'article';

export interface DocAnalysis {
  uri: string;
  version: number;
  hash: string;
  lexVersion: number;
  analysis: ArticleAnalysis;
  /** Analysis time in milliseconds. */
  ms: number;
  /** Text length in UTF-16 code units. */
  length: number;
}

export interface AnalyzedEvent {
  document: vscode.TextDocument;
  result: DocAnalysis;
  /** The text, for the workspace index (only set when the content changed). */
  text?: string;
}

export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === ARTICLE_LANGUAGE;
}

export class AnalysisService implements vscode.Disposable {
  private readonly cache = new Map<string, DocAnalysis>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly inflight = new Map<string, { version: number; lexVersion: number; promise: Promise<DocAnalysis | undefined> }>();
  private readonly tooLarge = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<AnalyzedEvent>();
  /** Fires when an open article has a new analysis (content or lexicon changed). */
  readonly onDidAnalyze = this.emitter.event;

  constructor(
    readonly analyzer: Analyzer,
    private readonly config: ConfigService,
    private readonly lexicon: LexiconService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The analysis of the document's current version, if there is one. */
  get(doc: vscode.TextDocument): DocAnalysis | undefined {
    const c = this.cache.get(doc.uri.toString());
    return c && c.version === doc.version && c.lexVersion === this.lexicon.version ? c : undefined;
  }

  /** The last analysis of the document, even if it is outdated (offsets may have moved). */
  last(uri: vscode.Uri | string): DocAnalysis | undefined {
    return this.cache.get(typeof uri === 'string' ? uri : uri.toString());
  }

  /** Whether the document was too large to analyse (over `claimLens.maxFileSizeKB`). */
  isTooLarge(doc: vscode.TextDocument): boolean {
    return this.tooLarge.has(doc.uri.toString());
  }

  /** Re-analyse after the typing pause (longer for longer documents). */
  schedule(doc: vscode.TextDocument, immediate = false): void {
    if (!isArticleDocument(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    let delay = 0;
    if (!immediate) {
      const approxLength = doc.lineCount > 1 ? doc.offsetAt(new vscode.Position(doc.lineCount - 1, 0)) : 0;
      delay = this.config.current.analysisDelay + Math.min(1500, Math.round(approxLength / 2000));
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.ensure(doc).catch(() => undefined);
      }, delay),
    );
  }

  /** The analysis of the current version: cached, in flight, or started now. */
  ensure(doc: vscode.TextDocument): Promise<DocAnalysis | undefined> {
    const hit = this.get(doc);
    if (hit) return Promise.resolve(hit);
    const key = doc.uri.toString();
    const running = this.inflight.get(key);
    if (running && running.version === doc.version && running.lexVersion === this.lexicon.version) return running.promise;
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const version = doc.version;
    const lexVersion = this.lexicon.version;
    const promise = this.run(doc, version, lexVersion).finally(() => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, { version, lexVersion, promise });
    return promise;
  }

  private async run(doc: vscode.TextDocument, version: number, lexVersion: number): Promise<DocAnalysis | undefined> {
    const key = doc.uri.toString();
    const text = doc.getText();
    if (text.length > this.config.current.maxFileSizeKB * 1024) {
      if (!this.tooLarge.has(key)) this.log.warn(`not analysed (over claimLens.maxFileSizeKB): ${doc.uri.fsPath || key}`);
      this.tooLarge.add(key);
      return undefined;
    }
    this.tooLarge.delete(key);
    const hash = hash53(text);
    const prev = this.cache.get(key);
    if (prev && prev.hash === hash && prev.lexVersion === lexVersion) {
      // Same content (save, undo to a known state): keep the analysis, no event.
      prev.version = version;
      return prev;
    }
    let res;
    try {
      res = await this.analyzer.analyze('doc:' + key, text, key);
    } catch (e) {
      if (e instanceof SupersededError) return undefined;
      this.log.error(`analysis failed for ${key}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
    if (doc.isClosed) return undefined;
    const result: DocAnalysis = { uri: key, version, hash, lexVersion, analysis: res.analysis, ms: res.ms, length: text.length };
    // Keep the newest analysis even if the document moved on: it is the best we have until the next one lands.
    const cur = this.cache.get(key);
    if (!cur || cur.version <= version) this.cache.set(key, result);
    this.log.trace(`analysed ${key} v${version} (${text.length} chars) in ${res.ms.toFixed(1)} ms${this.analyzer.usesWorker ? ' [worker]' : ''}`);
    this.emitter.fire({ document: doc, result, text });
    return result;
  }

  forget(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.cache.delete(uri);
    this.tooLarge.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.emitter.dispose();
  }
}

/** Keeps open article documents analysed: on open, change (debounced), language switch, lexicon change. */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const a = services.analyses;
  const all = () => {
    for (const d of vscode.workspace.textDocuments) if (isArticleDocument(d)) a.schedule(d, true);
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => a.schedule(d, true)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) a.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => a.forget(d.uri.toString())),
    services.lexicon.onDidChange(() => {
      services.analyses.analyzer.setLexicon(services.lexicon.current);
      all();
    }),
    services.config.onDidChange((e) => {
      if (e.affectsConfiguration('claimLens.maxFileSizeKB')) all();
    }),
  );
  // Documents already open when the extension activated: visible ones first.
  for (const ed of vscode.window.visibleTextEditors) if (isArticleDocument(ed.document)) a.schedule(ed.document, true);
  setTimeout(all, 50);
}
