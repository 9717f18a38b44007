import type { Lang, Span } from './types';

/**
 * Sentence segmentation for German and English news text, in one linear pass.
 *
 * Boundaries are terminal punctuation (. ! ? … and closing quotes after them)
 * followed by white space and a sentence start (upper-case letter, digit,
 * opening quote or bracket), and line breaks that end a paragraph or a
 * heading. Not boundaries: abbreviations ("Dr.", "z.B.", "Mio."), initials
 * ("John F. Kennedy"), ordinal numbers and dates ("am 28. April",
 * "zum 3. Mal"), numbers ("14.000", "1.5") and a "?"/"!" inside a quote that
 * the sentence goes on after („Warum?“, fragte er).
 */

const ABBREVIATIONS = new Set(
  [
    // German
    'dr', 'prof', 'z.b', 'u.a', 'ca', 'mio', 'mrd', 'nr', 'bzw', 'vgl', 'ggf', 'inkl', 'exkl', 'evtl', 'hr', 'fr',
    'hrsg', 'jh', 'jhd', 'abs', 'art', 'st', 'str', 'dipl', 'ing', 'mag', 'bspw', 'sog', 'd.h', 'o.ä', 'u.ä', 'v.a',
    'i.d.r', 'z.t', 'u.u', 'ebd', 'tsd', 'abg', 'ehem', 'chr', 'n.chr', 'v.chr', 'dt', 'engl', 'franz', 'ital',
    'russ', 'span', 'europ', 'österr', 'schweiz', 'ev', 'kath', 'gegr', 'geb', 'gest', 'verh', 'zit', 'zzgl',
    'rd', 'max', 'min', 'mind', 'std', 'tel', 'bd', 'bzgl', 'allg', 'stv', 'präs', 'vors', 'gen', 'insb', 'lt',
    'mo', 'di', 'mi', 'do', 'sa', 'so', 'u.s.a', 'usw.',
    'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
    // English
    'mr', 'mrs', 'ms', 'jr', 'sr', 'col', 'sgt', 'gov', 'sen', 'rep', 'no', 'vs', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n',
    'a.m', 'p.m', 'inc', 'corp', 'ltd', 'co', 'mt', 'ft', 'approx', 'est', 'dept', 'univ', 'capt', 'lt', 'maj',
    'oct', 'dec', 'mar',
  ].map((s) => s.replace(/\.$/, '')),
);

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
]);

/** Words after which "12." is an ordinal rather than the end of a sentence. */
const ORDINAL_LEADS = new Set([
  'am', 'vom', 'zum', 'bis', 'ab', 'seit', 'der', 'die', 'das', 'dem', 'den', 'des', 'im', 'zur', 'beim', 'ihr',
  'ihrem', 'sein', 'seinem', 'seine', 'ihre', 'jeder', 'jede', 'jedes', 'dieser', 'diese', 'dieses', 'nach', 'vor',
  'zwischen', 'und', 'oder', 'bzw', 'ins', 'fürs', 'zu', 'an', 'auf', 'für', 'um', 'in',
]);

const OPENERS = '„“"«»‚‘\'(["';
const CLOSERS = '“”"»«‘’\')]';

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
function isNewline(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

const TOKEN_CHAR_RE = /[\p{L}\p{N}.]/u;

/** Whether text[i] is a letter, a digit or a dot (`TOKEN_CHAR_RE`); ASCII, by far the most common, without the regex. */
function isTokenChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
  return TOKEN_CHAR_RE.test(text[i]);
}

/** The token (letters, digits and inner dots) that ends at `end` (exclusive). */
function tokenBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isTokenChar(text, i - 1)) i--;
  return text.slice(i, end);
}

function wordAfter(text: string, start: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 40));
  return m ? m[0] : '';
}

/**
 * Decide whether the period at `dot` ends a sentence, given that the next
 * non-space character is at `next`.
 */
function periodEnds(text: string, dot: number, next: number): boolean {
  const tok = tokenBefore(text, dot);
  const nextCh = text[next];
  if (tok.length === 0) return true;
  const lower = tok.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // Single letters: initials ("John F. Kennedy") and "S." (Seite).
  if (/^\p{L}$/u.test(tok)) return false;
  // Dotted abbreviations like "z.B", "u.a.", "U.S".
  if (/^(\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(tok)) return false;
  if (/^\d+$/.test(tok)) {
    const after = wordAfter(text, next).toLowerCase();
    if (MONTHS.has(after)) return false; // "28. April"
    if (isLower(nextCh)) return false;
    if (tok.length <= 2) {
      const before = tokenBefore(text, dot - tok.length - 1).toLowerCase();
      if (ORDINAL_LEADS.has(before)) return false; // "zum 3. Mal", "am 3. Oktober"
    }
    return true;
  }
  return true;
}

/** Longest sentence span handed downstream (characters); longer run-on text is cut. */
export const MAX_SENTENCE = 1500;

export interface SentenceOptions {
  /** Spans that must not be crossed or included (front matter, boilerplate lines). */
  exclude?: Span[];
}

/**
 * Split `text` into sentence spans. Spans are trimmed of surrounding white
 * space, never empty, in order and non-overlapping.
 */
export function splitSentences(text: string, _lang: Lang = 'de', opts: SentenceOptions = {}): Span[] {
  const out: Span[] = [];
  const excl = (opts.exclude ?? []).slice().sort((a, b) => a.start - b.start);
  let ex = 0;
  let start = 0;
  const n = text.length;

  const emit = (s: number, e: number) => {
    while (s < e && (isSpace(text.charCodeAt(s)) || isNewline(text.charCodeAt(s)))) s++;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || isNewline(text.charCodeAt(e - 1)))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  // No real sentence is this long: cut run-on text (tables, lists, text without punctuation) at a clause or
  // word boundary, so that every per-sentence stage downstream works on bounded pieces and stays linear.
  const push = (s: number, e: number) => {
    while (e - s > MAX_SENTENCE) {
      const limit = s + MAX_SENTENCE;
      let cut = -1;
      for (let k = limit; k > s + MAX_SENTENCE / 2; k--) {
        const ch = text.charCodeAt(k);
        if ((ch === 44 || ch === 59 || ch === 58) && isSpace(text.charCodeAt(k + 1))) {
          cut = k + 1; // after ", " "; " ": "
          break;
        }
      }
      if (cut < 0) for (let k = limit; k > s; k--) if (isSpace(text.charCodeAt(k))) {
        cut = k;
        break;
      }
      if (cut < 0) cut = limit;
      emit(s, cut);
      s = cut;
    }
    emit(s, e);
  };

  // Jump from candidate to candidate (terminal punctuation, line breaks) natively.
  const CAND = /[.!?…\n\r\u2028\u2029]/g;
  let i = 0;
  while (i < n) {
    CAND.lastIndex = i;
    const cm = CAND.exec(text);
    const next = cm ? cm.index : n;
    // Skip excluded regions that start before the next candidate.
    while (ex < excl.length && excl[ex].end <= i) ex++;
    if (ex < excl.length && excl[ex].start <= next && excl[ex].start < n) {
      push(start, Math.max(start, excl[ex].start));
      i = Math.max(i, excl[ex].end);
      start = i;
      ex++;
      continue;
    }
    if (!cm) break;
    i = next;
    const c = text.charCodeAt(i);
    if (isNewline(c)) {
      // A line break: a paragraph end unless the next line continues a wrapped sentence.
      let j = i + 1;
      if (c === 13 && text.charCodeAt(j) === 10) j++;
      let k = j;
      let blank = false;
      while (k < n && (isSpace(text.charCodeAt(k)) || isNewline(text.charCodeAt(k)))) {
        if (isNewline(text.charCodeAt(k))) blank = true;
        k++;
      }
      let p = i - 1;
      while (p >= start && isSpace(text.charCodeAt(p))) p--;
      const prev = p >= start ? text[p] : '';
      const nextCh = k < n ? text[k] : '';
      const wrapped =
        !blank && prev !== '' && !/[.!?…:;“”"»«]/.test(prev) && nextCh !== '' && isLower(nextCh);
      if (!wrapped) {
        push(start, i);
        start = k;
      }
      i = k;
      continue;
    }
    const ch = text[i];
    // Swallow runs of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && /[.!?…]/.test(text[j])) j++;
    while (j < n && CLOSERS.includes(text[j])) j++;
    if (j < n && !isSpace(text.charCodeAt(j)) && !isNewline(text.charCodeAt(j))) {
      i = j;
      continue; // "14.000", "1.5", "z.B.x", "www.x.at"
    }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || isNewline(text.charCodeAt(k))) {
      i = j;
      continue; // the line break handles it
    }
    const nextCh = text[k];
    const startsSentence = isUpper(nextCh) || /\d/.test(nextCh) || OPENERS.includes(nextCh) || nextCh === '–' || nextCh === '-';
    let ends = startsSentence;
    if (ends && ch === '.' && j === i + 1) ends = periodEnds(text, i, k);
    if (ends && (ch === '?' || ch === '!') && j > i + 1 && CLOSERS.includes(text[j - 1]) && nextCh === ',') ends = false;
    if (ends) {
      push(start, j);
      start = k;
    }
    i = k;
  }
  push(start, n);
  return out;
}
