/** Finding what is under the cursor in an analysis (pure; binary search over sorted spans). */
import type { ArticleAnalysis, Span } from '../core/types';
import { isNamedActor } from './format';

/** Index of the span containing `offset` (start ≤ offset ≤ end) in spans sorted by start, or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // Spans may nest or overlap: walk back over earlier spans that still contain the offset.
  for (let i = best; i >= 0 && i > best - 8; i--) {
    if (spans[i].start <= offset && offset <= spans[i].end) return i;
  }
  return -1;
}

export type HoverTarget =
  | { kind: 'number'; index: number; span: Span }
  | { kind: 'attribution'; index: number; span: Span }
  | { kind: 'quote'; index: number; span: Span };

/**
 * The most specific analysed item at `offset`: a figure wins over an attribution, an
 * attribution over a quote (a figure inside a quote explains the figure).
 */
export function targetAt(a: ArticleAnalysis, offset: number): HoverTarget | null {
  const n = spanAt(a.numbers, offset);
  if (n >= 0 && offset < a.numbers[n].end) return { kind: 'number', index: n, span: a.numbers[n] };
  const at = spanAt(a.attributions, offset);
  if (at >= 0 && offset < a.attributions[at].end) return { kind: 'attribution', index: at, span: a.attributions[at] };
  const q = spanAt(a.quotes, offset);
  if (q >= 0 && offset < a.quotes[q].end) return { kind: 'quote', index: q, span: a.quotes[q] };
  return null;
}

/** Index of the claim at `offset`, or of the claim that owns the item at `offset`; -1 if none. */
export function claimIndexAt(a: ArticleAnalysis, offset: number): number {
  return spanAt(a.claims, offset);
}

/** The claim that contains analysed item `kind[index]`. */
export function claimOf(a: ArticleAnalysis, kind: 'number' | 'attribution' | 'quote', index: number): number {
  const key = kind === 'number' ? 'numbers' : kind === 'attribution' ? 'attributions' : 'quotes';
  for (let i = 0; i < a.claims.length; i++) if (a.claims[i][key].includes(index)) return i;
  const span = kind === 'number' ? a.numbers[index] : kind === 'attribution' ? a.attributions[index] : a.quotes[index];
  return span ? spanAt(a.claims, span.start) : -1;
}

/** Whether a claim names a source: an attribution, or a quote with a known speaker. */
export function claimHasSource(a: ArticleAnalysis, claimIndex: number): boolean {
  const c = a.claims[claimIndex];
  if (!c) return false;
  if (c.attributions.some((i) => isNamedActor(a.attributions[i]?.actor))) return true;
  return c.quotes.some((q) => isNamedActor(a.quotes[q]?.speaker));
}

/** Figures whose claim names no source (no attribution covers them, no quote speaker). */
export function unsourcedFigures(a: ArticleAnalysis): number[] {
  const sourced = new Uint8Array(a.numbers.length);
  const owned = new Uint8Array(a.numbers.length);
  for (let ci = 0; ci < a.claims.length; ci++) {
    const has = claimHasSource(a, ci);
    for (const n of a.claims[ci].numbers) {
      owned[n] = 1;
      if (has) sourced[n] = 1;
    }
  }
  // An attribution's scope (its sentence plus subjunctive continuation) also covers a figure.
  // Sweep: scopes by start; a figure is covered when the furthest end of the scopes begun before it reaches it.
  const scopes = a.attributions
    .filter((x) => isNamedActor(x.actor))
    .map((x) => [x.scopeStart, x.scopeEnd] as const)
    .sort((x, y) => x[0] - y[0]);
  const order = a.numbers.map((_, i) => i).sort((x, y) => a.numbers[x].start - a.numbers[y].start);
  let si = 0;
  let maxEnd = -1;
  for (const i of order) {
    const f = a.numbers[i];
    while (si < scopes.length && scopes[si][0] <= f.start) maxEnd = Math.max(maxEnd, scopes[si++][1]);
    if (maxEnd >= f.end) sourced[i] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < a.numbers.length; i++) if (owned[i] && !sourced[i]) out.push(i);
  return out;
}

/** 0-based line and UTF-16 column of `offset` in `text` (for files that are not open as documents). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < o; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: o - lineStart };
}
