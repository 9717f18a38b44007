/**
 * The Claim Lens side panel (runs in the webview). Builds the DOM with textContent only:
 * article text never goes through innerHTML. State (filter) survives via getState/setState.
 */
import type { Filter, FromPanel, IndexStatus, PanelArticle, PanelClaim, PanelFigure, PanelRef, Relation, TimelinePoint, ToPanel } from './protocol';

interface VsCodeApi {
  postMessage(m: FromPanel): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface ViewState {
  filter: Filter;
}

const vscode = acquireVsCodeApi();
const saved = vscode.getState() as Partial<ViewState> | undefined;
const state: ViewState = { filter: saved?.filter === 'conflicts' || saved?.filter === 'same-figure' ? saved.filter : 'all' };

let article: PanelArticle | null = null;
let emptyReason = 'Open an article to see its claims.';
let selection: Extract<ToPanel, { type: 'selection' }> | null = null;
let index: IndexStatus | null = null;

const app = document.getElementById('app') as HTMLElement;

// ---- tiny DOM helpers (text only) -------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function button(label: string, cls: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = el('button', cls, label);
  b.type = 'button';
  if (title) b.title = title;
  b.addEventListener('click', onClick);
  return b;
}

const RELATION_LABEL: Record<Relation, string> = {
  'same-figure': 'Same figure',
  'different-figure': 'Different figure',
  'same-statement': 'Same statement',
  'text-reuse': 'Text reuse',
};

function fmtNumber(v: number, lang: 'de' | 'en'): string {
  const rounded = Math.round(v * 100) / 100;
  return rounded.toLocaleString(lang === 'de' ? 'de-DE' : 'en-US', { maximumFractionDigits: 2 });
}

function figureText(f: PanelFigure, lang: 'de' | 'en'): string {
  const unit = f.unit ? ' ' + f.unit : '';
  if (f.low !== null && f.high !== null && f.low !== f.high) return `${fmtNumber(f.low, lang)}–${fmtNumber(f.high, lang)}${unit}`;
  return `${f.glyph ? f.glyph + ' ' : ''}${fmtNumber(f.value, lang)}${unit}`;
}

function fmtDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const mon = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (!mon) return m[1];
  return m[3] ? `${Number(m[3])} ${mon} ${m[1]}` : `${mon} ${m[1]}`;
}

/** A resolved interval as a reader says it: "18 Oct 2024", "Sep–Nov 2024", "1–10 Aug 2024", "Jan 2025". */
function fmtSpan(from: string, to: string | null | undefined): string {
  if (!to || to === from) return fmtDate(from);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return `${fmtDate(from)} – ${fmtDate(to)}`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const lastDay = new Date(Date.UTC(Number(b[1]), Number(b[2]), 0)).getUTCDate();
  const wholeMonths = a[3] === '01' && Number(b[3]) === lastDay;
  if (wholeMonths && a[1] === b[1] && a[2] === '01' && b[2] === '12') return a[1];
  if (wholeMonths && a[1] === b[1]) return a[2] === b[2] ? `${months[Number(a[2]) - 1]} ${a[1]}` : `${months[Number(a[2]) - 1]}–${months[Number(b[2]) - 1]} ${a[1]}`;
  if (a[1] === b[1] && a[2] === b[2]) return `${Number(a[3])}–${Number(b[3])} ${months[Number(a[2]) - 1]} ${a[1]}`;
  return `${fmtDate(from)} – ${fmtDate(to)}`;
}

function compact(v: number): string {
  const a = Math.abs(v);
  const f = (n: number) => String(Math.round(n * 10) / 10);
  if (a >= 1e9) return f(v / 1e9) + 'B';
  if (a >= 1e6) return f(v / 1e6) + 'M';
  if (a >= 1e4) return f(v / 1e3) + 'k';
  return f(v);
}

/** The next "nice" number (1, 2, 2.5, 5 × 10^k) at or above v, for the chart's axis. */
function niceCeil(v: number): number {
  if (v <= 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function chip(text: string, slot: number, title?: string): HTMLElement {
  const c = el('span', `chip slot-${slot}`, text);
  if (title) c.title = title;
  return c;
}

// ---- rendering ---------------------------------------------------------------------------------

function render(): void {
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  app.replaceChildren();
  if (!article) {
    const box = el('div', 'empty');
    box.append(el('p', undefined, emptyReason));
    const actions = el('div', 'actions');
    actions.append(
      button('Find Claims…', 'secondary', () => vscode.postMessage({ type: 'command', command: 'findClaims' })),
      button('Show Sources', 'secondary', () => vscode.postMessage({ type: 'command', command: 'showSources' })),
    );
    box.append(actions);
    app.append(box, renderIndex());
    return;
  }
  app.append(renderHeader(article), renderFilters(), renderSelection(article), renderClaims(article), renderIndex());
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function renderHeader(a: PanelArticle): HTMLElement {
  const h = el('header', 'article');
  h.append(el('h2', 'title', a.title ?? a.label));
  const meta = [a.outlet, a.date ? fmtDate(a.date) : null, a.language].filter((x): x is string => !!x).join(' · ');
  h.append(el('div', 'meta', meta));
  h.append(el('div', 'meta counts', `${a.claims.length} claims · ${a.figures} figures · ${a.attributions} attributions · ${a.quotes} quotes`));
  if (a.title) h.append(el('div', 'meta path', a.label));
  return h;
}

function renderFilters(): HTMLElement {
  const bar = el('div', 'filters');
  bar.setAttribute('role', 'radiogroup');
  bar.setAttribute('aria-label', 'Filter');
  const opts: Array<[Filter, string]> = [['all', 'All'], ['conflicts', 'Conflicts'], ['same-figure', 'Same figure']];
  for (const [f, label] of opts) {
    const b = button(label, 'filter' + (state.filter === f ? ' active' : ''), () => {
      state.filter = f;
      vscode.setState(state);
      render();
    });
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String(state.filter === f));
    bar.append(b);
  }
  return bar;
}

function refPasses(r: PanelRef): boolean {
  if (state.filter === 'conflicts') return r.relation === 'different-figure';
  if (state.filter === 'same-figure') return r.relation === 'same-figure';
  return true;
}

function claimPasses(c: PanelClaim): boolean {
  if (state.filter === 'conflicts') return c.conflicts > 0;
  if (state.filter === 'same-figure') return c.figures.length > 0 && c.refs - c.conflicts > 0;
  return true;
}

function renderSelection(a: PanelArticle): HTMLElement {
  const sec = el('section', 'selection');
  const claim = selection?.claimId ? a.claims.find((c) => c.id === selection!.claimId) : undefined;
  if (!claim || !selection) {
    sec.append(el('p', 'hint', 'Place the cursor in a claim (or pick one below) to see how other articles report it.'));
    return sec;
  }
  sec.append(el('h3', undefined, 'Selected claim'));
  sec.append(el('blockquote', 'claim-text', claim.text));
  const chips = el('div', 'chips');
  for (const f of claim.figures) chips.append(chip(figureText(f, a.language), 0, f.qualifier));
  for (const x of claim.actors) chips.append(chip(x.name, x.slot, 'source'));
  if (claim.time) {
    const chip = el('span', 'chip date', fmtSpan(claim.time, claim.timeTo));
    if (claim.timeText) chip.title = claim.timeText;
    chips.append(chip);
  }
  sec.append(chips);

  if (selection.timeline.length > 1) sec.append(renderTimeline(selection.timeline, selection.unit, a.language));

  const refs = selection.refs.filter(refPasses);
  if (!selection.refs.length) {
    sec.append(el('p', 'hint', 'No other indexed article reports this claim.'));
    return sec;
  }
  if (!refs.length) {
    sec.append(el('p', 'hint', `No cross-references match the filter (${selection.refs.length} in all).`));
    return sec;
  }
  const order: Relation[] = ['different-figure', 'same-figure', 'same-statement', 'text-reuse'];
  for (const rel of order) {
    const group = refs.filter((r) => r.relation === rel);
    if (!group.length) continue;
    const g = el('div', `ref-group rel-${rel}`);
    g.append(el('h4', undefined, `${RELATION_LABEL[rel]} (${group.length})`));
    const list = el('ul', 'refs');
    for (const r of group) {
      const li = el('li');
      const b = el('button', 'ref');
      b.type = 'button';
      b.title = `Open ${r.label} at the claim`;
      const top = el('div', 'ref-top');
      if (r.figure) top.append(el('span', 'figure', figureText(r.figure, a.language)));
      top.append(chip(r.actor ?? r.outlet ?? 'no named source', r.actor ? r.actorSlot : 0));
      top.append(el('span', 'date', fmtDate(r.date)));
      b.append(top);
      b.append(el('div', 'ref-text', r.text));
      b.append(el('div', 'ref-file', [r.outlet, r.label].filter(Boolean).join(' · ')));
      b.addEventListener('click', () => vscode.postMessage({ type: 'open', uri: r.uri, start: r.start, end: r.end }));
      li.append(b);
      list.append(li);
    }
    g.append(list);
    sec.append(g);
  }
  return sec;
}

/** Inline SVG: the figure over time, one point per source (range bars for ranges). */
function renderTimeline(points: TimelinePoint[], unit: string | null, lang: 'de' | 'en'): HTMLElement {
  const wrap = el('figure', 'timeline');
  const W = Math.max(240, Math.min(app.clientWidth - 4, 900));
  const H = 150;
  const pad = { l: 44, r: 12, t: 12, b: 30 };
  const time = (d: string | null) => {
    if (!d) return NaN;
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
    return m ? Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) : NaN;
  };
  const ts = points.map((p) => time(p.date));
  const dated = ts.filter((t) => !Number.isNaN(t));
  const distinct = new Set(dated).size;
  const useTime = distinct >= 2;
  const tMin = Math.min(...dated);
  const tMax = Math.max(...dated);
  const xs = points.map((_, i) => {
    const t = ts[i];
    if (useTime && !Number.isNaN(t)) return pad.l + ((t - tMin) / (tMax - tMin)) * (W - pad.l - pad.r - 24);
    if (useTime) return W - pad.r - 6; // undated: at the right edge
    return pad.l + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (W - pad.l - pad.r);
  });
  // Reports at the same date and value would hide each other: spread them a little.
  const seen = new Map<string, number>();
  points.forEach((p, i) => {
    const k = `${Math.round(xs[i])}|${p.value}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    xs[i] += n * 9;
  });
  const vals = points.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]);
  const vMax = niceCeil(Math.max(...vals) * 1.05) || 1;
  const vMin = Math.min(0, Math.min(...vals));
  const y = (v: number) => pad.t + (1 - (v - vMin) / (vMax - vMin)) * (H - pad.t - pad.b);

  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' });
  const title = svg('title');
  title.textContent = `Timeline of the figure${unit ? ' (' + unit + ')' : ''} across ${points.length} reports`;
  s.append(title);
  for (const frac of [0, 0.5, 1]) {
    const v = vMin + frac * (vMax - vMin);
    s.append(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: 'grid' }));
    const t = svg('text', { x: pad.l - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' });
    t.textContent = compact(v);
    s.append(t);
  }
  if (useTime) {
    for (const [t, anchor] of [[tMin, 'start'], [tMax, 'end']] as Array<[number, string]>) {
      const label = svg('text', { x: pad.l + ((t - tMin) / (tMax - tMin || 1)) * (W - pad.l - pad.r - 24), y: H - 8, class: 'axis', 'text-anchor': anchor });
      label.textContent = fmtDate(new Date(t).toISOString().slice(0, 10));
      s.append(label);
    }
  }
  // The line through the reports in date order.
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${xs[i].toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  s.append(svg('path', { d: path, class: 'trend' }));
  points.forEach((p, i) => {
    const g = svg('g', { class: `point slot-${p.slot} rel-${p.relation}`, tabindex: 0, role: 'button' });
    if (p.low !== null && p.high !== null && p.low !== p.high) g.append(svg('line', { x1: xs[i], x2: xs[i], y1: y(p.low), y2: y(p.high), class: 'range' }));
    g.append(svg('circle', { cx: xs[i], cy: y(p.value), r: p.relation === 'this' ? 6 : 4.5 }));
    const tip = svg('title');
    tip.textContent = `${p.glyph ? p.glyph + ' ' : ''}${fmtNumber(p.value, lang)}${unit ? ' ' + unit : ''} — ${p.source} · ${fmtDate(p.date)}${p.relation === 'this' ? ' (this article)' : ''}`;
    g.append(tip);
    const open = () => vscode.postMessage({ type: p.relation === 'this' ? 'reveal' : 'open', uri: p.uri, start: p.start, end: p.end });
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') open();
    });
    s.append(g);
  });
  wrap.append(s);
  const cap = el('figcaption', undefined, `${unit ?? 'Figure'} across ${points.length} reports; ● this article. Click a point to open it.`);
  wrap.append(cap);
  return wrap;
}

function renderClaims(a: PanelArticle): HTMLElement {
  const sec = el('section', 'claims');
  const shown = a.claims.filter(claimPasses);
  sec.append(el('h3', undefined, state.filter === 'all' ? `Claims (${a.claims.length})` : `Claims (${shown.length} of ${a.claims.length})`));
  if (!shown.length) {
    sec.append(el('p', 'hint', a.claims.length ? 'No claim matches the filter.' : 'No claims found in this article.'));
    return sec;
  }
  const list = el('ol', 'claim-list');
  for (const c of shown) {
    const li = el('li');
    const b = el('button', 'claim' + (selection?.claimId === c.id ? ' selected' : ''));
    b.type = 'button';
    b.setAttribute('aria-current', String(selection?.claimId === c.id));
    const top = el('div', 'claim-top');
    for (const f of c.figures.slice(0, 3)) top.append(el('span', 'figure', figureText(f, a.language)));
    for (const x of c.actors.slice(0, 2)) top.append(chip(x.name, x.slot));
    if (c.refs) {
      const badge = el('span', 'badge' + (c.conflicts ? ' conflict' : ''), c.conflicts ? `⇄ ${c.refs} · ≠ ${c.conflicts}` : `⇄ ${c.refs}`);
      badge.title = `${c.refs} cross-references${c.conflicts ? `, ${c.conflicts} with a different figure` : ''}`;
      top.append(badge);
    }
    if (top.childElementCount) b.append(top);
    b.append(el('div', 'claim-text', c.text));
    b.addEventListener('click', () => vscode.postMessage({ type: 'selectClaim', claimId: c.id }));
    li.append(b);
    list.append(li);
  }
  sec.append(list);
  return sec;
}

function renderIndex(): HTMLElement {
  const f = el('footer', 'index');
  if (!index) return f;
  if (index.state === 'disabled') f.textContent = 'Workspace index is off (claimLens.index.enabled).';
  else if (index.state === 'indexing') f.textContent = `Indexing… ${index.total ? `${index.done ?? 0} / ${index.total} files` : ''}`;
  else f.textContent = `${index.articles} articles · ${index.claims} claims indexed${index.skipped ? ` · ${index.skipped} skipped` : ''}`;
  return f;
}

window.addEventListener('message', (e: MessageEvent<ToPanel>) => {
  const m = e.data;
  if (!m || typeof m !== 'object') return;
  switch (m.type) {
    case 'article':
      if (article?.uri !== m.article?.uri) selection = null;
      article = m.article;
      if (m.reason) emptyReason = m.reason;
      break;
    case 'selection':
      selection = m;
      break;
    case 'index':
      index = m.status;
      break;
    default:
      return;
  }
  render();
});

render();
vscode.postMessage({ type: 'ready' });
