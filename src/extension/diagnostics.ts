/**
 * Problems: figures without a named source (Information by default) and figures that
 * other articles report differently (off by default); severities from the settings.
 * Core diagnostics of the article (e.g. broken front matter) are shown too.
 */
import * as vscode from 'vscode';
import { isArticleDocument } from './analysis';
import { toSeverity } from './config';
import { describeFigure, formatDate } from './format';
import { unsourcedFigures } from './lookup';
import type { Services } from './services';

export const SOURCE = 'Claim Lens';

export function register(context: vscode.ExtensionContext, services: Services): void {
  const collection = vscode.languages.createDiagnosticCollection('claimLens');
  context.subscriptions.push(collection);

  const update = (doc: vscode.TextDocument) => {
    if (!isArticleDocument(doc)) {
      collection.delete(doc.uri);
      return;
    }
    const res = services.analyses.get(doc);
    if (!res) return;
    const a = res.analysis;
    const cfg = services.config.current.diagnostics;
    const out: vscode.Diagnostic[] = [];
    const range = (s: number, e: number) => new vscode.Range(doc.positionAt(s), doc.positionAt(e));

    for (const d of a.diagnostics) {
      const sev = d.severity === 'error' ? vscode.DiagnosticSeverity.Error : d.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
      const diag = new vscode.Diagnostic(range(d.start, Math.max(d.end, d.start + 1)), d.message, sev);
      diag.source = SOURCE;
      out.push(diag);
    }

    const unsourcedSev = toSeverity(cfg.unsourcedFigures);
    if (unsourcedSev !== null) {
      for (const i of unsourcedFigures(a)) {
        const n = a.numbers[i];
        const diag = new vscode.Diagnostic(range(n.start, n.end), `Figure without a named source: ${describeFigure(n, a.language)}`, unsourcedSev);
        diag.source = SOURCE;
        diag.code = 'unsourced-figure';
        out.push(diag);
      }
    }

    const conflictSev = toSeverity(cfg.conflictingFigures);
    if (conflictSev !== null) {
      let looked = 0;
      for (const c of a.claims) {
        if (!c.numbers.length) continue;
        // Each claim is a cross-reference lookup: huge articles get conflicts for their first 1,000 figure claims.
        if (++looked > 1000) break;
        const refs = services.index.refs(res.uri, c.id).filter((r) => r.relation === 'different-figure' && r.figure && r.ownFigure);
        const byOwn = new Map<number, typeof refs>();
        for (const r of refs) {
          const k = r.ownFigure!.index;
          byOwn.set(k, [...(byOwn.get(k) ?? []), r]);
        }
        for (const [idx, list] of byOwn) {
          const n = a.numbers[idx];
          if (!n) continue;
          const others = list
            .slice(0, 4)
            .map((r) => `${describeFigure(r.figure!, a.language)} (${[r.actor ?? r.outlet, formatDate(r.date)].filter(Boolean).join(', ') || services.label(r.path)})`)
            .join('; ');
          const diag = new vscode.Diagnostic(range(n.start, n.end), `Other articles report a different figure: ${others}${list.length > 4 ? ` and ${list.length - 4} more` : ''}`, conflictSev);
          diag.source = SOURCE;
          diag.code = 'conflicting-figure';
          out.push(diag);
        }
      }
    }
    collection.set(doc.uri, out);
  };
  const updateAll = () => {
    for (const d of vscode.workspace.textDocuments) if (isArticleDocument(d)) update(d);
  };

  // Diagnostics are computed in their own task, after the decorations of the same analysis.
  const pending = new Set<vscode.TextDocument>();
  let timer: NodeJS.Timeout | undefined;
  const updateSoon = (doc: vscode.TextDocument) => {
    pending.add(doc);
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const d of pending) if (!d.isClosed) update(d);
      pending.clear();
    }, 20);
  };
  context.subscriptions.push(
    { dispose: () => clearTimeout(timer) },
    services.analyses.onDidAnalyze((e) => updateSoon(e.document)),
    services.index.onDidChange(() => {
      if (services.config.current.diagnostics.conflictingFigures !== 'off') updateAll();
    }),
    services.config.onDidChange((e) => {
      if (e.affectsConfiguration('claimLens.diagnostics')) updateAll();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isArticleDocument(d)) collection.delete(d.uri);
    }),
  );
  updateAll();
}
