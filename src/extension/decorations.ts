/**
 * Inline marks in every visible article editor: figures (qualifier glyph after them),
 * attribution cues and sources in their actor's colour, quotes (marks in the speaker's
 * colour), and an end-of-claim badge on claims other articles also report ("⇄ 3 · ≠ 2").
 * One decoration type per style, created once; options cached per document so switching
 * editors repaints without recomputing; capped on huge documents (said once).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../core/types';
import { isArticleDocument, type DocAnalysis } from './analysis';
import { actorSlot, badgeText, isNamedActor, countRefs, describeFigure, qualifierGlyph, qualifierWords, relationLabel } from './format';
import { unsourcedFigures } from './lookup';
import type { Services } from './services';

const SLOTS = 8;
/**
 * Documents with more claims than this get badges only around the visible ranges (each badge
 * needs a cross-reference lookup, ~0.5 ms); they are recomputed when the editor scrolls.
 */
const BADGES_EVERYWHERE_UP_TO = 400;
/** Offsets of text around the visible ranges whose claims get badges in big documents. */
const BADGE_MARGIN = 20_000;

type Style = string;

function createTypes(): Map<Style, vscode.TextEditorDecorationType> {
  const t = new Map<Style, vscode.TextEditorDecorationType>();
  const color = (id: string) => new vscode.ThemeColor(id);
  t.set('figure', vscode.window.createTextEditorDecorationType({
    backgroundColor: color('claimLens.figureBackground'),
    borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: color('claimLens.figureBorder'), borderRadius: '2px',
  }));
  t.set('figureUnsourced', vscode.window.createTextEditorDecorationType({
    backgroundColor: color('claimLens.figureBackground'),
    borderWidth: '0 0 1px 0', borderStyle: 'dashed', borderColor: color('claimLens.unsourcedFigureBorder'), borderRadius: '2px',
  }));
  t.set('qualifier', vscode.window.createTextEditorDecorationType({
    after: { color: color('claimLens.qualifierForeground'), margin: '0 0 0 2px', fontWeight: 'bold' },
  }));
  t.set('quote', vscode.window.createTextEditorDecorationType({ backgroundColor: color('claimLens.quoteBackground') }));
  for (let i = 0; i <= SLOTS; i++) {
    const c = i === 0 ? color('textLink.foreground') : color(`claimLens.actor${i}`);
    t.set(`cue${i}`, vscode.window.createTextEditorDecorationType({ color: c, fontStyle: 'italic' }));
    t.set(`source${i}`, vscode.window.createTextEditorDecorationType({ color: c, fontWeight: '600' }));
    t.set(`quoteMark${i}`, vscode.window.createTextEditorDecorationType({ color: c, fontWeight: 'bold' }));
  }
  t.set('badge', vscode.window.createTextEditorDecorationType({
    after: { color: color('claimLens.badgeForeground'), margin: '0 0 0 0.6em', fontStyle: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  t.set('badgeConflict', vscode.window.createTextEditorDecorationType({
    after: { color: color('claimLens.conflictForeground'), margin: '0 0 0 0.6em', fontStyle: 'normal', fontWeight: 'bold' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  }));
  return t;
}

interface Item {
  style: Style;
  start: number;
  end: number;
  after?: string;
  hover?: vscode.MarkdownString;
}

/** All marks of one analysis, in document order, capped. Pure apart from the badge lookup. */
function computeItems(
  uri: string,
  a: ArticleAnalysis,
  s: Services,
  window: Array<[number, number]> | null,
): { items: Item[]; capped: boolean; total: number } {
  const cfg = s.config.current;
  const slot = (actor: string | null) => (isNamedActor(actor) && cfg.decorations.actorColors ? actorSlot(actor, SLOTS) : 0);
  const items: Item[] = [];
  const unsourced = cfg.diagnostics.unsourcedFigures !== 'off' ? new Set(unsourcedFigures(a)) : new Set<number>();
  for (let i = 0; i < a.numbers.length; i++) {
    const n = a.numbers[i];
    items.push({ style: unsourced.has(i) ? 'figureUnsourced' : 'figure', start: n.start, end: n.end });
    const g = qualifierGlyph(n.qualifier);
    if (g && n.qualifier !== 'range') items.push({ style: 'qualifier', start: n.end, end: n.end, after: g });
  }
  for (const at of a.attributions) {
    const k = slot(at.actor);
    if (at.cueEnd > at.cueStart) items.push({ style: `cue${k}`, start: at.cueStart, end: at.cueEnd });
    if (at.sourceEnd > at.sourceStart) items.push({ style: `source${k}`, start: at.sourceStart, end: at.sourceEnd });
  }
  for (const q of a.quotes) {
    items.push({ style: 'quote', start: q.start, end: q.end });
    if (isNamedActor(q.speaker)) {
      const k = slot(q.speaker);
      if (q.innerStart > q.start) items.push({ style: `quoteMark${k}`, start: q.start, end: q.innerStart });
      if (q.end > q.innerEnd) items.push({ style: `quoteMark${k}`, start: q.innerEnd, end: q.end });
    }
  }
  if (cfg.decorations.badges && s.index.corpus.get(uri)) {
    const lang = a.language;
    const inWindow = (c: { start: number; end: number }) => !window || window.some(([ws, we]) => c.end >= ws && c.start <= we);
    for (let i = 0; i < a.claims.length; i++) {
      const c = a.claims[i];
      if (!inWindow(c)) continue;
      const refs = s.index.refs(uri, c.id);
      if (!refs.length) continue;
      const counts = countRefs(refs);
      const md = new vscode.MarkdownString(undefined, true);
      md.appendMarkdown(`**Claim Lens** · also reported in ${counts.articles} other article${counts.articles === 1 ? '' : 's'}`);
      const byRel = new Map<string, number>();
      for (const r of refs) byRel.set(r.relation, (byRel.get(r.relation) ?? 0) + 1);
      md.appendMarkdown('\n\n' + [...byRel].map(([r, k]) => `${relationLabel(r as never)}: ${k}`).join(' · '));
      const conflict = refs.find((r) => r.relation === 'different-figure' && r.figure);
      if (conflict?.figure) {
        md.appendMarkdown(`\n\nFor example ${describeFigure(conflict.figure, lang).replace(/[\\`*_[\]<>]/g, '\\$&')} (${qualifierWords(conflict.figure.qualifier)})`);
      }
      md.appendMarkdown('\n\n$(references) Hover a figure or run **Cross-Reference Claim at Cursor** for details.');
      items.push({ style: counts.conflicts ? 'badgeConflict' : 'badge', start: c.end, end: c.end, after: badgeText(counts), hover: md });
    }
  }
  items.sort((x, y) => x.start - y.start || x.end - y.end);
  const max = cfg.decorations.maxPerEditor;
  return { items: items.length > max ? items.slice(0, max) : items, capped: items.length > max, total: items.length };
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const types = createTypes();
  context.subscriptions.push(...types.values());
  /** Per document: the options per style, valid for one analysis / index generation / settings state. */
  const cache = new Map<string, { key: string; byStyle: Map<Style, vscode.DecorationOptions[]>; capped: boolean; window: Array<[number, number]> | null }>();
  const scrollTimers = new Map<vscode.TextEditor, NodeJS.Timeout>();
  let settingsGen = 0;
  const cappedNoticeShown = new Set<string>();

  const clear = (editor: vscode.TextEditor) => {
    for (const t of types.values()) editor.setDecorations(t, []);
    services.probe.decorations.delete(editor.document.uri.toString());
  };

  const paint = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    if (!isArticleDocument(doc) || !services.decorationsVisible) {
      if (cache.has(doc.uri.toString()) || !services.decorationsVisible) clear(editor);
      return;
    }
    const res: DocAnalysis | undefined = services.analyses.get(doc);
    if (!res) return; // analysis pending; painted when it lands (the old marks move with the text meanwhile)
    const uri = doc.uri.toString();
    // Big documents: badges only around what is visible (the window is part of the cache key).
    let window: Array<[number, number]> | null = null;
    if (res.analysis.claims.length > BADGES_EVERYWHERE_UP_TO) {
      window = editor.visibleRanges.map((r) => {
        const a = doc.offsetAt(r.start);
        const b = doc.offsetAt(r.end);
        return [Math.max(0, a - BADGE_MARGIN), b + BADGE_MARGIN] as [number, number];
      });
    }
    const cached = cache.get(uri);
    const covered = (w: Array<[number, number]> | null, by: Array<[number, number]> | null) =>
      !w || (!!by && w.every(([a, b]) => by.some(([c, d]) => c <= a + BADGE_MARGIN / 2 && b - BADGE_MARGIN / 2 <= d)));
    const key = `${res.version}|${res.hash}|${services.index.generation}|${settingsGen}`;
    let entry = cached && cached.key === key && covered(window, cached.window) ? cached : undefined;
    if (!entry) {
      const { items, capped, total } = computeItems(uri, res.analysis, services, window);
      const byStyle = new Map<Style, vscode.DecorationOptions[]>();
      for (const it of items) {
        const opt: vscode.DecorationOptions = { range: new vscode.Range(doc.positionAt(it.start), doc.positionAt(it.end)) };
        if (it.after !== undefined) opt.renderOptions = { after: { contentText: it.after } };
        if (it.hover) opt.hoverMessage = it.hover;
        let list = byStyle.get(it.style);
        if (!list) byStyle.set(it.style, (list = []));
        list.push(opt);
      }
      entry = { key, byStyle, capped, window };
      cache.set(uri, entry);
      if (capped) {
        services.probe.capped.add(uri);
        if (!cappedNoticeShown.has(uri)) {
          cappedNoticeShown.add(uri);
          services.log.info(`decorations: ${services.label(doc.uri)} has ${total} marks; showing the first ${services.config.current.decorations.maxPerEditor} (claimLens.decorations.maxPerEditor)`);
          void vscode.window.setStatusBarMessage(`$(info) Claim Lens: only the first ${services.config.current.decorations.maxPerEditor} of ${total} marks are shown in this large article`, 8000);
        }
      } else {
        services.probe.capped.delete(uri);
      }
    }
    const probe: Record<string, Array<[number, number, string?]>> = {};
    for (const [style, t] of types) {
      const list = entry.byStyle.get(style) ?? [];
      editor.setDecorations(t, list);
      if (list.length) {
        probe[style] = list.map((o) => {
          const r: [number, number, string?] = [doc.offsetAt(o.range.start), doc.offsetAt(o.range.end)];
          const txt = o.renderOptions?.after?.contentText;
          if (txt !== undefined) r.push(txt);
          return r;
        });
      }
    }
    services.probe.decorations.set(uri, probe);
  };

  const paintAll = () => {
    for (const e of vscode.window.visibleTextEditors) paint(e);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    services.analyses.onDidAnalyze((e) => {
      for (const ed of vscode.window.visibleTextEditors) if (ed.document === e.document) paint(ed);
    }),
    services.index.onDidChange(paintAll),
    // Big documents: badges follow the scroll position.
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      const res = isArticleDocument(e.textEditor.document) ? services.analyses.get(e.textEditor.document) : undefined;
      if (!res || res.analysis.claims.length <= BADGES_EVERYWHERE_UP_TO) return;
      clearTimeout(scrollTimers.get(e.textEditor));
      scrollTimers.set(e.textEditor, setTimeout(() => {
        scrollTimers.delete(e.textEditor);
        paint(e.textEditor);
      }, 150));
    }),
    { dispose: () => scrollTimers.forEach((t) => clearTimeout(t)) },
    services.onDidToggleDecorations(paintAll),
    services.config.onDidChange((e) => {
      if (e.affectsConfiguration('claimLens.decorations') || e.affectsConfiguration('claimLens.diagnostics.unsourcedFigures')) {
        settingsGen++;
        paintAll();
      }
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const k = d.uri.toString();
      cache.delete(k);
      services.probe.decorations.delete(k);
      services.probe.capped.delete(k);
    }),
    // Language switched away from article: its marks go.
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (!isArticleDocument(d)) for (const ed of vscode.window.visibleTextEditors) if (ed.document === d) clear(ed);
    }),
  );
  paintAll();
}
