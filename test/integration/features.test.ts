// Claim Lens features in the real extension host: recognition, decorations, hover, commands, diagnostics,
// panel, index and lexicon. Observes the extension through the hidden `claimLens._test.state` command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { THROWAWAY, closeAllEditors, documentFor, openArticle, waitFor, workspaceArticles } from './util';

interface State {
  activationMs: number;
  decorationsVisible: boolean;
  decorations: Record<string, Record<string, Array<[number, number, string?]>>>;
  capped: string[];
  panel: Record<string, any>;
  index: { state: string; articles: number; claims: number; skipped: number };
  indexedPaths: string[];
  skipped: Array<{ uri: string; reason: string }>;
  lexiconVersion: number;
  analysed: Record<string, { version: number; claims: number; numbers: number; attributions: number; quotes: number; language: string }>;
  usesWorker: boolean;
  cacheFile: string | null;
}

const state = (waitFor?: vscode.Uri) =>
  vscode.commands.executeCommand<State>('claimLens._test.state', waitFor ? { waitFor: waitFor.toString() } : undefined);

/** Opens a sample and waits until it is an analysed, decorated article. */
async function openAnalysed(name: string): Promise<{ editor: vscode.TextEditor; doc: vscode.TextDocument; key: string }> {
  await openArticle(name);
  const uri = vscode.window.activeTextEditor!.document.uri;
  const doc = await waitFor(() => documentFor(uri)?.languageId === 'article' && documentFor(uri), `${name} to become an article`, 20_000);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const key = uri.toString();
  await waitFor(async () => (await state(uri)).decorations[key]?.figure?.length, `decorations in ${name}`, 20_000);
  return { editor, doc, key };
}

async function indexReady(min: number): Promise<State> {
  return waitFor(async () => {
    const s = await state();
    return s.index.state === 'idle' && s.index.articles >= min && s;
  }, `the workspace index (${min} articles)`, 60_000, 200);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

(THROWAWAY ? describe.skip : describe)('features: Claim Lens in the real extension host', function () {
  this.timeout(90_000);
  let articles: vscode.Uri[];

  before(async () => {
    articles = (await workspaceArticles()).filter((u) => /\.txt$/.test(u.path));
    assert.ok(articles.length >= 5, 'the samples are in the workspace');
  });
  after(closeAllEditors);

  it('activates with lazy work only, and reports its activation time', async () => {
    await openArticle('2024-10-23-donaupost.txt');
    const s = await waitFor(async () => {
      const st = await vscode.commands.executeCommand<State>('claimLens._test.state').then((x) => x, () => undefined);
      return st;
    }, 'the extension to activate', 20_000);
    // Measured and printed here (the benchmark budget is 50 ms); asserted only to be a real measurement.
    console.log(`      activation took ${s.activationMs.toFixed(1)} ms`);
    assert.ok(s.activationMs > 0, 'activation time was measured');
  });

  it('recognises a plain .txt news article by its content and an .article.txt by name', async () => {
    const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
    assert.strictEqual(doc.languageId, 'article');
    const named = await openAnalysed('2024-10-25-nordkap-nachrichten.article.txt');
    assert.strictEqual(named.doc.languageId, 'article');
  });

  it('leaves a plain-text file that is not an article alone', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'einkaufsliste.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Milch\nBrot\nÄpfel (6)\nKaffee\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await new Promise((r) => setTimeout(r, 600));
      assert.strictEqual(documentFor(uri)?.languageId, 'plaintext');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('decorates figures with qualifier glyphs, attributions in actor colours, quotes and speakers', async () => {
    const { doc, key } = await openAnalysed('2024-10-23-donaupost.txt');
    const text = doc.getText();
    const s = await state(doc.uri);
    const d = s.decorations[key];
    const covered = (style: RegExp, needle: string) => {
      const at = text.indexOf(needle);
      assert.ok(at >= 0, needle);
      return Object.entries(d).some(([k, list]) => style.test(k) && list.some(([a, b]) => a <= at && at + needle.length <= b));
    };
    assert.ok(covered(/^figure/, '3.000'), 'the figure 3.000 is marked');
    // "mindestens 3.000" carries the at-least glyph after the figure.
    const glyphs = (d.qualifier ?? []).map((r) => r[2]);
    assert.ok(glyphs.includes('≥'), `qualifier glyphs: ${JSON.stringify(glyphs)}`);
    assert.ok(Object.keys(d).some((k) => /^cue[1-8]$/.test(k)), `an attribution cue in an actor colour: ${Object.keys(d)}`);
    assert.ok(Object.keys(d).some((k) => /^source[1-8]$/.test(k)), 'a source in an actor colour');
    assert.ok((d.quote ?? []).length >= 2, 'quotes are marked');
    assert.ok(Object.keys(d).some((k) => /^quoteMark[1-8]$/.test(k)), 'quote marks in the speaker colour');
    // Each actor has one colour slot: every cue/source style of one attribution uses the same slot.
    const slotsUsed = new Set(Object.keys(d).filter((k) => /^(cue|source)[1-8]$/.test(k)).map((k) => k.slice(-1)));
    assert.ok(slotsUsed.size >= 2, `several actors, several colours: ${[...slotsUsed]}`);
  });

  it('shows cross-reference badges once the workspace is indexed', async () => {
    const s0 = await indexReady(articles.length - 1);
    assert.ok(s0.index.claims > 50);
    const { key } = await openAnalysed('2024-10-23-donaupost.txt');
    const s = await waitFor(async () => {
      const st = await state();
      const d = st.decorations[key];
      return ((d?.badge?.length ?? 0) + (d?.badgeConflict?.length ?? 0) > 0) && st;
    }, 'badges', 20_000);
    const badges = [...(s.decorations[key].badge ?? []), ...(s.decorations[key].badgeConflict ?? [])].map((b) => b[2] ?? '');
    assert.ok(badges.every((b) => /^⇄ \d+( · ≠ \d+)?$/.test(b)), JSON.stringify(badges));
    assert.ok((s.decorations[key].badgeConflict ?? []).length > 0, 'the troop figures conflict across the samples');
  });

  it('explains a figure on hover, with links to the other reports', async () => {
    await indexReady(articles.length - 1);
    const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
    const at = doc.getText().indexOf('mindestens 3.000') + 'mindestens '.length + 1;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at));
    const md = hoverText(hovers);
    assert.ok(/≥ 3\\?\.000/.test(md), md);
    assert.ok(md.includes('at least'), 'the qualifier in words');
    assert.ok(/Also reported in \d+ article/.test(md), md);
    assert.ok(md.includes('command:claimLens.openClaim?'), 'links open the other article');
    const link = /command:claimLens\.openClaim\?([^ )]+)/.exec(md)!;
    const args = JSON.parse(decodeURIComponent(link[1])) as [string, number, number];
    assert.notStrictEqual(args[0], doc.uri.toString());
    const other = await vscode.commands.executeCommand<vscode.TextEditor>('claimLens.openClaim', ...args);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), args[0]);
    assert.strictEqual(other.document.offsetAt(other.selection.start), args[1]);
  });

  it('hovers on an attribution name the actor', async () => {
    const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
    const text = doc.getText();
    const at = text.indexOf('Nach Angaben der US-Regierung') + 2;
    const md = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(at)));
    assert.ok(md.includes('USA'), md);
  });

  it('cross-references the claim at the cursor (quick pick)', async () => {
    await indexReady(articles.length - 1);
    const { editor, doc } = await openAnalysed('2024-10-23-donaupost.txt');
    const pos = doc.positionAt(doc.getText().indexOf('mindestens 3.000 nordkoreanische Soldaten in Russland auf'));
    editor.selection = new vscode.Selection(pos, pos);
    const run = vscode.commands.executeCommand<Array<{ relation: string; path: string }>>('claimLens.crossReferenceAtCursor');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const refs = await run;
    assert.ok(refs.length > 0);
    assert.ok(refs.every((r) => r.path !== doc.uri.toString()));
    assert.ok(refs.some((r) => r.relation === 'same-figure' || r.relation === 'different-figure'));
  });

  it('reports figures without a named source in Problems, and conflicting figures when enabled', async () => {
    await indexReady(articles.length - 1);
    const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
    const unsourced = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'unsourced-figure'), 'unsourced diagnostics', 10_000);
    assert.ok(unsourced.every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    const cfg = vscode.workspace.getConfiguration('claimLens');
    await cfg.update('diagnostics.conflictingFigures', 'warning', vscode.ConfigurationTarget.Workspace);
    try {
      const conflicts = await waitFor(
        () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'conflicting-figure'),
        'conflict diagnostics', 10_000,
      ).then((x) => x, () => [] as vscode.Diagnostic[]);
      assert.ok(conflicts.length > 0, 'the samples disagree on troop numbers');
      assert.ok(conflicts.every((d) => d.severity === vscode.DiagnosticSeverity.Warning && /different figure/.test(d.message)));
    } finally {
      await cfg.update('diagnostics.conflictingFigures', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'conflicting-figure'), 'conflicts gone when off', 10_000);
  });

  it('exports the article as CSV with proper quoting', async () => {
    const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const out = vscode.Uri.joinPath(folder, 'export-test.csv');
    try {
      const r = await vscode.commands.executeCommand<{ claims: number }>('claimLens.exportClaims', { format: 'csv', uri: out });
      const s = await state(doc.uri);
      assert.strictEqual(r.claims, s.analysed[doc.uri.toString()].claims);
      const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(out)).replace(/^\uFEFF/, '');
      const lines = csv.split('\r\n');
      assert.ok(lines[0].startsWith('article,title,outlet,date,claim_id'));
      assert.ok(lines.some((l) => l.includes(',3000,')), 'the 3.000 figure is a row');
      assert.ok(lines.slice(1).some((l) => /,"[^"]*"",/.test(l) || /,"[^"]*,[^"]*"/.test(l)), 'fields with commas or quotes are quoted');
    } finally {
      await vscode.workspace.fs.delete(out).then(undefined, () => undefined);
    }
  });

  it('toggles decorations off and on', async () => {
    const { key } = await openAnalysed('2024-10-23-donaupost.txt');
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.toggleDecorations'), false);
    await waitFor(async () => !(await state()).decorations[key], 'decorations cleared', 5000);
    assert.strictEqual(await vscode.commands.executeCommand('claimLens.toggleDecorations'), true);
    await waitFor(async () => (await state()).decorations[key]?.figure?.length, 'decorations back', 5000);
  });

  it('the side panel follows the editor and the cursor', async () => {
    await indexReady(articles.length - 1);
    const { editor, doc } = await openAnalysed('2024-10-23-donaupost.txt');
    await vscode.commands.executeCommand('claimLens.panel.focus');
    await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
    const s = await waitFor(async () => {
      const st = await state();
      return st.panel.article?.article?.uri === doc.uri.toString() && st;
    }, 'the panel to show the article', 20_000);
    assert.strictEqual(s.panel.article.article.claims.length, s.analysed[doc.uri.toString()].claims);
    const pos = doc.positionAt(doc.getText().indexOf('mindestens 3.000 nordkoreanische Soldaten in Russland auf'));
    editor.selection = new vscode.Selection(pos, pos);
    const sel = await waitFor(async () => {
      const st = await state();
      return st.panel.selection?.claimId && st.panel.selection.refs.length > 0 && st.panel.selection;
    }, 'the panel selection with cross-references', 10_000);
    assert.ok(sel.timeline.length >= 2, 'a timeline of the figure');
    assert.ok(sel.timeline.some((p: { relation: string }) => p.relation === 'this'));
  });

  it('keeps the index up to date when an article is created, renamed and deleted', async () => {
    await indexReady(articles.length - 1);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const src = await vscode.workspace.fs.readFile(articles[0]);
    const a = vscode.Uri.joinPath(folder, 'kopie-eins.article');
    const b = vscode.Uri.joinPath(folder, 'kopie-zwei.article');
    await vscode.workspace.fs.writeFile(a, src);
    await waitFor(async () => (await state()).indexedPaths.includes(a.toString()), 'the new article in the index', 20_000);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(a, b);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(async () => {
      const p = (await state()).indexedPaths;
      return p.includes(b.toString()) && !p.includes(a.toString());
    }, 'the rename in the index', 20_000);
    await vscode.workspace.fs.delete(b);
    await waitFor(async () => !(await state()).indexedPaths.includes(b.toString()), 'the deletion in the index', 20_000);
  });

  it('caches the index in workspace storage (snapshot + content hashes)', async () => {
    const s = await indexReady(articles.length - 1);
    assert.ok(s.cacheFile, 'a workspace has storage');
    const file = vscode.Uri.parse(s.cacheFile!);
    const raw = await waitFor(async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    }, 'the cache file', 15_000, 250);
    const cache = JSON.parse(raw);
    assert.strictEqual(cache.schema, 'claim-lens/extension-index-cache@1');
    assert.ok(cache.snapshot.articles.length >= articles.length - 1);
    const entries = Object.values(cache.files) as Array<{ hash: string; size: number; article: boolean }>;
    assert.ok(entries.filter((e) => e.article).every((e) => e.hash && e.size > 0));
  });

  it('skips files over claimLens.maxFileSizeKB and says which', async () => {
    await indexReady(articles.length - 1);
    const cfg = vscode.workspace.getConfiguration('claimLens');
    await cfg.update('maxFileSizeKB', 3, vscode.ConfigurationTarget.Workspace);
    try {
      const s = await waitFor(async () => {
        const st = await state();
        return st.index.state === 'idle' && st.skipped.length > 0 && st;
      }, 'skipped files', 30_000, 200);
      assert.ok(s.skipped.every((x) => /too large: \d+ KB > 3 KB/.test(x.reason)), JSON.stringify(s.skipped));
      for (const x of s.skipped) assert.ok(!s.indexedPaths.includes(x.uri), `${x.uri} skipped but indexed`);
    } finally {
      await cfg.update('maxFileSizeKB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => {
      const st = await state();
      return st.index.state === 'idle' && st.skipped.length === 0 && st.index.articles >= articles.length - 1;
    }, 'the index back to full size', 30_000, 200);
  });

  it('points at the line of a broken .claimlens.yaml and keeps working', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const lex = vscode.Uri.joinPath(folder, '.claimlens.yaml');
    const original = await vscode.workspace.fs.readFile(lex).then((x) => x, () => undefined);
    try {
      await vscode.workspace.fs.writeFile(lex, new TextEncoder().encode('actors:\n  Ukraine: [Kiew\ncues: {de: [x]\n'));
      const diags = await waitFor(() => vscode.languages.getDiagnostics(lex).length > 0 && vscode.languages.getDiagnostics(lex), 'lexicon diagnostics', 15_000);
      assert.ok(diags.some((d) => d.range.start.line >= 1), `points into the file: ${diags.map((d) => d.range.start.line + ': ' + d.message).join('; ')}`);
      const { doc } = await openAnalysed('2024-10-23-donaupost.txt');
      assert.ok((await state(doc.uri)).analysed[doc.uri.toString()].numbers > 0, 'analysis still works');
    } finally {
      if (original) await vscode.workspace.fs.writeFile(lex, original);
      else await vscode.workspace.fs.delete(lex);
    }
    await waitFor(() => vscode.languages.getDiagnostics(lex).length === 0, 'lexicon diagnostics cleared', 15_000);
  });
});
