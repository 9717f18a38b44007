/** "Article · de · 23 claims" for the active article editor; click → Claim Lens actions. */
import * as vscode from 'vscode';
import { isArticleDocument } from './analysis';
import type { Services } from './services';

export function register(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('claimLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Claim Lens';
  item.command = 'claimLens.statusActions';
  context.subscriptions.push(item);

  const update = () => {
    const ed = vscode.window.activeTextEditor;
    if (!ed || !isArticleDocument(ed.document) || !services.config.current.statusBar.enabled) {
      item.hide();
      return;
    }
    const doc = ed.document;
    const res = services.analyses.get(doc) ?? services.analyses.last(doc.uri);
    const st = services.index.status;
    const spin = st.state === 'indexing' ? '$(sync~spin) ' : '';
    const tip = new vscode.MarkdownString(undefined, true);
    if (services.analyses.isTooLarge(doc)) {
      item.text = `${spin}$(warning) Article · too large`;
      tip.appendMarkdown(`This article is larger than \`claimLens.maxFileSizeKB\` (${services.config.current.maxFileSizeKB} KB) and is not analysed.`);
    } else if (!res) {
      item.text = `${spin}$(loading~spin) Article`;
      tip.appendMarkdown('Analysing…');
    } else {
      const a = res.analysis;
      const n = a.claims.length;
      const capped = services.probe.capped.has(res.uri);
      item.text = `${spin}$(telescope) Article · ${a.language} · ${n} claim${n === 1 ? '' : 's'}${capped ? ' $(info)' : ''}${services.decorationsVisible ? '' : ' $(eye-closed)'}`;
      tip.appendMarkdown(`**Claim Lens** — ${a.title ? a.title.replace(/[\\`*_[\]<>]/g, '\\$&') : 'article'}\n\n`);
      tip.appendMarkdown(`${a.numbers.length} figures · ${a.attributions.length} attributions · ${a.quotes.length} quotes · analysed in ${res.ms.toFixed(0)} ms\n\n`);
      if (capped) tip.appendMarkdown(`$(info) Large article: only the first ${services.config.current.decorations.maxPerEditor} marks are shown (\`claimLens.decorations.maxPerEditor\`).\n\n`);
    }
    tip.appendMarkdown(
      st.state === 'indexing'
        ? `Indexing the workspace${st.total ? ` (${st.done ?? 0} / ${st.total})` : ''}…`
        : `Workspace: ${st.articles} articles indexed${st.skipped ? `, ${st.skipped} skipped` : ''}`,
    );
    tip.appendMarkdown('\n\nClick for actions.');
    item.tooltip = tip;
    item.show();
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    services.analyses.onDidAnalyze(update),
    services.index.onDidChangeStatus(update),
    services.onDidToggleDecorations(update),
    services.config.onDidChange(update),
    vscode.workspace.onDidOpenTextDocument(() => setTimeout(update, 0)),
  );
  update();
}
