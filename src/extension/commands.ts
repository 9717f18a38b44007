/** The "Claim Lens: …" commands. */
import * as vscode from 'vscode';
import type { CrossRef } from '../core/xref/index';
import { isArticleDocument } from './analysis';
import { exportFromAnalysis, exportFromIndex, render, type ExportArticle, type ExportFormat, type ExportRef } from './exporting';
import { describeFigure, formatDate, relationIcon, relationLabel, shorten } from './format';
import { OPEN_CLAIM } from './hover';
import { claimIndexAt } from './lookup';
import type { Services } from './services';

/** Opens `uri` with the range selected and centred (in the active group, or beside when asked). */
export async function openClaim(uri: string, start: number, end: number, beside = false): Promise<vscode.TextEditor | undefined> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const s = doc.positionAt(Math.min(start, doc.getText().length));
  const e = doc.positionAt(Math.min(Math.max(start, end), doc.getText().length));
  const editor = await vscode.window.showTextDocument(doc, {
    selection: new vscode.Range(s, e),
    viewColumn: beside ? vscode.ViewColumn.Beside : undefined,
    preserveFocus: false,
  });
  editor.revealRange(new vscode.Range(s, e), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

interface RefItem extends vscode.QuickPickItem {
  ref?: { uri: string; start: number; end: number };
}

function refItems(s: Services, refs: CrossRef[], lang: 'de' | 'en'): RefItem[] {
  const out: RefItem[] = [];
  const groups = new Map<string, CrossRef[]>();
  for (const r of refs) {
    const g = groups.get(r.relation) ?? [];
    g.push(r);
    groups.set(r.relation, g);
  }
  for (const [rel, list] of groups) {
    out.push({ label: relationLabel(rel as CrossRef['relation']), kind: vscode.QuickPickItemKind.Separator });
    list.sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999'));
    for (const r of list) {
      out.push({
        label: `$(${relationIcon(r.relation)}) ${r.figure ? describeFigure(r.figure, lang) : shorten(r.text, 70)}`,
        description: [r.actor, r.outlet, formatDate(r.date)].filter(Boolean).join(' · '),
        detail: `${s.label(r.path)} — ${shorten(r.text, 160)}`,
        ref: { uri: r.path, start: r.start, end: r.end },
      });
    }
  }
  return out;
}

async function pickAndOpen(items: RefItem[], placeHolder: string, title: string): Promise<RefItem | undefined> {
  const picked = await vscode.window.showQuickPick(items, { placeHolder, title, matchOnDescription: true, matchOnDetail: true });
  if (picked?.ref) await openClaim(picked.ref.uri, picked.ref.start, picked.ref.end);
  return picked;
}

/** Claim at the cursor of the active article editor, with its analysis. */
async function claimAtCursor(s: Services) {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticleDocument(editor.document)) {
    void vscode.window.showInformationMessage('Claim Lens: open an article and place the cursor in a claim.');
    return undefined;
  }
  const res = await s.analyses.ensure(editor.document);
  if (!res) return undefined;
  const ci = claimIndexAt(res.analysis, editor.document.offsetAt(editor.selection.active));
  if (ci < 0) {
    void vscode.window.showInformationMessage('Claim Lens: there is no claim at the cursor.');
    return undefined;
  }
  return { editor, res, claim: res.analysis.claims[ci] };
}

async function chooseExport(s: Services): Promise<{ format: ExportFormat; articles: ExportArticle[] } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const current = editor && isArticleDocument(editor.document) ? editor.document : undefined;
  type ScopeItem = vscode.QuickPickItem & { scope: 'article' | 'workspace' };
  const scopes: ScopeItem[] = [];
  if (current) scopes.push({ label: '$(file) This article', description: s.label(current.uri), scope: 'article' });
  scopes.push({ label: '$(files) All indexed articles', description: `${s.index.corpus.size} articles`, scope: 'workspace' });
  const scope = scopes.length === 1 ? scopes[0] : await vscode.window.showQuickPick(scopes, { title: 'Export Claims (1/2)', placeHolder: 'What to export' });
  if (!scope) return undefined;
  type FormatItem = vscode.QuickPickItem & { format: ExportFormat };
  const fmt = await vscode.window.showQuickPick<FormatItem>(
    [
      { label: 'JSON', description: 'claim-lens/export@1, with figures, sources and cross-references', format: 'json' },
      { label: 'CSV', description: 'one row per figure, for spreadsheets', format: 'csv' },
      { label: 'Markdown', description: 'a readable table per article', format: 'md' },
    ],
    { title: 'Export Claims (2/2)', placeHolder: 'Format' },
  );
  if (!fmt) return undefined;
  const refsOf = (uri: string) => (claimId: string): ExportRef[] =>
    s.index.refs(uri, claimId).map((r) => ({ relation: r.relation, path: s.label(r.path), claimId: r.claimId, score: Math.round(r.score * 1000) / 1000 }));
  let articles: ExportArticle[];
  if (scope.scope === 'article' && current) {
    const res = await s.analyses.ensure(current);
    if (!res) return undefined;
    articles = [exportFromAnalysis(s.label(current.uri), res.analysis, refsOf(current.uri.toString()))];
  } else {
    articles = s.index.corpus
      .paths()
      .sort()
      .map((p) => exportFromIndex(s.label(p), s.index.corpus.get(p)!, refsOf(p)));
  }
  return { format: fmt.format, articles };
}

export function register(context: vscode.ExtensionContext, s: Services): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  reg(OPEN_CLAIM, async (uriOrArgs: string | { uri: string; start: number; end: number }, start?: number, end?: number) => {
    if (typeof uriOrArgs === 'object' && uriOrArgs) return openClaim(uriOrArgs.uri, uriOrArgs.start, uriOrArgs.end);
    if (typeof uriOrArgs === 'string' && typeof start === 'number') return openClaim(uriOrArgs, start, end ?? start);
    return undefined;
  });

  reg('claimLens.crossReferenceAtCursor', async () => {
    const at = await claimAtCursor(s);
    if (!at) return undefined;
    const refs = s.index.refs(at.res.uri, at.claim.id);
    if (!refs.length) {
      const n = s.index.corpus.size;
      void vscode.window.showInformationMessage(
        s.index.status.state === 'indexing'
          ? 'Claim Lens: still indexing the workspace; try again in a moment.'
          : `Claim Lens: no other article reports this claim (${Math.max(0, n - 1)} other articles indexed).`,
      );
      return [];
    }
    await pickAndOpen(refItems(s, refs, at.res.analysis.language), 'Enter opens the other article at the claim', `Cross-references: ${shorten(at.claim.text, 80)}`);
    return refs;
  });

  reg('claimLens.findClaims', async (initial?: string) => {
    const qp = vscode.window.createQuickPick<RefItem>();
    qp.title = 'Find Claims';
    qp.placeholder = 'Words, a number (14000, 1,5 Mio) or a source (Kirby, Ukraine)';
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    const update = (q: string) => {
      const hits = s.index.corpus.claimsByText(q, 200);
      qp.items = hits.map((h) => {
        const a = s.index.corpus.get(h.path);
        const c = s.index.corpus.claim(h.path, h.claimId);
        const fig = c?.figures[0];
        return {
          label: fig ? `$(symbol-number) ${describeFigure(fig, a?.language ?? 'de')}` : `$(comment) ${shorten(h.text, 70)}`,
          description: [c?.actors.join(', '), a?.outlet, formatDate(c?.time ?? a?.date ?? null)].filter(Boolean).join(' · '),
          detail: `${s.label(h.path)} — ${shorten(h.text, 180)}`,
          alwaysShow: true,
          ref: { uri: h.path, start: h.start, end: h.end },
        };
      });
      qp.busy = false;
    };
    let timer: NodeJS.Timeout | undefined;
    qp.onDidChangeValue((v) => {
      clearTimeout(timer);
      qp.busy = true;
      timer = setTimeout(() => update(v), 120);
    });
    const done = new Promise<RefItem | undefined>((resolve) => {
      qp.onDidAccept(() => {
        const it = qp.selectedItems[0];
        qp.hide();
        resolve(it);
      });
      qp.onDidHide(() => {
        clearTimeout(timer);
        resolve(undefined);
        qp.dispose();
      });
    });
    if (typeof initial === 'string' && initial) {
      qp.value = initial;
      update(initial);
    }
    qp.show();
    const it = await done;
    if (it?.ref) await openClaim(it.ref.uri, it.ref.start, it.ref.end);
    return it?.ref;
  });

  reg('claimLens.showSources', async () => {
    const sources = s.index.corpus.sources();
    if (!sources.length) {
      void vscode.window.showInformationMessage('Claim Lens: no sources indexed yet.');
      return;
    }
    type SrcItem = vscode.QuickPickItem & { actor: string };
    const pick = await vscode.window.showQuickPick<SrcItem>(
      sources.map((x) => ({ label: `$(person) ${x.actor}`, description: `${x.claims} claim${x.claims === 1 ? '' : 's'}`, actor: x.actor })),
      { title: 'Sources in the workspace', placeHolder: 'Pick a source to list its claims', matchOnDescription: true },
    );
    if (!pick) return;
    const items: RefItem[] = [];
    for (const p of s.index.corpus.paths().sort()) {
      const a = s.index.corpus.get(p)!;
      for (const c of a.claims) {
        if (!c.actors.includes(pick.actor)) continue;
        items.push({
          label: c.figures[0] ? `$(symbol-number) ${describeFigure(c.figures[0], a.language)}` : `$(comment) ${shorten(c.text, 70)}`,
          description: [a.outlet, formatDate(c.time ?? a.date)].filter(Boolean).join(' · '),
          detail: `${s.label(p)} — ${shorten(c.text, 180)}`,
          ref: { uri: p, start: c.start, end: c.end },
        });
      }
    }
    await pickAndOpen(items, 'Enter opens the claim', `Claims by ${pick.actor}`);
  });

  reg('claimLens.exportClaims', async (target?: { format: ExportFormat; uri: vscode.Uri }) => {
    const chosen = target ? undefined : await chooseExport(s);
    let format: ExportFormat;
    let articles: ExportArticle[];
    if (target) {
      // Programmatic use (tests, tasks): export everything indexed plus open articles, no dialogs.
      format = target.format;
      const r = await (async () => {
        const editor = vscode.window.activeTextEditor;
        if (editor && isArticleDocument(editor.document)) {
          const res = await s.analyses.ensure(editor.document);
          if (res) return [exportFromAnalysis(s.label(editor.document.uri), res.analysis, (id) => s.index.refs(res.uri, id).map((x) => ({ relation: x.relation, path: s.label(x.path), claimId: x.claimId, score: x.score })))];
        }
        return [];
      })();
      articles = r;
    } else {
      if (!chosen) return;
      format = chosen.format;
      articles = chosen.articles;
    }
    const text = render(format, articles);
    let uri = target?.uri;
    if (!uri) {
      const ext = format === 'md' ? 'md' : format;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const base = articles.length === 1 ? articles[0].path.replace(/^.*[\\/]/, '').replace(/\.(article\.txt|article|txt)$/i, '') : 'claims';
      uri = await vscode.window.showSaveDialog({
        title: 'Export Claims',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.claims.${ext}`) : undefined,
        filters: format === 'json' ? { JSON: ['json'] } : format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
      });
      if (!uri) return;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(format === 'csv' ? '\uFEFF' + text : text));
    const n = articles.reduce((k, a) => k + a.claims.length, 0);
    if (!target) {
      void vscode.window.showInformationMessage(`Claim Lens: exported ${n} claims to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((p) => {
        if (p === 'Open') void vscode.window.showTextDocument(uri!);
      });
    }
    return { uri: uri.toString(), claims: n };
  });

  reg('claimLens.toggleDecorations', () => {
    s.setDecorationsVisible(!s.decorationsVisible);
    return s.decorationsVisible;
  });

  reg('claimLens.showSkipped', async () => {
    const sk = s.index.skipped;
    if (!sk.length) {
      void vscode.window.showInformationMessage('Claim Lens: no files were skipped.');
      return;
    }
    s.log.info(`skipped files (${sk.length}):\n` + sk.map((x) => `  ${s.label(x.uri)}: ${x.reason}`).join('\n'));
    type SkItem = vscode.QuickPickItem & { uri: string };
    const pick = await vscode.window.showQuickPick<SkItem>(
      sk.map((x) => ({ label: s.label(x.uri), detail: x.reason, uri: x.uri })),
      { title: `Skipped by the index (${sk.length})`, placeHolder: 'Enter opens the file; the list is also in the Claim Lens output', matchOnDetail: true },
    );
    if (pick) await vscode.window.showTextDocument(vscode.Uri.parse(pick.uri));
  });

  reg('claimLens.statusActions', async () => {
    type Act = vscode.QuickPickItem & { cmd: string };
    const items: Act[] = [
      { label: '$(references) Cross-Reference Claim at Cursor', cmd: 'claimLens.crossReferenceAtCursor' },
      { label: '$(search) Find Claims…', cmd: 'claimLens.findClaims' },
      { label: '$(organization) Show Sources', cmd: 'claimLens.showSources' },
      { label: '$(preview) Open Claims Panel', cmd: 'claimLens.panel.focus' },
      { label: '$(export) Export Claims…', cmd: 'claimLens.exportClaims' },
      { label: s.decorationsVisible ? '$(eye-closed) Hide Decorations' : '$(eye) Show Decorations', cmd: 'claimLens.toggleDecorations' },
      { label: '$(refresh) Reindex Workspace', cmd: 'claimLens.reindex' },
      { label: '$(output) Show Log', cmd: 'claimLens.showLog' },
      { label: '$(gear) Settings', cmd: 'claimLens.openSettings' },
    ];
    if (s.index.skipped.length) items.splice(7, 0, { label: `$(warning) Show ${s.index.skipped.length} Skipped Files`, cmd: 'claimLens.showSkipped' });
    const pick = await vscode.window.showQuickPick(items, { title: 'Claim Lens' });
    if (pick) await vscode.commands.executeCommand(pick.cmd);
  });
  reg('claimLens.showLog', () => s.log.show(true));
  reg('claimLens.openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:claim-lens.claim-lens'));
}
