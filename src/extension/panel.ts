/**
 * The side panel (webview view `claimLens.panel`): follows the active article editor and
 * cursor; lists the article's claims; for the selected claim its cross-references and a
 * timeline of the figure. Strict CSP: no remote content, scripts only with a nonce.
 */
import { randomBytes } from 'node:crypto';
import { panelHtml } from './panelHtml';
import * as vscode from 'vscode';
import { parseFromPanel, type PanelCommand, type ToPanel } from '../webview/protocol';
import { isArticleDocument } from './analysis';
import { openClaim } from './commands';
import { claimIndexAt } from './lookup';
import { panelArticle, panelRefs, timeline } from './panelModel';
import type { Services } from './services';

export const VIEW_ID = 'claimLens.panel';

const COMMANDS: Record<PanelCommand, string> = {
  findClaims: 'claimLens.findClaims',
  showSources: 'claimLens.showSources',
  reindex: 'claimLens.reindex',
  exportClaims: 'claimLens.exportClaims',
  crossReferenceAtCursor: 'claimLens.crossReferenceAtCursor',
};

export class ClaimsPanel implements vscode.WebviewViewProvider {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** The article editor the panel follows (kept when focus moves to the panel or another non-article editor). */
  private editor: vscode.TextEditor | undefined;
  private lastArticleKey = '';
  private lastSelectionKey = '';
  private selTimer: NodeJS.Timeout | undefined;

  constructor(private readonly s: Services) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const ext = this.s.context.extensionUri;
    view.webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(ext, 'dist'), vscode.Uri.joinPath(ext, 'media')],
    };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((m) => this.onMessage(m));
    view.onDidChangeVisibility(() => {
      if (view.visible) this.refresh(true);
    });
    view.onDidDispose(() => {
      this.view = undefined;
      this.ready = false;
    });
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.s.context.extensionUri, 'dist', 'webview.js'));
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.s.context.extensionUri, 'media', 'panel.css'));
    return panelHtml({ cspSource: webview.cspSource, scriptUri: script.toString(), cssUri: css.toString(), nonce });
  }

  private post(m: ToPanel): void {
    this.s.probe.lastPanelMessages[m.type] = m;
    if (this.view && this.ready) void this.view.webview.postMessage(m);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const m = parseFromPanel(raw);
    if (!m) {
      this.s.log.warn('panel: ignored a malformed message');
      return;
    }
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.lastArticleKey = '';
        this.lastSelectionKey = '';
        this.post({ type: 'index', status: this.s.index.status });
        this.refresh(true);
        break;
      case 'selectClaim': {
        const ed = this.editor;
        const res = ed && this.s.analyses.get(ed.document);
        const c = res?.analysis.claims.find((x) => x.id === m.claimId);
        if (ed && c) {
          const r = new vscode.Range(ed.document.positionAt(c.start), ed.document.positionAt(c.start));
          ed.selection = new vscode.Selection(r.start, r.start);
          ed.revealRange(new vscode.Range(ed.document.positionAt(c.start), ed.document.positionAt(c.end)), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
          this.sendSelection(true, c.id);
        }
        break;
      }
      case 'reveal':
      case 'open':
        // Another article opens beside the one being read, so both stay in view.
        await openClaim(m.uri, m.start, m.end, m.type === 'open' && this.editor?.document.uri.toString() !== m.uri);
        break;
      case 'command':
        await vscode.commands.executeCommand(COMMANDS[m.command]);
        break;
    }
  }

  /** Follow the active editor: only article editors replace the followed one. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (editor && isArticleDocument(editor.document)) this.editor = editor;
    else if (editor && editor.document.uri.scheme !== 'output') this.editor = undefined;
    this.refresh(false);
  }

  refresh(force: boolean): void {
    // Nothing to compute while the panel is hidden; it refreshes when it becomes visible.
    if (!this.view || !this.view.visible || !this.ready) return;
    if (force) {
      this.lastArticleKey = '';
      this.lastSelectionKey = '';
    }
    const ed = this.editor;
    if (ed && (ed.document.isClosed || !isArticleDocument(ed.document))) this.editor = undefined;
    // Opened while an article is already showing: follow it right away, not only after the next editor change.
    if (!this.editor) {
      const active = vscode.window.activeTextEditor;
      this.editor = active && isArticleDocument(active.document) ? active : vscode.window.visibleTextEditors.find((e) => isArticleDocument(e.document));
    }
    if (!this.editor) {
      if (this.lastArticleKey !== 'none') {
        this.lastArticleKey = 'none';
        this.lastSelectionKey = '';
        this.post({ type: 'article', article: null, reason: 'Open an article to see its claims, their sources and how other articles report them.' });
      }
      return;
    }
    const doc = this.editor.document;
    const res = this.s.analyses.get(doc);
    if (!res) {
      if (this.s.analyses.isTooLarge(doc)) this.post({ type: 'article', article: null, reason: 'This article is larger than claimLens.maxFileSizeKB and is not analysed.' });
      return; // analysis pending
    }
    const key = `${res.uri}|${res.version}|${res.hash}|${this.s.index.generation}`;
    if (key !== this.lastArticleKey) {
      this.lastArticleKey = key;
      this.lastSelectionKey = '';
      const article = panelArticle(res.uri, this.s.label(res.uri), res.analysis, (id) => this.s.index.refs(res.uri, id));
      this.post({ type: 'article', article });
    }
    this.sendSelection(false);
  }

  private sendSelection(force: boolean, claimId?: string): void {
    const ed = this.editor;
    if (!ed) return;
    const res = this.s.analyses.get(ed.document);
    if (!res) return;
    const a = res.analysis;
    const ci = claimId !== undefined ? a.claims.findIndex((c) => c.id === claimId) : claimIndexAt(a, ed.document.offsetAt(ed.selection.active));
    const id = ci >= 0 ? a.claims[ci].id : null;
    const key = `${res.uri}|${res.version}|${this.s.index.generation}|${id}`;
    if (!force && key === this.lastSelectionKey) return;
    this.lastSelectionKey = key;
    if (ci < 0) {
      this.post({ type: 'selection', claimId: null, refs: [], timeline: [], unit: null });
      return;
    }
    const refs = this.s.index.refs(res.uri, a.claims[ci].id);
    const tl = timeline(res.uri, a, ci, refs);
    this.post({ type: 'selection', claimId: id, refs: panelRefs(refs, (u) => this.s.label(u)), timeline: tl.points, unit: tl.unit });
  }

  onSelectionChanged(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!isArticleDocument(e.textEditor.document)) return;
    this.editor = e.textEditor;
    clearTimeout(this.selTimer);
    this.selTimer = setTimeout(() => this.refresh(false), 120);
  }

  private soonTimer: NodeJS.Timeout | undefined;
  refreshSoon(): void {
    clearTimeout(this.soonTimer);
    this.soonTimer = setTimeout(() => this.refresh(false), 30);
  }

  postIndexStatus(): void {
    this.post({ type: 'index', status: this.s.index.status });
  }

  dispose(): void {
    clearTimeout(this.soonTimer);
    clearTimeout(this.selTimer);
  }
}

export function register(context: vscode.ExtensionContext, services: Services): ClaimsPanel {
  const panel = new ClaimsPanel(services);
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(VIEW_ID, panel, { webviewOptions: { retainContextWhenHidden: false } }),
    panel,
    vscode.window.onDidChangeActiveTextEditor((e) => panel.follow(e)),
    vscode.window.onDidChangeTextEditorSelection((e) => panel.onSelectionChanged(e)),
    // After the editor's own marks: the panel's update is a separate task so no single one blocks for long.
    services.analyses.onDidAnalyze(() => panel.refreshSoon()),
    services.index.onDidChange(() => panel.refreshSoon()),
    services.index.onDidChangeStatus(() => panel.postIndexStatus()),
  );
  panel.follow(vscode.window.activeTextEditor);
  return panel;
}
