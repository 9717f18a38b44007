/**
 * Recognising articles: `*.article`, `*.article.txt` are articles by the manifest; plain-text
 * documents switch to the `article` language when they match `claimLens.articleGlobs`, start
 * with article front matter, or (detect: auto) read like a news article. Only `plaintext`
 * documents are ever switched, and a document the user switched back stays plain text.
 */
import * as vscode from 'vscode';
import { heavy } from './heavy';
import { ARTICLE_LANGUAGE } from './analysis';
import type { Services } from './services';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);
/** Front matter with at least one article key, in the first lines. */
const ARTICLE_FRONT_MATTER = /^\uFEFF?---[ \t]*(?:#[^\n]*)?\r?\n(?:[^\n]*\r?\n){0,40}?(?:title|outlet|date|lang|url|byline)[ \t]*:/;

export function hasArticleFrontMatter(head: string): boolean {
  return ARTICLE_FRONT_MATTER.test(head);
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const switched = new Set<string>();
  const userReverted = new Set<string>();
  const recentlyClosed = new Map<string, number>();
  const untitledTimers = new Map<string, NodeJS.Timeout>();

  const globs = (): vscode.GlobPattern[] => {
    const cfg = services.config.current;
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.flatMap((f) => cfg.articleGlobs.map((g) => new vscode.RelativePattern(f, g)));
  };
  const ignored = (doc: vscode.TextDocument): boolean => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    return folders.some((f) => services.lexicon.current.ignore.some((g) => vscode.languages.match({ pattern: new vscode.RelativePattern(f, g) }, doc) > 0));
  };

  /** Whether a plain-text document should become an article (cheap: globs, then the first 20,000 characters). */
  const shouldBeArticle = (doc: vscode.TextDocument): boolean => {
    const cfg = services.config.current;
    if (cfg.detect === 'off') return false;
    if (ignored(doc)) return false;
    if (globs().some((pattern) => vscode.languages.match({ pattern }, doc) > 0)) return true;
    const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 400), 0)).slice(0, 20000);
    if (hasArticleFrontMatter(head)) return true;
    if (cfg.detect !== 'auto') return false;
    if (doc.lineCount > 1 && doc.offsetAt(new vscode.Position(doc.lineCount - 1, 0)) > cfg.maxFileSizeKB * 1024) return false;
    return heavy().looksLikeArticle(head);
  };

  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || !SCHEMES.has(doc.uri.scheme)) return;
    const key = doc.uri.toString();
    if (userReverted.has(key)) return;
    if (switched.has(key)) {
      // We switched it before; a plaintext document with this URI right after a close is the user switching back.
      const closedAt = recentlyClosed.get(key);
      if (closedAt !== undefined && Date.now() - closedAt < 1000) {
        userReverted.add(key);
        switched.delete(key);
        services.log.info(`recognition: ${services.label(doc.uri)} switched back to plain text by the user; leaving it`);
        return;
      }
    }
    if (!shouldBeArticle(doc)) return;
    switched.add(key);
    void vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE).then(
      () => services.log.info(`recognition: ${services.label(doc.uri)} recognised as an article`),
      (e) => services.log.warn(`recognition: could not switch ${key}: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((d) => {
      recentlyClosed.set(d.uri.toString(), Date.now());
      if (recentlyClosed.size > 200) recentlyClosed.delete(recentlyClosed.keys().next().value as string);
    }),
    // Untitled documents: an article pasted into a new editor is recognised after a pause.
    vscode.workspace.onDidChangeTextDocument((e) => {
      const d = e.document;
      if (d.uri.scheme !== 'untitled' || d.languageId !== 'plaintext' || !e.contentChanges.length) return;
      const key = d.uri.toString();
      clearTimeout(untitledTimers.get(key));
      untitledTimers.set(key, setTimeout(() => {
        untitledTimers.delete(key);
        if (!d.isClosed) check(d);
      }, 800));
    }),
    services.config.onDidChange((e) => {
      if (e.affectsConfiguration('claimLens.detect') || e.affectsConfiguration('claimLens.articleGlobs')) {
        for (const d of vscode.workspace.textDocuments) check(d);
      }
    }),
    vscode.commands.registerCommand('claimLens.treatAsArticle', async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) return;
      userReverted.delete(doc.uri.toString());
      switched.add(doc.uri.toString());
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    }),
    { dispose: () => untitledTimers.forEach((t) => clearTimeout(t)) },
  );
  for (const d of vscode.workspace.textDocuments) check(d);
}
