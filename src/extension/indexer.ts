/**
 * Builds the workspace index in the background: every article file of the workspace,
 * with a (cancellable) progress notification, size guards that say what was skipped,
 * incremental updates on create/change/delete/rename, and a warm cache in workspace
 * storage (index snapshot + file stats + content hashes). Never writes an article.
 */
import { decodeArticle } from '../core/decode';
import * as vscode from 'vscode';
import { hash53, stripBom } from '../core/text';
import { heavy } from './heavy';
import { SupersededError } from './analyzer';
import { isArticleDocument } from './analysis';
import type { Services } from './services';

/** Longest piece of index upkeep done without yielding to the extension host's event loop (ms). */
const SLICE_MS = 12;
const CACHE_FILE = 'index-cache.json';
const CACHE_SCHEMA = 'claim-lens/extension-index-cache@1';

interface FileEntry {
  mtime: number;
  size: number;
  hash: string;
  /** false: read, and not an article (a .txt that does not look like one). */
  article: boolean;
}

interface CacheFile {
  schema: string;
  lexicon: string;
  detect: string;
  files: Record<string, FileEntry>;
  snapshot: unknown;
}

const ARTICLE_EXT = /\.article(\.txt)?$/i;
/** Open articles up to this size feed the index with their unsaved text as you type. */
const LIVE_INDEX_LIMIT = 200_000;

export class Indexer implements vscode.Disposable {
  private files = new Map<string, FileEntry>();
  private cts: vscode.CancellationTokenSource | null = null;
  private building: Promise<void> | null = null;
  private loadedCache = false;
  /** Whether the first build has begun. */
  started = false;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly queue = new Set<string>();
  private queueTimer: NodeJS.Timeout | undefined;
  private lastSkippedNotice = '';
  private globMatchers: vscode.GlobPattern[] = [];
  private excludeMatchers: vscode.GlobPattern[] = [];

  constructor(private readonly s: Services) {}

  private get enabled(): boolean {
    return this.s.config.current.index.enabled && (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  }

  private computeMatchers(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const cfg = this.s.config.current;
    this.globMatchers = cfg.detect === 'off' ? [] : folders.flatMap((f) => cfg.articleGlobs.map((g) => new vscode.RelativePattern(f, g)));
    this.excludeMatchers = folders.flatMap((f) => [...cfg.index.exclude, ...this.s.lexicon.current.ignore].map((g) => new vscode.RelativePattern(f, g)));
  }

  private matches(uri: vscode.Uri, patterns: vscode.GlobPattern[]): boolean {
    // languages.match with a pattern-only filter is VS Code's own glob matcher.
    return patterns.some((pattern) => vscode.languages.match({ pattern }, { uri, languageId: '' } as unknown as vscode.TextDocument) > 0);
  }

  /** Whether a file is a candidate at all (by name and settings; content decides for plain .txt). */
  private candidate(uri: vscode.Uri): 'article' | 'maybe' | false {
    if (this.matches(uri, this.excludeMatchers)) return false;
    if (ARTICLE_EXT.test(uri.path)) return 'article';
    if (this.matches(uri, this.globMatchers)) return 'article';
    if (this.s.config.current.detect === 'auto' && /\.txt$/i.test(uri.path)) return 'maybe';
    return false;
  }

  /** Full (re)build. `fresh` drops the cache and re-reads every file. */
  rebuild(fresh = false): Promise<void> {
    this.started = true;
    this.cts?.cancel();
    const cts = new vscode.CancellationTokenSource();
    this.cts = cts;
    const prev = this.building ?? Promise.resolve();
    const run = prev.then(() => this.build(fresh, cts.token)).catch((e) => this.s.log.error(`index: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
    this.building = run.finally(() => {
      if (this.cts === cts) this.cts = null;
      cts.dispose();
    });
    return this.building;
  }

  private async build(fresh: boolean, token: vscode.CancellationToken): Promise<void> {
    if (token.isCancellationRequested) return;
    const ix = this.s.index;
    if (!this.enabled) {
      ix.setState('disabled');
      return;
    }
    await this.s.lexicon.ready;
    this.computeMatchers();
    if (fresh) {
      this.files.clear();
      ix.replaceCorpus(new (heavy().CorpusIndex)());
    } else if (!this.loadedCache) {
      await this.loadCache();
    }
    this.loadedCache = true;
    const cfg = this.s.config.current;
    ix.setState('indexing', { done: 0, total: 0 });
    const t0 = Date.now();

    const include = cfg.detect === 'auto' ? '**/*.{article,txt}' : '**/*.article{,.txt}';
    const found = new Map<string, vscode.Uri>();
    const exclude = cfg.index.exclude.length ? `{${cfg.index.exclude.join(',')}}` : undefined;
    const limit = cfg.maxFiles * 4 + 100;
    for (const u of await vscode.workspace.findFiles(include, exclude, limit, token)) found.set(u.toString(), u);
    if (cfg.detect !== 'off') {
      for (const g of this.globMatchers) for (const u of await vscode.workspace.findFiles(g, exclude, limit, token)) found.set(u.toString(), u);
    }
    if (token.isCancellationRequested) return this.stopped(t0);

    const candidates = [...found.values()].filter((u) => this.candidate(u)).sort((a, b) => (a.path < b.path ? -1 : 1));
    const skipped: Array<{ uri: string; reason: string }> = [];
    // Forget files that are gone.
    for (const p of ix.corpus.paths()) if (!found.has(p) && !this.isOpenArticle(p)) ix.remove(p);
    for (const p of [...this.files.keys()]) if (!found.has(p)) this.files.delete(p);

    let work = candidates;
    if (candidates.length > cfg.maxFiles) {
      for (const u of candidates.slice(cfg.maxFiles)) skipped.push({ uri: u.toString(), reason: `over the limit of ${cfg.maxFiles} files (claimLens.maxFiles)` });
      work = candidates.slice(0, cfg.maxFiles);
      for (const s of skipped) ix.remove(s.uri);
    }

    const total = work.length;
    let done = 0;
    let analysed = 0;
    const step = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, ptoken?: vscode.CancellationToken) => {
      for (const uri of work) {
        if (token.isCancellationRequested || ptoken?.isCancellationRequested) break;
        const r = await this.indexFile(uri, skipped, token);
        if (r === 'analysed') analysed++;
        done++;
        if (done % 5 === 0 || done === total) {
          ix.setState('indexing', { done, total });
          progress?.report({ message: `${done} / ${total} files`, increment: (5 * 100) / Math.max(1, total) });
        }
      }
    };
    // A notification only when there is real work (first run, many changed files); else the window progress.
    const toRead = work.filter((u) => !this.upToDateByStat(u.toString())).length;
    if (toRead > 25) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Claim Lens: indexing articles', cancellable: true },
        (p, t) => step(p, t).then(() => {
          if (t.isCancellationRequested) this.cts?.cancel();
        }),
      );
    } else {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Claim Lens: indexing' }, () => step());
    }
    ix.skipped = skipped;
    if (token.isCancellationRequested) return this.stopped(t0);
    ix.setState('idle');
    this.s.log.info(`index: ${ix.corpus.size} articles (${analysed} analysed, ${total - analysed} from cache) in ${Date.now() - t0} ms; ${skipped.length} skipped`);
    this.scheduleSave();
    this.noticeSkipped();
  }

  private stopped(t0: number): void {
    this.s.index.setState('idle');
    this.s.log.info(`index: stopped after ${Date.now() - t0} ms (${this.s.index.corpus.size} articles so far)`);
  }

  private isOpenArticle(uri: string): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri && isArticleDocument(d));
  }

  private upToDateByStat(uri: string): boolean {
    const f = this.files.get(uri);
    return !!f && (!f.article || this.s.index.corpus.hasHash(uri, f.hash));
  }

  /** Index one file; returns what happened. */
  private async indexFile(uri: vscode.Uri, skipped: Array<{ uri: string; reason: string }>, token?: vscode.CancellationToken): Promise<'analysed' | 'cached' | 'skipped' | 'none'> {
    const key = uri.toString();
    const kind = this.candidate(uri);
    if (!kind) {
      this.s.index.remove(key);
      return 'none';
    }
    // An open article is indexed from its editor (unsaved text included).
    if (this.isOpenArticle(key)) return 'cached';
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.s.index.remove(key);
      return 'none';
    }
    const maxBytes = this.s.config.current.maxFileSizeKB * 1024;
    if (stat.size > maxBytes) {
      skipped.push({ uri: key, reason: `too large: ${(stat.size / 1024).toFixed(0)} KB > ${this.s.config.current.maxFileSizeKB} KB (claimLens.maxFileSizeKB)` });
      this.s.index.remove(key);
      return 'skipped';
    }
    const prev = this.files.get(key);
    if (prev && prev.mtime === stat.mtime && prev.size === stat.size && (!prev.article || this.s.index.corpus.hasHash(key, prev.hash))) return 'cached';
    let text: string;
    try {
      // UTF-8 (BOM or not), UTF-16 with BOM, Windows-1252; binary files are refused with a reason.
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) {
        skipped.push({ uri: key, reason: decoded.reason });
        this.s.index.remove(key);
        return 'skipped';
      }
      text = stripBom(decoded.text);
    } catch (e) {
      skipped.push({ uri: key, reason: `unreadable: ${e instanceof Error ? e.message : String(e)}` });
      return 'skipped';
    }
    const hash = hash53(text);
    const isArticle = kind === 'article' || heavy().looksLikeArticle(text);
    this.files.set(key, { mtime: stat.mtime, size: stat.size, hash, article: isArticle });
    if (!isArticle) {
      this.s.index.remove(key);
      return 'none';
    }
    if (this.s.index.corpus.hasHash(key, hash)) return 'cached';
    if (token?.isCancellationRequested) return 'none';
    try {
      const res = await this.s.analyses.analyzer.analyze('index:' + key, text, key);
      if (this.isOpenArticle(key)) return 'cached';
      // Deleted, renamed or changed again while it was being analysed: its newer state is handled elsewhere.
      if (this.files.get(key)?.hash !== hash) return 'none';
      this.s.index.upsert(key, res.analysis, hash, text);
      return 'analysed';
    } catch (e) {
      if (!(e instanceof SupersededError)) this.s.log.error(`index: analysis failed for ${key}: ${e instanceof Error ? e.message : String(e)}`);
      return 'none';
    }
  }

  /** Files changed on disk (watcher): re-index them after a short pause. */
  enqueue(uri: vscode.Uri): void {
    if (!this.enabled || !this.loadedCache) return;
    this.queue.add(uri.toString());
    clearTimeout(this.queueTimer);
    this.queueTimer = setTimeout(() => void this.flushQueue(), 300);
  }

  private async flushQueue(): Promise<void> {
    if (this.building) await this.building;
    const uris = [...this.queue];
    this.queue.clear();
    const skipped = this.s.index.skipped.filter((s) => !uris.includes(s.uri));
    for (const u of uris) await this.indexFile(vscode.Uri.parse(u), skipped);
    this.s.index.skipped = skipped;
    this.scheduleSave();
  }

  async removed(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : key + '/';
    for (const p of [...this.files.keys()]) if (p === key || p.startsWith(prefix)) this.files.delete(p);
    // A removed folder may hold thousands of articles: take them out in time slices, not in one blocking loop.
    let slice = performance.now();
    for (const p of this.s.index.corpus.paths()) {
      if ((p === key || p.startsWith(prefix)) && !this.isOpenArticle(p)) this.s.index.remove(p);
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    this.scheduleSave();
  }

  renamed(oldUri: vscode.Uri, newUri: vscode.Uri): void {
    const o = oldUri.toString();
    const n = newUri.toString();
    for (const p of this.s.index.corpus.paths()) {
      if (p === o) this.s.index.rename(p, n);
      else if (p.startsWith(o + '/')) this.s.index.rename(p, n + p.slice(o.length));
    }
    for (const [p, f] of [...this.files]) {
      if (p === o || p.startsWith(o + '/')) {
        this.files.delete(p);
        this.files.set(n + p.slice(o.length), f);
      }
    }
    // A rename can turn a file into an article or out of one (".txt" → ".article").
    this.enqueue(newUri);
    this.scheduleSave();
  }

  /** One message per distinct set of skipped files, with "Show Skipped". */
  private noticeSkipped(): void {
    const sk = this.s.index.skipped;
    if (!sk.length) return;
    const sig = sk.map((s) => s.uri).join('\n');
    if (sig === this.lastSkippedNotice) return;
    this.lastSkippedNotice = sig;
    const large = sk.filter((s) => s.reason.startsWith('too large')).length;
    const over = sk.filter((s) => s.reason.startsWith('over the limit')).length;
    const other = sk.length - large - over;
    const parts = [large && `${large} too large`, over && `${over} over the file limit`, other && `${other} unreadable`].filter(Boolean);
    void vscode.window
      .showInformationMessage(`Claim Lens skipped ${sk.length} file${sk.length === 1 ? '' : 's'} while indexing (${parts.join(', ')}).`, 'Show Skipped', 'Settings')
      .then((pick) => {
        if (pick === 'Show Skipped') void vscode.commands.executeCommand('claimLens.showSkipped');
        else if (pick === 'Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'claimLens.max');
      });
  }

  private cacheUri(): vscode.Uri | undefined {
    const base = this.s.context.storageUri;
    return base ? vscode.Uri.joinPath(base, CACHE_FILE) : undefined;
  }

  private async loadCache(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri) return;
    try {
      const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as CacheFile;
      if (raw.schema !== CACHE_SCHEMA || raw.lexicon !== this.s.lexicon.hash || raw.detect !== this.s.config.current.detect) {
        this.s.log.info('index cache: outdated (lexicon, settings or format changed); rebuilding');
        return;
      }
      const corpus = heavy().CorpusIndex.fromSnapshot(raw.snapshot);
      this.files = new Map(Object.entries(raw.files));
      this.s.index.replaceCorpus(corpus);
      this.s.log.info(`index cache: ${corpus.size} articles restored`);
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError)) this.s.log.warn(`index cache unusable, rebuilding: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), 2000);
  }

  private async save(): Promise<void> {
    const uri = this.cacheUri();
    if (!uri || !this.s.context.storageUri) return;
    try {
      // Open, unsaved articles are in the corpus with their editor text; the stat check re-reads them next time.
      // The snapshot is written one article at a time, yielding to the event loop every few milliseconds: at
      // 10,000 articles, building it in one go blocked the extension host for seconds.
      const gen = this.s.index.generation;
      const head: Omit<CacheFile, 'snapshot'> = {
        schema: CACHE_SCHEMA,
        lexicon: this.s.lexicon.hash,
        detect: this.s.config.current.detect,
        files: Object.fromEntries(this.files),
      };
      const parts: string[] = [JSON.stringify(head).slice(0, -1) + ',"snapshot":'];
      let slice = performance.now();
      for (const chunk of this.s.index.corpus.snapshotChunks()) {
        parts.push(chunk);
        if (performance.now() - slice > SLICE_MS) {
          await new Promise((r) => setImmediate(r));
          if (this.s.index.generation !== gen) {
            this.scheduleSave(); // the index changed meanwhile: start again later
            return;
          }
          slice = performance.now();
        }
      }
      parts.push('}');
      await vscode.workspace.fs.createDirectory(this.s.context.storageUri);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(parts.join('')));
    } catch (e) {
      this.s.log.warn(`index cache not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    this.cts?.cancel();
    clearTimeout(this.saveTimer);
    clearTimeout(this.queueTimer);
  }
}

export function register(context: vscode.ExtensionContext, services: Services): Indexer {
  const indexer = new Indexer(services);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{article,txt}');
  const folderWatcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
  const onDisk = (u: vscode.Uri) => {
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === u.toString() && d.isDirty)) indexer.enqueue(u);
  };
  context.subscriptions.push(
    indexer,
    watcher,
    watcher.onDidCreate(onDisk),
    watcher.onDidChange(onDisk),
    watcher.onDidDelete((u) => void indexer.removed(u)),
    // A deleted folder comes as one event for the folder, which the article glob above does not match.
    folderWatcher,
    folderWatcher.onDidDelete((u) => void indexer.removed(u)),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const f of e.files) indexer.renamed(f.oldUri, f.newUri);
    }),
    // Open articles feed the index with their live text.
    services.analyses.onDidAnalyze((e) => {
      if (!services.config.current.index.enabled) return;
      if (e.document.uri.scheme === 'output') return;
      // A big article being edited is indexed when saved (an upsert of 1 MB costs ~0.3 s on this thread).
      if (e.document.isDirty && e.result.length > LIVE_INDEX_LIMIT) return;
      services.index.upsert(e.result.uri, e.result.analysis, e.result.hash, e.text);
    }),
    // A big article saved after editing: index the saved text (its live analysis was not indexed).
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (!isArticleDocument(d) || !services.config.current.index.enabled) return;
      const res = services.analyses.get(d);
      if (res && res.length > LIVE_INDEX_LIMIT) services.index.upsert(res.uri, res.analysis, res.hash, d.getText());
    }),
    // Closing an edited, unsaved article: the index goes back to what is on disk.
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (!isArticleDocument(d)) return;
      if (d.uri.scheme !== 'file' && d.uri.scheme !== 'vscode-remote' && d.uri.scheme !== 'vscode-vfs') {
        services.index.remove(d.uri.toString());
        return;
      }
      indexer.enqueue(d.uri);
    }),
    // The first load of the lexicon is awaited by the first build; later changes re-analyse everything.
    services.lexicon.onDidChange(() => {
      if (indexer.started) void indexer.rebuild(true);
    }),
    services.config.onDidChange((e) => {
      if (
        e.affectsConfiguration('claimLens.detect') ||
        e.affectsConfiguration('claimLens.articleGlobs') ||
        e.affectsConfiguration('claimLens.index') ||
        e.affectsConfiguration('claimLens.maxFileSizeKB') ||
        e.affectsConfiguration('claimLens.maxFiles')
      )
        void indexer.rebuild(false);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void indexer.rebuild(false)),
  );
  context.subscriptions.push(
    vscode.commands.registerCommand('claimLens.reindex', async () => {
      await indexer.rebuild(true);
      return services.index.status;
    }),
  );
  // Not during activation: after the first editors had their turn.
  const t = setTimeout(() => void indexer.rebuild(false), 400);
  context.subscriptions.push({ dispose: () => clearTimeout(t) });
  return indexer;
}
