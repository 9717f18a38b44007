/** The workspace's cross-reference index (CorpusIndex from core), keyed by document URI string. */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/types';
import type { CorpusIndex, CrossRef } from '../core/xref/index';
import { heavy } from './heavy';
import type { IndexStatus } from '../webview/protocol';

export interface SkippedFile {
  uri: string;
  reason: string;
}

export class IndexService implements vscode.Disposable {
  private corpusIndex: CorpusIndex | undefined;
  /** The index itself, created on first use (the core is loaded lazily, after activation). */
  get corpus(): CorpusIndex {
    return (this.corpusIndex ??= new (heavy().CorpusIndex)());
  }
  /** Bumped on every change of the corpus; caches of cross-references compare it. */
  generation = 0;
  skipped: SkippedFile[] = [];
  private state: IndexStatus['state'] = 'idle';
  private progress: { done: number; total: number } | null = null;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after articles were added, changed, removed or renamed. */
  readonly onDidChange = this.changed.event;
  private readonly statusEmitter = new vscode.EventEmitter<IndexStatus>();
  readonly onDidChangeStatus = this.statusEmitter.event;
  private timer: NodeJS.Timeout | undefined;
  private refCache = new Map<string, CrossRef[]>();
  private refCacheGen = -1;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get status(): IndexStatus {
    let claims = 0;
    for (const p of this.corpus.paths()) claims += this.corpus.get(p)?.claims.length ?? 0;
    return {
      state: this.state,
      articles: this.corpus.size,
      claims,
      skipped: this.skipped.length,
      ...(this.progress ?? {}),
    };
  }

  setState(state: IndexStatus['state'], progress: { done: number; total: number } | null = null): void {
    this.state = state;
    this.progress = progress;
    this.statusEmitter.fire(this.status);
  }

  replaceCorpus(corpus: CorpusIndex): void {
    this.corpusIndex = corpus;
    this.bump();
  }

  upsert(uri: string, analysis: ArticleAnalysis, hash: string, text?: string): void {
    if (this.corpus.hasHash(uri, hash)) return;
    try {
      this.corpus.upsert(analysis, hash, text);
      this.bump();
    } catch (e) {
      this.log.error(`index: upsert failed for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  remove(uri: string): void {
    if (this.corpus.remove(uri)) this.bump();
  }

  rename(oldUri: string, newUri: string): void {
    if (this.corpus.rename(oldUri, newUri)) this.bump();
  }

  /** Cross-references of one claim (cached per corpus generation). */
  refs(uri: string, claimId: string): CrossRef[] {
    if (this.refCacheGen !== this.generation) {
      this.refCache = new Map();
      this.refCacheGen = this.generation;
    }
    const key = uri + '\u0000' + claimId;
    let r = this.refCache.get(key);
    if (!r) {
      try {
        r = this.corpus.crossReference(uri, claimId);
      } catch (e) {
        this.log.error(`index: crossReference failed: ${e instanceof Error ? e.message : String(e)}`);
        r = [];
      }
      this.refCache.set(key, r);
    }
    return r;
  }

  private bump(): void {
    this.generation++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.changed.fire();
      this.statusEmitter.fire(this.status);
    }, 120);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
    this.statusEmitter.dispose();
  }
}
