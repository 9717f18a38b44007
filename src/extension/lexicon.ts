/**
 * The workspace lexicon `.claimlens.yaml` (actor aliases, extra cue words, outlets, ignore
 * patterns): loaded from every workspace folder's root, merged, reloaded when it changes.
 * Broken YAML becomes a diagnostic on the file, at the line; the defaults keep working.
 */
import * as vscode from 'vscode';
import { heavy } from './heavy';
import { hash53 } from '../core/text';
import { EMPTY_LEXICON, type Lexicon } from '../core/types';
import { lineColumn } from './lookup';
import type { Services } from './services';

export const LEXICON_FILE = '.claimlens.yaml';

export function mergeLexicons(list: Lexicon[]): Lexicon {
  const out: Lexicon = { actors: {}, cues: { de: [], en: [] }, outlets: {}, ignore: [] };
  for (const l of list) {
    for (const [k, v] of Object.entries(l.actors)) out.actors[k] = [...(out.actors[k] ?? []), ...v];
    out.cues.de.push(...l.cues.de);
    out.cues.en.push(...l.cues.en);
    Object.assign(out.outlets, l.outlets);
    out.ignore.push(...l.ignore);
  }
  return out;
}

export class LexiconService implements vscode.Disposable {
  private value: Lexicon = EMPTY_LEXICON;
  private key = '';
  /** Increases on every change of the effective lexicon. */
  version = 0;
  readonly diagnostics = vscode.languages.createDiagnosticCollection('claimLens.lexicon');
  private readonly emitter = new vscode.EventEmitter<Lexicon>();
  readonly onDidChange = this.emitter.event;
  private loading: Promise<void> | null = null;
  /** Resolves after the first load (whether or not there is a lexicon file). */
  readonly ready: Promise<void>;
  private resolveReady!: () => void;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.ready = new Promise((r) => (this.resolveReady = r));
  }

  get current(): Lexicon {
    return this.value;
  }

  /** A short hash of the effective lexicon (part of the index cache key). */
  get hash(): string {
    return this.key;
  }

  /** Ignore globs of the lexicon, per workspace folder. */
  reload(): Promise<void> {
    const run = async () => {
      const parts: Lexicon[] = [];
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const uri = vscode.Uri.joinPath(folder.uri, LEXICON_FILE);
        let text: string;
        try {
          text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          this.diagnostics.delete(uri);
          continue;
        }
        const { lexicon, diagnostics } = heavy().parseLexicon(text);
        parts.push(lexicon);
        this.diagnostics.set(
          uri,
          diagnostics.map((d) => {
            const s = lineColumn(text, d.start);
            const e = lineColumn(text, Math.max(d.end, d.start));
            const range = new vscode.Range(s.line, s.column, e.line, e.line === s.line && e.column === s.column ? s.column + 1 : e.column);
            const diag = new vscode.Diagnostic(
              range,
              d.message,
              d.severity === 'error' ? vscode.DiagnosticSeverity.Error : d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
            );
            diag.source = 'Claim Lens';
            return diag;
          }),
        );
        if (diagnostics.length) this.log.warn(`${LEXICON_FILE} in ${folder.name}: ${diagnostics.length} problem(s); valid entries are used`);
      }
      const merged = parts.length ? mergeLexicons(parts) : EMPTY_LEXICON;
      const key = parts.length ? hash53(JSON.stringify(merged)) : '';
      if (key !== this.key) {
        this.key = key;
        this.value = merged;
        this.version++;
        this.log.info(parts.length ? `lexicon loaded: ${Object.keys(merged.actors).length} actors, ${merged.ignore.length} ignore patterns` : 'no lexicon file; using defaults');
        this.emitter.fire(merged);
      }
    };
    const p = (this.loading ?? Promise.resolve()).then(run, run).finally(() => this.resolveReady());
    this.loading = p.catch((e) => this.log.error(`lexicon: ${e instanceof Error ? e.message : String(e)}`));
    return this.loading;
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.emitter.dispose();
  }
}

/** Watches `.claimlens.yaml` in every folder root (create, change, delete, folder changes). */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const lex = services.lexicon;
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void lex.reload(), 150);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/${LEXICON_FILE}`);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate(soon),
    watcher.onDidChange(soon),
    watcher.onDidDelete(soon),
    vscode.workspace.onDidChangeWorkspaceFolders(soon),
    { dispose: () => clearTimeout(timer) },
  );
  void lex.reload();
}
