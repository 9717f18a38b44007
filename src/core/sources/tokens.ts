/**
 * A small word/punctuation tokenizer for the source-attribution stage.
 * Only sentences that contain a cue are tokenized, so this is never on the
 * hot path for the whole text.
 */

import { latin } from './latin';

export enum TK {
  Word = 1,
  Num = 2,
  Punct = 3,
  Open = 4, // opening quote mark
  Close = 5, // closing quote mark
}

export interface Token {
  s: number;
  e: number;
  t: string;
  /** lower-cased text */
  l: string;
  k: TK;
  /** First character is upper-case (a capitalised word or an acronym). */
  cap: boolean;
}

// Words: letters/digits with inner hyphens, dots of abbreviations ("U.S."), apostrophes ("Peter's").
/** Domain names as sources ("golem.de", "derStandard.at"): the tail after a word. */
// Also a lower-case tail of two or three letters written without a space, as in names like "ver.di"
// (a sentence end always has a space or a capital after the dot).
const DOMAIN_TAIL_RE = latin(/(?:\.[\p{L}\p{N}-]+)*\.(?:de|at|ch|com|org|net|eu|info|io|fr|it|uk|ru|ua|tv)(?![\p{L}\p{N}])|\.\p{Ll}{2,3}(?![\p{L}\p{N}.])/uy);

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f) && c !== 0x3000);
}

const TOKEN_RE = latin(/[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:[-‐‑'’][\p{L}\p{M}\p{N}]+)|(?:\.(?=\p{L}\.)\p{L})+\.?)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu);

const OPEN_MARKS = '„‚»«“‘"';
const CLOSE_MARKS = '“”»«‘’"';

/**
 * Tokenize `text` between `start` and `end`. Quote marks are classified by
 * the `quoteOpen`/`quoteClose` sets (offsets of known quote marks) when
 * given, else by their shape and context.
 */
export function tokenize(text: string, start: number, end: number, marks?: Map<number, TK>): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let t = m[0];
    const s = start + m.index;
    const c = t.charCodeAt(0);
    let domain = false;
    // (reads stay inside the slice: an out-of-bounds charCodeAt deoptimises the loop)
    if (m.index + t.length < slice.length && slice.charCodeAt(m.index + t.length) === 46 && (isLetterCode(c) || (c >= 48 && c <= 57))) {
      DOMAIN_TAIL_RE.lastIndex = m.index + t.length;
      const d = DOMAIN_TAIL_RE.exec(slice);
      if (d) {
        t += d[0];
        TOKEN_RE.lastIndex = m.index + t.length;
        domain = true;
      }
    }
    const e = s + t.length;
    let k: TK;
    if (c >= 48 && c <= 57 && !domain) k = TK.Num;
    else if (isLetterCode(c) || domain) k = TK.Word;
    else {
      const known = marks?.get(s);
      if (known !== undefined) k = known;
      else if (OPEN_MARKS.includes(t) || CLOSE_MARKS.includes(t)) {
        const prev = s > 0 ? text[s - 1] : ' ';
        k = /[\s(\[–—-]/.test(prev) && t !== '“' && t !== '’' ? TK.Open : TK.Close;
        if (t === '„' || t === '‚') k = TK.Open;
      } else k = TK.Punct;
    }
    const ch = t[0];
    // domain names ("golem.de") are names even in lower case
    const cap = k === TK.Word && (domain || ch !== ch.toLowerCase());
    out.push({ s, e, t, l: t.toLowerCase(), k, cap });
  }
  return out;
}

export function isQuoteMark(tok: Token): boolean {
  return tok.k === TK.Open || tok.k === TK.Close;
}

