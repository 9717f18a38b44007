/**
 * Quotation finder for German and English news text, in one linear pass.
 *
 * Recognised pairs: „…“ „…” „…" (German), “…” (English, also in German
 * text), ”…” (Scandinavian), "…" (ASCII), »…« and «…» (guillemets), ‚…‘ and
 * ‘…’ (single quotes: only with a clear opening context, so apostrophes in
 * "geht’s", "Peter's", "rock ’n’ roll" never open a quote). Nested quotes are
 * part of their outer quote and not reported on their own.
 *
 * Recovery: a quote may run across wrapped lines, but ends at a paragraph
 * break (a blank line; or a line break after a long line, where every line is
 * a paragraph) and at MAX_QUOTE characters. An opening mark that is still
 * open there is treated as a stray mark and ignored, and scanning restarts
 * right after it, so a single unbalanced mark never swallows the article.
 * The one exception is the multi-paragraph convention: a paragraph that
 * ends inside a quote and a next paragraph that opens with the same mark;
 * then the first paragraph's part is reported as a quote.
 *
 * `findQuotes` reports every quotation, scare quotes and titles included
 * („Medienhype“, „Washington Post“). Which of them count as quoted speech
 * is decided by `analyzeSources` (see attribution.ts), which knows the cues.
 */
import { latin } from './sources/latin';
import type { Lang, Quote, Span } from './types';

/** Longest quote we accept (characters, marks included). */
export const MAX_QUOTE = 3000;
/** A line longer than this ends a paragraph at its line break (one paragraph per line). */
const LONG_LINE = 160;

const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”“',
  '”': '”',
  '"': '"',
  '»': '«»',
  '«': '»',
  '‚': '‘’',
  '‘': '’',
};

const MARK_RE = /[„“”"»«‚‘’\n\r]/g;

function isSpaceCh(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
}

const WORDCH_RE = latin(/[\p{L}\p{N}]/u);

function isWordCh(ch: string): boolean {
  return ch !== '' && WORDCH_RE.test(ch);
}

/** Characters after which a mark may open a quote. */
const OPEN_CONTEXT = ' \t\n\r\u00a0\u202f\u2009([{–—-/:;,„“”"»«‚‘';

interface Open {
  ch: string;
  pos: number;
}

export interface FindQuotesOptions {
  /** Spans to skip (front matter, boilerplate lines); they also end an open quote. */
  exclude?: Span[];
}

/** Every quotation of `text`, in order, outermost quotes only. */
export function findQuotes(text: string, _lang: Lang = 'de', opts: FindQuotesOptions = {}): Quote[] {
  const out: Quote[] = [];
  const n = text.length;
  const excl = (opts.exclude ?? []).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  let ex = 0;
  const disabled = new Set<number>();
  const stack: Open[] = [];
  let lineStart = 0;

  const emit = (start: number, end: number) => {
    if (end - start < 3) return; // empty quote
    const inner = text.slice(start + 1, end - 1);
    if (!/[\p{L}\p{N}]/u.test(inner)) return;
    out.push({ start, end, text: text.slice(start, end), innerStart: start + 1, innerEnd: end - 1, speaker: null, attribution: null });
  };

  /**
   * The outermost open quote cannot be closed: drop its opener and restart
   * scanning after it. Returns the new scan position.
   */
  // Line starts, found once (on the first failure) and then looked up by binary search: a backward search per
  // unbalanced quote would be quadratic on a long single-line text.
  let lineStarts: number[] | null = null;
  const lineStartBefore = (pos: number): number => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lineStarts[lo];
  };
  const fail = (): number => {
    const bottom = stack[0];
    stack.length = 0;
    disabled.add(bottom.pos);
    lineStart = Math.max(lineStartBefore(bottom.pos), 0);
    return bottom.pos + 1;
  };

  /** The paragraph ends at `at` (a line break, an excluded span or the end of the text). */
  const paragraphEnd = (at: number, nextParaStart: number): number | null => {
    if (stack.length === 0) return null;
    const bottom = stack[0];
    // multi-paragraph convention: the next paragraph opens with the same mark
    if (text[nextParaStart] === bottom.ch && bottom.ch !== '"' && nextParaStart < n) {
      let e = at;
      while (e > bottom.pos && isSpaceCh(text[e - 1])) e--;
      // report the part as a quote with a virtual end: marks excluded at the end
      if (e - bottom.pos > 1) {
        const start = bottom.pos;
        out.push({ start, end: e, text: text.slice(start, e), innerStart: start + 1, innerEnd: e, speaker: null, attribution: null });
      }
      stack.length = 0;
      return null;
    }
    return fail();
  };

  let i = 0;
  MARK_RE.lastIndex = 0;
  while (i < n) {
    // excluded spans
    while (ex < excl.length && excl[ex].end <= i) ex++;
    const nextEx = ex < excl.length ? excl[ex].start : n;
    if (ex < excl.length && excl[ex].start <= i) {
      const r = paragraphEnd(i, excl[ex].end);
      if (r !== null) {
        i = r;
        continue;
      }
      i = excl[ex].end;
      lineStart = i;
      continue;
    }
    MARK_RE.lastIndex = i;
    const m = MARK_RE.exec(text);
    const at = m ? m.index : n;
    if (at >= nextEx) {
      i = nextEx;
      if (nextEx === n) {
        if (stack.length) {
          const r = fail();
          i = r;
          continue;
        }
        break;
      }
      continue;
    }
    if (!m) {
      if (stack.length) {
        i = fail();
        continue;
      }
      break;
    }
    const ch = m[0];
    if (stack.length && at - stack[0].pos > MAX_QUOTE) {
      i = fail();
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      let j = at + 1;
      if (ch === '\r' && text[j] === '\n') j++;
      let k = j;
      let blank = false;
      while (k < n && isSpaceCh(text[k])) {
        if (text[k] === '\n') blank = true;
        k++;
      }
      const longLine = at - lineStart > LONG_LINE;
      lineStart = j;
      if (stack.length && (blank || longLine || k >= n)) {
        const r = paragraphEnd(at, k);
        if (r !== null) {
          i = r;
          continue;
        }
      }
      i = j;
      continue;
    }
    i = at + 1;
    if (disabled.has(at)) continue;
    const prev = at > 0 ? text[at - 1] : ' ';
    const next = at + 1 < n ? text[at + 1] : '';
    const canClose = !isSpaceCh(prev) && !isWordCh(next);
    const canOpen = next !== '' && !isSpaceCh(next) && (OPEN_CONTEXT.includes(prev) || at === 0);
    const top = stack.length ? stack[stack.length - 1] : null;
    if (top && CLOSERS[top.ch].includes(ch) && canClose) {
      stack.pop();
      if (stack.length === 0) emit(top.pos, at + 1);
      continue;
    }
    // a closer of an outer quote closes the inner ones too (a nested quote left open)
    if (stack.length > 1 && canClose) {
      let d = stack.length - 2;
      while (d >= 0 && !CLOSERS[stack[d].ch].includes(ch)) d--;
      if (d >= 0 && !(ch === '’' || ch === '‘')) {
        const outer = stack[d];
        stack.length = d;
        if (stack.length === 0) emit(outer.pos, at + 1);
        continue;
      }
    }
    if (ch === '’') continue; // apostrophe or a closer without an opener
    if (!canOpen) continue;
    if (ch === '‘' || ch === '‚') {
      // single quotes open only after a space, a bracket or a double opening mark, before a letter
      if (!(isSpaceCh(prev) || '([„“»«"'.includes(prev) || at === 0) || !isWordCh(next)) continue;
    }
    if (ch === '«' && top && top.ch === '«') continue;
    if (stack.length >= 4) continue;
    if (top && top.ch === ch) {
      // the same opening mark cannot nest in itself: the earlier one was a stray mark
      if ((ch === '„' || ch === '»' || ch === '«') && stack.length === 1) {
        disabled.add(top.pos);
        stack[0] = { ch, pos: at };
      }
      continue;
    }
    stack.push({ ch, pos: at });
  }
  return out;
}

/** Number of words in a quote's inner text. */
export function quoteWordCount(text: string, q: Quote): number {
  let count = 0;
  let inWord = false;
  for (let i = q.innerStart; i < q.innerEnd; i++) {
    const w = isWordCh(text[i]);
    if (w && !inWord) count++;
    inWord = w || (inWord && (text[i] === '-' || text[i] === '’' || text[i] === "'"));
  }
  return count;
}
