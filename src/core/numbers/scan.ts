import type { FigureKind, Lang, NumberMention, Qualifier, Span } from '../types';
import { CURRENCY_PREFIX, kindOfKey, lookupUnit, normaliseUnit, synonymKey, UNITS } from './units';

const UNIT_WORDS = [...UNITS.keys()];

import {
  DE_FRACTIONS, DE_MORPHEMES, DE_SCALES, EN_FRACTION_WORDS, EN_SCALES, EN_WORDS, parseEnglish, parseGermanWord,
  type WordNumber,
} from './words';

/*
 * The figures recogniser. One precompiled global regex per language finds
 * the start of every numeral (a digit, a vulgar fraction, a number word,
 * "jeder Vierte", "Hälfte"); it stays a regex because V8 runs it as native
 * code from the first call, while a hand-written character loop is
 * interpreted in the first pass (the one the CLI runs);
 * everything else is a cheap look at the few words around it:
 *
 *   [qualifier] [currency] NUMERAL [fraction] [scale] [range connector NUMERAL [scale]] [unit | counted noun]
 *
 * and then the checks that throw out what is not a figure (years, dates,
 * clock times, scores, ordinals, identifiers such as "F-35", "Paragraf 218",
 * phone numbers, URLs). After a match the regex resumes behind it, so the
 * whole pass is linear in the length of the text.
 *
 * Decisions (documented for the reader of the results):
 * - Vague plurals ("Dutzende", "Hunderte", "Tausende", "Zehntausende",
 *   bare "Millionen", "dozens", "thousands", "tens of thousands",
 *   "einige Hundert", "several thousand") are recognised but not reported:
 *   they name no value a reader could check or compare, and a made-up
 *   number would mislead the cross-referencer. Inside a range
 *   ("Hunderte bis Tausende") they still end the range.
 * - Indefinite "ein/eine/one" counts only with a unit, scale or fraction
 *   ("ein Prozent", "eine Million", "ein Dutzend", "ein Drittel"); "null"/
 *   "zero" only with a unit or in a range.
 * - Identifiers are not figures: numbers after "Paragraf", "§", "Artikel",
 *   "Nr.", "Nummer", "Seite", "Platz" and the like, and a bare integer right
 *   after a capitalised word in mid-sentence ("Windows 10", "iPhone 15").
 * - Four-digit numbers 1000–2100 without separators are years unless a
 *   unit, scale, currency or an unambiguous qualifier ("rund", "mehr als",
 *   "about") makes them a quantity, or (German) a determiner and a counted
 *   noun do ("die 1500 Soldaten").
 * - "100 bis 300 Milliarden": the scale of the upper bound also applies to
 *   the lower one when that keeps low ≤ high (low = 100 Mrd.).
 * - numStart/numEnd cover the numerals with their scale words ("1,5 Mio.",
 *   "10.000 bis 12.000"), without qualifier, currency and unit.
 * - Ages are figures: "33-jährige", "der 46-Jährige", "zehnjährig",
 *   "Huber (41)" / "Smith, 41," after a name, "aged 33", "33 Jahre alt",
 *   "im Alter von 88 Jahren", "a 10-year-old". Unit "Jahre"/"years",
 *   unitKey "age" (not "year": an age must never match a duration), kind
 *   count. A "-jährige" adjective before a noun of time or of a state
 *   ("Haftstrafe", "Periode", "Bestehen", nouns in -ung/-zeit/…) is a
 *   duration instead (unitKey "year", kind measure); so are "-tägig",
 *   "-wöchig", "-monatig", "-stündig", "-minütig" and "five-day". A
 *   capitalised compound before a noun is a name ("Dreißigjähriger Krieg").
 * - Multiplicatives count: "fünfmal", "13-mal", "drei Mal", "five times"
 *   (unitKey "times"); "einmal" is an adverb. "doppelt", "-fach" are not
 *   numerals and not reported.
 * - Shares count: "jeder Vierte" = 1/4 (ordinals after jede/jeder/…),
 *   "die Hälfte" = 1/2 only after "die/der/zur" ("die erste Hälfte" is no
 *   share); "um die Hälfte" is exact.
 * - "ein bis zwei Wochen" and "zwei- bis dreimal", "14- bis 29-Jährige"
 *   are ranges; "… und mehr" is at-least, a trailing lower-case "plus"
 *   more-than; "24 Israelis und ein US-Bürger" reports the listed "ein".
 * - At a sentence start, a capitalised word that does not open sentences
 *   ("Windows 10 kommt …") makes a bare number an identifier; a four-digit
 *   number opening a German sentence before a noun and a lower-case word
 *   is a count ("2000 Menschen demonstrierten"), since a year there would
 *   be followed by the finite verb.
 */

const FRACTION_CHARS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};
const FRAC_CLASS = Object.keys(FRACTION_CHARS).join('');

/** Compound endings after a numeral: ages and durations ("zehnjährige", "dreitägig"), "-prozentig", multiplicatives ("fünfmal"). */
const DE_AFFIX_PATTERN = '(?:jährig|tägig|wöchig|monatig|stündig|minütig|prozentig)(?:e|en|em|er|es)?|mal';
const DE_WORD_PATTERN =
  `(?:${DE_MORPHEMES})+(?:${DE_AFFIX_PATTERN}|e|en|em|er|es|n)?|dutzend(?:e|en)?|million(?:en)?|milliarden?|billion(?:en)?|zigtausenden?`;
/** Ordinals after "jeder/jede": "jeder Vierte" = 1/4. */
const DE_SHARE_ORDINALS: Record<string, number> = {
  zweite: 2, dritte: 3, vierte: 4, fünfte: 5, sechste: 6, siebte: 7, siebente: 7, achte: 8, neunte: 9, zehnte: 10,
  elfte: 11, zwölfte: 12, zwanzigste: 20, hundertste: 100, tausendste: 1000,
};
const SP = '[ \\t\\u00a0\\u202f]';
const DE_SHARE_PATTERN = `jede[mnrs]?${SP}+(?:${Object.keys(DE_SHARE_ORDINALS).join('|')})[mnrs]?`;
const EN_WORD_PATTERN =
  `(?:${EN_WORDS})(?:(?:${SP}+(?:and${SP}+(?:a${SP}+)?)?|-)(?:${EN_WORDS}|${EN_FRACTION_WORDS}))*`;

/*
 * The leading `(?=[…])` lists the first letters of all number words: it lets
 * V8 reject most positions by one character test before the lookbehind runs.
 * Word boundaries as explicit Latin letter classes: the regexes run without
 * the `u` flag, which is several times faster in V8. Letters outside Latin
 * (Cyrillic, Greek) next to a number word are rare enough in German and
 * English news; the local checks see them anyway.
 */
const LAT = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';
/** Words after which "ein/eine/null/one/zero" can be a figure (units, scales, fractions, range words). */
function followAlternation(lang: Lang): string {
  const words = new Set<string>();
  for (const k of UNIT_WORDS) if (/^[a-zäöüß]+$/.test(k)) words.add(k);
  const extra = lang === 'de'
    ? [...Object.keys(DE_SCALES), ...Object.keys(DE_FRACTIONS), 'bis', 'und', 'schweizer', 'britische', 'türkische']
    : [...Object.keys(EN_SCALES), 'half', 'third', 'quarter', 'to', 'and', 'per', 'percentage', 'square', 'swiss', 'us'];
  for (const k of extra) words.add(k);
  const alt = [...words].sort((a, b) => b.length - a.length).join('|');
  return `[%€$£°]|(?:${alt})(?![${LAT}])`;
}
const ARTICLE_GUARD: Record<Lang, string> = {
  de: `(?!und(?![${LAT}]))(?!(?:ein|eine|einen|einem|einer|eines|null)(?![${LAT}])(?!${SP}*(?:${followAlternation('de')})))`,
  en: `(?!(?:one|zero)(?![${LAT}])(?!${SP}*(?:${followAlternation('en')})))`,
};
const CORE: Record<Lang, RegExp> = {
  de: new RegExp(`(\\d)|([${FRAC_CLASS}])|(?=[abdefhjmnstvzABDEFHJMNSTVZ])(?<![${LAT}0-9\\-])(?:${ARTICLE_GUARD.de}(${DE_WORD_PATTERN})|(${DE_SHARE_PATTERN})|(hälfte))(?![${LAT}0-9])`, 'gi'),
  en: new RegExp(`(\\d)|([${FRAC_CLASS}])|(?=[bdefhmnostzBDEFHMNOSTZ])(?<![${LAT}0-9\\-])${ARTICLE_GUARD.en}(${EN_WORD_PATTERN})(?![${LAT}0-9])`, 'gi'),
};
/** The same word patterns, anchored, to read a second numeral (ranges, continuations). */
const WORD_AT: Record<Lang, RegExp> = {
  de: new RegExp(`(?:${DE_WORD_PATTERN})(?![${LAT}0-9])`, 'iy'),
  en: new RegExp(`(?:${EN_WORD_PATTERN})(?![${LAT}0-9])`, 'iy'),
};

// ------------------------------------------------------------ character classes


const LETTER_RE = /\p{L}/u;
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0xc0 && c <= 0x24f) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  return LETTER_RE.test(String.fromCharCode(c));
}
/**
 * The code at `i`, or -1 outside the text. Reading past the end with
 * charCodeAt returns NaN and deoptimises the optimised caller ("out of
 * bounds"), so the lookarounds of the hot helpers use this.
 */
function at(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}
function isUpperAt(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

// ------------------------------------------------------------ word helpers

interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** Abbreviations that keep their period when read as a word. */
const ABBREV = new Set([
  'ca', 'rd', 'mio', 'mrd', 'bio', 'tsd', 'nr', 'art', 'abs', 's', 'bd', 'tel', 'no', 'approx', 'c', 'fr', 'max',
  'min', 'mind', 'std', 'sek', 'v.h', 'vs', 'p', 'pp', 'kap', 'ziff', 'lit', 'a.m', 'p.m', 'bzw', 'sfr', 'inkl', 'zzgl',
]);

function readWordForward(text: string, pos: number): Word | null {
  const n = text.length;
  let i = pos;
  if (i >= n || !isLetter(text.charCodeAt(i))) return null;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) i++;
    else if ((c === 45 || c === 0x2011) && i + 1 < n && (isLetter(text.charCodeAt(i + 1)) || text[i + 1] === '%')) i++;
    else if (c === 46 && i + 1 < n && isLetter(text.charCodeAt(i + 1)) && i - pos <= 2 && at(text, i + 2) === 46) i++; // "v.H.", "a.m."
    else break;
  }
  let end = i;
  let w = text.slice(pos, end);
  if (at(text, end) === 46 && ABBREV.has(w.toLowerCase())) {
    end++;
  }
  w = text.slice(pos, end);
  return { start: pos, end, text: w, lower: stripDot(w.toLowerCase()) };
}

function stripDot(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/** The word after `pos`, across spaces (not line breaks). */
function nextWord(text: string, pos: number): Word | null {
  let i = pos;
  const lim = Math.min(text.length, pos + 8);
  while (i < lim && isSpace(text.charCodeAt(i))) i++;
  return readWordForward(text, i);
}

/** A tiny cache: recognising one figure asks for the same previous words several times. */
const prevCache: { text: string | null; pos: number[]; word: (Word | null)[]; next: number } = {
  text: null, pos: [-1, -1, -1, -1], word: [null, null, null, null], next: 0,
};

/** The word that ends before `pos`, across spaces (not line breaks). */
function prevWord(text: string, pos: number): Word | null {
  const c = prevCache;
  if (c.text === text) {
    for (let k = 0; k < 4; k++) if (c.pos[k] === pos) return c.word[k];
  } else {
    c.text = text;
    c.pos.fill(-1);
  }
  const w = prevWordUncached(text, pos);
  c.pos[c.next] = pos;
  c.word[c.next] = w;
  c.next = (c.next + 1) & 3;
  return w;
}

function prevWordUncached(text: string, pos: number): Word | null {
  let i = pos;
  const lim = Math.max(0, pos - 8);
  while (i > lim && isSpace(text.charCodeAt(i - 1))) i--;
  let end = i;
  if (at(text, i - 1) === 46) i--; // abbreviation period
  let j = i;
  while (j > 0 && j > i - 40) {
    const c = text.charCodeAt(j - 1);
    if (isLetter(c)) j--;
    else if ((c === 45 || c === 46) && j - 2 >= 0 && isLetter(text.charCodeAt(j - 2)) && isLetter(at(text, j))) j--;
    else break;
  }
  if (j === i) return null;
  if (j > 0 && isDigit(text.charCodeAt(j - 1))) return null;
  if (end !== i && !ABBREV.has(text.slice(j, i).toLowerCase())) end = i;
  const w = text.slice(j, end);
  return { start: j, end, text: w, lower: stripDot(w.toLowerCase()) };
}

/** True when `pos` starts a sentence, a heading or a line (looking back over spaces, quotes and brackets). */
function isSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  const lim = Math.max(-1, pos - 12);
  while (i > lim) {
    const ch = text[i];
    const c = ch.charCodeAt(0);
    if (isSpace(c) || '„“"»«‚‘\'([›‹'.includes(ch)) {
      i--;
      continue;
    }
    return '.!?:;\n\r–—•|'.includes(ch) || c === 0x2028 || c === 0x2029;
  }
  return i < 0;
}

// ------------------------------------------------------------ lexicon

/** One or two digits, a period and exactly two digits (not a German decimal, not a thousands group). */
const PERIOD_TWO_DIGITS = /^\d{1,2}\.\d\d(?!\d)/;

/** A day ordinal right before a month word ("22. " of "22. März"). */
const DAY_BEFORE_MONTH = /(?:^|[^\d.])\d{1,2}\.\s*$/;

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'january', 'february', 'march', 'may', 'june', 'july', 'october', 'december', 'mar', 'oct', 'dec',
]);

const QUALIFIERS = new Map<string, Qualifier>();
const Q = (q: Qualifier, words: string[]) => {
  for (const w of words) QUALIFIERS.set(w, q);
};
Q('approx', [
  'etwa', 'rund', 'rd', 'ca', 'circa', 'zirka', 'ungefähr', 'knapp', 'fast', 'nahezu', 'beinahe', 'annähernd', 'gut',
  'schätzungsweise', 'geschätzt', 'geschätzte', 'geschätzten', 'an die', 'um die', 'grob',
  'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'approx', 'an estimated', 'estimated',
  'close to', 'circa', 'c', 'just about', 'around about', 'rougly',
]);
Q('at-least', [
  'mindestens', 'wenigstens', 'zumindest', 'nicht weniger als', 'at least', 'no fewer than', 'no less than',
  'a minimum of', 'mind',
]);
Q('more-than', [
  'mehr als', 'über', 'mehr denn', 'weit über', 'weit mehr als', 'deutlich mehr als', 'deutlich über', 'knapp über',
  'gut über', 'etwas mehr als', 'etwas über', 'jenseits von', 'more than', 'over', 'upwards of', 'in excess of',
  'well over', 'just over', 'above', 'far more than', 'well above', 'slightly more than',
]);
Q('at-most', [
  'bis zu', 'höchstens', 'maximal', 'nicht mehr als', 'allenfalls', 'max', 'up to', 'at most', 'no more than',
  'a maximum of', 'as many as',
]);
Q('less-than', [
  'weniger als', 'unter', 'knapp unter', 'deutlich unter', 'deutlich weniger als', 'nicht einmal', 'knapp weniger als',
  'fewer than', 'less than', 'under', 'below', 'just under', 'just below', 'not even',
]);

/** Qualifiers that make a four-digit number a quantity rather than a year. */
const QUANTITY_QUALIFIERS = new Set([
  'etwa', 'rund', 'rd', 'ca', 'circa', 'zirka', 'ungefähr', 'knapp', 'fast', 'nahezu', 'beinahe', 'annähernd',
  'schätzungsweise', 'mindestens', 'wenigstens', 'mehr als', 'weniger als', 'höchstens', 'maximal', 'bis zu',
  'weit mehr als', 'deutlich mehr als', 'about', 'around', 'roughly', 'nearly', 'almost', 'approximately',
  'at least', 'more than', 'fewer than', 'less than', 'up to', 'at most', 'an estimated', 'some', 'as many as',
]);

/** Vague quantifiers before "Hundert/Tausend/hundred/thousand": "einige Tausend", "several hundred". */
const VAGUE_QUANT = new Set([
  'einige', 'mehrere', 'ein paar', 'paar', 'wenige', 'etliche', 'viele', 'several', 'a few', 'few', 'many',
]);

/** Words after which a number is an identifier, not a quantity. */
const IDENT_BEFORE = new Set([
  'paragraf', 'paragraph', 'paragrafen', 'paragraphen', '§', 'artikel', 'art', 'abs', 'absatz', 'nr', 'nummer',
  'no', 'kapitel', 'chapter', 'seite', 's', 'page', 'p', 'pp', 'band', 'bd', 'zeile', 'platz', 'rang', 'gleis', 'linie',
  'halle', 'zimmer', 'raum', 'saal', 'runde', 'folge', 'staffel', 'teil', 'part', 'section', 'article', 'version',
  'level', 'stufe', 'kategorie', 'category', 'klasse', 'jahrgang', 'baujahr', 'anno', 'kw',
  'spieltag', 'minute', 'flug', 'flight', 'route', 'tel', 'telefon', 'fax', 'hotline', 'bundesstraße', 'autobahn',
  'gate', 'terminal', 'pier', 'ziffer', 'ziff', 'lit', 'kap', 'season', 'episode', 'rule', 'resolution', 'resolutionen',
  'resolution', 'einsatzgruppe', 'gruppe', 'bus', 'tram', 'zug', 'startnummer', 'trikotnummer', 'number',
]);

/** Words before a four-digit number that mark it as a year. */
const YEAR_CUES = new Set([
  'im', 'jahr', 'jahre', 'jahren', 'seit', 'bis', 'von', 'vom', 'ab', 'anno', 'vor', 'nach', 'um', 'in', 'ende',
  'anfang', 'mitte', 'herbst', 'frühjahr', 'frühling', 'sommer', 'winter', 'since', 'until', 'by', 'year', 'of',
  'from', 'early', 'late', 'during', 'spring', 'summer', 'autumn', 'fall', 'and', 'und', 'oder', 'or', 'zwischen',
  'between', 'des', 'dem', 'frühjahrs', 'herbsts', 'sommers', 'winters', 'saison', 'wahl', 'wahlen', 'election',
]);

const DE_DETERMINERS = new Set([
  'die', 'den', 'der', 'dem', 'diese', 'dieser', 'diesen', 'alle', 'allen', 'jene', 'jenen', 'ihre', 'ihren',
  'seine', 'seinen', 'unsere', 'rund', 'etwa', 'nur', 'weitere', 'weiteren',
]);

/** Lower-case words that end the search for a counted noun (German). */
const DE_STOP = new Set([
  'und', 'oder', 'aber', 'sowie', 'bis', 'von', 'vom', 'zu', 'zum', 'zur', 'in', 'im', 'an', 'am', 'auf', 'aus',
  'bei', 'beim', 'mit', 'nach', 'seit', 'vor', 'über', 'unter', 'um', 'für', 'gegen', 'ohne', 'durch', 'als', 'wie',
  'pro', 'je', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein',
  'seien', 'sind', 'ist', 'war', 'waren', 'wurden', 'werden', 'worden', 'wurde', 'haben', 'hatten', 'hätten', 'hatte',
  'sollen', 'sollten', 'soll', 'könnten', 'können', 'müssen', 'mussten', 'sei', 'wäre', 'wären', 'hat', 'habe',
  'nicht', 'noch', 'schon', 'auch', 'nur', 'mehr', 'weniger', 'bereits', 'davon', 'dafür', 'dabei', 'damit', 'aber',
  'darunter', 'insgesamt', 'jeweils', 'allein', 'alle', 'sich', 'es', 'er', 'sie', 'wir', 'ihr', 'man', 'so', 'immer',
  'wieder', 'gestern', 'heute', 'morgen', 'zufolge', 'laut', 'hinter', 'neben', 'zwischen', 'wegen', 'trotz', 'innen',
  'oben', 'unten', 'jedoch', 'denn', 'dass', 'wenn', 'weil', 'ob', 'sondern', 'hier', 'dort',
  'kamen', 'gingen', 'starben', 'fielen', 'stiegen', 'lagen', 'blieben', 'gaben', 'gegeben', 'sagten', 'zählen',
  'jährlich', 'täglich', 'monatlich', 'pro', 'ihrer', 'seiner', 'deren', 'dessen', 'welche', 'diese', 'dieser',
  'aller', 'einzelne', 'beiden', 'beziehungsweise', 'bzw', 'respektive', 'jeweilige', 'eigenen', 'selbst', 'etwa', 'rund', 'ca', 'mal',
  // finite verbs and auxiliaries that end like adjectives
  'werde', 'würde', 'würden', 'hätte', 'könne', 'könnte', 'müsse', 'müsste', 'müssten', 'solle', 'wolle', 'wollen',
  'wollte', 'wollten', 'dürfe', 'dürfen', 'dürfte', 'dürften', 'konnte', 'konnten', 'musste', 'sollte', 'gebe',
  'gehen', 'kommen', 'stehen', 'liegen', 'bleiben', 'sehen', 'machen', 'geben', 'lassen', 'gewesen', 'geworden',
  'erhalten', 'verloren', 'beträgt', 'betragen', 'seither', 'bisher', 'später', 'früher', 'jeder', 'jede', 'jedes',
]);
/** Adverbs that may stand between a number and its noun ("30 schwer verletzte Menschen"). */
const DE_ADVERBS = new Set([
  'schwer', 'leicht', 'lebensgefährlich', 'teils', 'tödlich', 'neu', 'zusätzlich', 'frisch', 'knapp', 'bewaffnet',
]);

const EN_STOP = new Set([
  'of', 'in', 'to', 'at', 'from', 'on', 'for', 'by', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'than', 'who',
  'that', 'which', 'were', 'was', 'is', 'are', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could', 'should',
  'may', 'might', 'said', 'says', 'per', 'each', 'more', 'less', 'as', 'ago', 'before', 'after', 'since', 'this',
  'these', 'those', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'it', 'they', 'we', 'he', 'she', 'you', 'i',
  'not', 'no', 'so', 'if', 'when', 'while', 'where', 'out', 'up', 'down', 'over', 'under', 'into', 'about', 'between',
  'last', 'next', 'earlier', 'later', 'did', 'do', 'does', 'also', 'still', 'only', 'just', 'there', 'here', 'then',
  'now', 'according', 'other', 'others', 'all', 'both', 'times', 'a.m', 'p.m', 'am', 'pm', 'yesterday', 'today',
  'tomorrow', 'against', 'among', 'across', 'during', 'without', 'within', 'through', 'toward', 'towards', 'around',
  'left', 'died', 'killed', 'injured', 'wounded', 'dead',
  // irregular participles
  'sent', 'sold', 'held', 'built', 'lost', 'taken', 'given', 'made', 'seen', 'brought', 'caught', 'found', 'kept',
  'put', 'set', 'shot', 'paid', 'flown', 'fought', 'thrown', 'driven', 'hit', 'hurt', 'went', 'came', 'fled', 'won',
]);
const EN_IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'aircraft', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria', 'phenomena']);

const EN_CHANGE_VERBS = new Set([
  'rose', 'fell', 'grew', 'rise', 'fall', 'grow', 'went', 'jumped', 'dropped', 'climbed', 'increased', 'decreased',
  'declined', 'surged', 'soared', 'slipped', 'plunged', 'cut', 'raised', 'reduced', 'lowered', 'up', 'down', 'moved',
  'changed', 'shrank', 'doubled', 'tripled', 'widened', 'narrowed', 'swung', 'leapt', 'leaped', 'tumbled',
]);

/** English scale abbreviations after a number ("5bn", "$2.5m"): value, and whether money is required. */
const EN_SCALE_ABBR: Record<string, [number, boolean]> = {
  bn: [1e9, false], mn: [1e6, false], mln: [1e6, false], bln: [1e9, false], tn: [1e12, false], m: [1e6, true],
  b: [1e9, true], k: [1e3, true], trn: [1e12, false],
};
const DE_SCALE_ABBR = new Set(['mio', 'mrd', 'bio', 'tsd']);

/** Dates with spaces after the periods: "16. 5. 2016", "3. 10." */
const DATE_SPACED = /\d{1,2}\.[ \u00a0]?\d{1,2}\.(?:[ \u00a0]?\d{2,4}(?!\d))?/y;
const TIME_KEYS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
const TIME_AFTER = new Set(['uhr', 'a.m', 'p.m', 'am', 'pm', "o'clock", 'gmt', 'utc', 'mez', 'mesz', 'cet', 'cest', 'bst', 'et', 'est', 'edt', 'pst', 'pdt']);

// ------------------------------------------------------------ numerals

interface Core {
  start: number;
  end: number;
  value: number;
  type: 'number' | 'indef' | 'zero' | 'scale' | 'vague';
  /** Written in digits. */
  digits: boolean;
  /** Integer in digits without any separator. */
  plainInt: boolean;
  intDigits: number;
  scaled: boolean;
  scaleFactor: number;
  fraction: boolean;
  /** A unit attached to the digits ("5km", "20%", "3-Millionen-Euro"). */
  unit: UnitHit | null;
  /** Scale needs a currency to be a scale ("$2.5m"), recorded for the caller. */
  needsMoney: boolean;
  negative: boolean;
  /** For vague and indefinite words, the qualifier they imply. */
  base: number;
  /** The unit comes from a compound ending ("33-jährige", "fünfmal"): no scale or fraction may follow. */
  affix: boolean;
  /** "Hälfte": a share only after a determiner ("die Hälfte", "zur Hälfte"). */
  half: boolean;
}

interface UnitHit {
  start: number;
  end: number;
  unit: string;
  key: string | null;
  kind: FigureKind;
  /** A counted noun (not a unit). */
  noun: boolean;
}

type Read = Core | { skip: number };

function isSkip(r: Read): r is { skip: number } {
  return (r as { skip: number }).skip !== undefined;
}

/** End of the non-space token that contains `pos`. */
function tokenEnd(text: string, pos: number): number {
  let i = pos;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Skip a phone-like run: digits and single separators (space, /, -, .) between digit groups. */
function phoneEnd(text: string, pos: number): number {
  let i = pos;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) i++;
    else if ((isSpace(c) || c === 47 || c === 45 || c === 46 || c === 41 || c === 40) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

function mkCore(start: number, end: number, value: number, type: Core['type'], digits: boolean): Core {
  return {
    start, end, value, type, digits, plainInt: false, intDigits: 0, scaled: false, scaleFactor: 1, fraction: false,
    unit: null, needsMoney: false, negative: false, base: 1, affix: false, half: false,
  };
}

// Fix the field representations of Core at load: the first object gets doubles, so that a
// value like 1.5 or 1e12 after many small integers does not change the map (and deoptimise).
{
  const warm = mkCore(0, 0, 0.5, 'number', false);
  warm.base = 0.5;
  warm.scaleFactor = 0.5;
}

// ------------------------------------------------------------ compound endings

const AGE_UNIT: Record<Lang, string> = { de: 'Jahre', en: 'years' };
/** unitKey of ages ("33-jährige", "(41)", "aged 33"): not "year", so that an age never matches a duration. */
const AGE_KEY = 'age';

const DE_AFFIX_RE = /(jährig|tägig|wöchig|monatig|stündig|minütig|prozentig)(?:e|en|em|er|es)?$|mal$/;
const DE_AFFIX_UNIT: Record<string, [string, string, FigureKind]> = {
  jährig: ['Jahre', 'year', 'measure'], tägig: ['Tage', 'day', 'measure'], wöchig: ['Wochen', 'week', 'measure'],
  monatig: ['Monate', 'month', 'measure'], stündig: ['Stunden', 'hour', 'measure'],
  minütig: ['Minuten', 'minute', 'measure'], prozentig: ['Prozent', 'percent', 'percent'], mal: ['mal', 'times', 'count'],
};
const EN_AFFIX_RE = /^(year|day|week|month|hour|minute)s?(?:-(old|olds|long))?$/;

/**
 * Nouns that a "-jährige" adjective makes a duration of, not an age ("eine
 * dreijährige Haftstrafe", "das 100-jährige Bestehen"): by their ending.
 */
const DURATION_NOUN_RE =
  /(?:zeit|periode|phase|frist|pause|haft|strafe|dauer|programm|plan|vertrag|krieg|ung|heit|keit|schaft|jubiläum|bestehen|geschichte|tradition|studie|projekt|mandat|sperre|verbot|aufenthalt|reise|mission|einsatz|zyklus|prozess|verfahren|abkommen|kampagne|karriere|ehe|beziehung|partnerschaft|amtszeit|kredit|anleihe|garantie|zins|laufzeit|moratorium|lehre|studium)(?:e|en|n|s|es)?$/;

/** True when a figure with a compound ending is an age ("ein 33-jähriger Polizist", "die Zehnjährige"). */
function isAgeAt(text: string, wordEnd: number): boolean {
  const nw = nextWord(text, wordEnd);
  if (!nw || !isUpperAt(text, nw.start)) return true; // nominal use, or a predicate: "der 46-Jährige sagte"
  return !DURATION_NOUN_RE.test(nw.lower);
}

/**
 * The unit a compound ending gives a numeral: `suffix` is the lower-cased
 * ending (German: glued to the number word or after the hyphen; English:
 * after the hyphen), `start..end` its span in `text`.
 */
function affixUnit(text: string, suffix: string, start: number, end: number, lang: Lang): UnitHit | null {
  if (lang === 'de') {
    const m = DE_AFFIX_RE.exec(suffix);
    if (!m || m.index !== 0) return null;
    const stem = m[1] ?? 'mal';
    const [unit, key, kind] = DE_AFFIX_UNIT[stem];
    if (stem === 'jährig' && isAgeAt(text, end)) return { start, end, unit: AGE_UNIT.de, key: AGE_KEY, kind: 'count', noun: false };
    return { start, end, unit, key, kind, noun: false };
  }
  const m = EN_AFFIX_RE.exec(suffix);
  if (!m) return null;
  if (m[1] === 'year' && (m[2] === 'old' || m[2] === 'olds')) {
    return { start, end, unit: AGE_UNIT.en, key: AGE_KEY, kind: 'count', noun: false };
  }
  if (m[2] === 'old' || m[2] === 'olds') return null; // "a three-month-old" baby: an age in months, rare
  return { start, end, unit: `${m[1]}s`, key: m[1], kind: 'measure', noun: false };
}

/** "zwei- bis dreimal", "14- bis 29-Jährige": a dangling hyphen before a range connector. */
function danglingHyphen(text: string, end: number, lang: Lang): boolean {
  const c = at(text, end);
  if (c !== 45 && c !== 0x2011) return false;
  if (!isSpace(at(text, end + 1))) return false;
  const w = nextWord(text, end + 1);
  return !!w && (lang === 'de' ? w.lower === 'bis' : w.lower === 'to');
}

const ATTACHED_UNITS = new Set([
  'km', 'm', 'cm', 'mm', 'kg', 'g', 't', 'l', 'ml', 'ha', 'km²', 'm²', 'km2', 'm2', 'qm', 'qkm', 'kw', 'mw', 'gw',
  'kwh', 'mwh', 'gwh', 'twh', 'mph', 'kmh', 'h', 'min', 'mi', 'hl',
]);

function readDigits(text: string, p: number, lang: Lang, afterDash = false): Read {
  const n = text.length;
  const pc = p > 0 && !afterDash ? text.charCodeAt(p - 1) : 32;
  let negative = false;
  if (isLetter(pc) || pc === 95) return { skip: tokenEnd(text, p) };
  if (pc === 45 || pc === 0x2212 || pc === 0x2013) {
    const ppc = p > 1 ? text.charCodeAt(p - 2) : 32;
    if (isLetter(ppc) || isDigit(ppc) || ppc === 46) return { skip: tokenEnd(text, p) };
    if (pc !== 0x2013 && (isSpace(ppc) || ppc === 40 || p === 1 || ppc === 10)) negative = true;
  } else if (pc === 47 || pc === 46 || pc === 61 || pc === 63 || pc === 38 || pc === 35 || pc === 64 || pc === 92 || pc === 58 || pc === 95 || pc === 44) {
    // "/2015/", "site.at/123", "?id=5", "#1", "@2", "\t0"
    return { skip: tokenEnd(text, p) };
  }
  // Paragraph sign, possibly with a space: "§ 218".
  {
    let k = p - 1;
    while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
    if (k >= 0 && text[k] === '§') return { skip: phoneEnd(text, p) };
  }
  const plus = pc === 43;

  let i = p;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  // Fast path: a plain integer with nothing numeric glued to it (most numbers: years, small counts).
  {
    const c = at(text, i);
    const c1 = at(text, i + 1);
    const sepNext = (c === 46 || c === 44 || c === 58 || c === 47) && isDigit(c1);
    const groupNext = i - p <= 3 && (c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) && isDigit(c1);
    const dashDate = c === 45 && i - p === 4;
    if (!sepNext && !groupNext && !dashDate && !plus && !(i - p >= 2 && text.charCodeAt(p) === 48) && !(isLetter(c) || c === 37 || c === 0x20ac || c === 36 || c === 0xa3 || c === 0xb0 || c === 45 || c === 0x2011)) {
      let v = 0;
      if (i - p <= 15) for (let k = p; k < i; k++) v = v * 10 + (text.charCodeAt(k) - 48);
      else v = +text.slice(p, i);
      const core = mkCore(p, i, v, 'number', true);
      core.plainInt = true;
      core.intDigits = i - p;
      core.negative = negative;
      return core;
    }
  }
  return readDigitsSlow(text, p, lang, i, pc, negative, plus);
}

/** Everything but plain integers: separators, dates, fractions, glued units and scales (kept apart so that the hot path stays small). */
function readDigitsSlow(text: string, p: number, lang: Lang, i: number, pc: number, negative: boolean, plus: boolean): Read {
  const n = text.length;
  const runs: [number, number][] = [[p, i]];
  const seps: string[] = [];
  let colon = false;
  let slash = false;
  let spaceGrouped = false;
  // Thin-space / space grouping: "1 234 567", "40 000".
  if (i - p <= 3) {
    while (
      i + 3 < n + 0 &&
      (text.charCodeAt(i) === 0x202f || text.charCodeAt(i) === 0xa0 || text.charCodeAt(i) === 0x2009 ||
        (lang === 'de' && text.charCodeAt(i) === 32)) &&
      isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) &&
      !isDigit(text.charCodeAt(i + 4))
    ) {
      runs.push([i + 1, i + 4]);
      seps.push(' ');
      i += 4;
      spaceGrouped = true;
    }
  }
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) {
      seps.push(c === 46 ? '.' : ',');
    } else if (c === 58 && isDigit(text.charCodeAt(i + 1))) {
      colon = true;
      seps.push(':');
    } else if (c === 47 && isDigit(text.charCodeAt(i + 1))) {
      slash = true;
      seps.push('/');
    } else break;
    const s = i + 1;
    i = s;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    runs.push([s, i]);
  }
  const blobEnd = i;
  if (colon) return { skip: tokenEnd(text, blobEnd) }; // "2:1", "21:30", "3:0-Sieg"
  if (slash) {
    if (runs.length === 2 && seps.length === 1) {
      const a = +text.slice(runs[0][0], runs[0][1]);
      const b = +text.slice(runs[1][0], runs[1][1]);
      const nc = text.charCodeAt(blobEnd);
      if (a < b && [2, 3, 4, 5, 6, 8, 10].includes(b) && pc !== 47 && nc !== 47 && !isLetter(nc)) {
        const core = mkCore(p, blobEnd, a / b, 'number', true);
        core.fraction = true;
        return core;
      }
    }
    return { skip: tokenEnd(text, blobEnd) }; // dates, seasons "2015/16", "24/7"
  }
  // ISO dates "2024-10-23".
  if (text.charCodeAt(blobEnd) === 45 && runs.length === 1 && blobEnd - p === 4 && /^-\d{1,2}-\d{1,2}/.test(text.slice(blobEnd, blobEnd + 6))) {
    return { skip: tokenEnd(text, blobEnd) };
  }
  const first = text.slice(runs[0][0], runs[0][1]);
  // Leading zero: phone numbers, codes ("0664 …", "007") — but a run of zeros is zero.
  if (first.length >= 2 && first[0] === '0' && !(seps.length === 0 && /^0+$/.test(first))) {
    if (!(seps.length > 0 && seps[0] !== ' ' && false)) return { skip: phoneEnd(text, p) };
  }
  if (plus && isSpace(text.charCodeAt(blobEnd)) && isDigit(text.charCodeAt(blobEnd + 1))) {
    return { skip: phoneEnd(text, p) };
  }
  // Resolve the value.
  let value: number;
  let plainInt = false;
  const digitsOf = (k: number) => text.slice(runs[k][0], runs[k][1]);
  if (seps.length === 0) {
    value = +first;
    plainInt = true;
  } else {
    const nonSpace = seps.filter((s) => s !== ' ');
    if (spaceGrouped) {
      if (nonSpace.length > 1) return { skip: tokenEnd(text, blobEnd) };
      let int = '';
      let k = 0;
      for (; k < runs.length && (k === 0 || seps[k - 1] === ' '); k++) int += digitsOf(k);
      value = +int;
      if (k < runs.length) value = +(int + '.' + digitsOf(k));
      else plainInt = false;
    } else {
      const last = seps[seps.length - 1];
      const allSame = seps.every((s) => s === last);
      const groupsOk = (upto: number) => {
        if (runs[0][1] - runs[0][0] > 3) return false;
        for (let k = 1; k <= upto; k++) if (runs[k][1] - runs[k][0] !== 3) return false;
        return true;
      };
      if (allSame && seps.length >= 2) {
        if (!groupsOk(runs.length - 1)) return { skip: tokenEnd(text, blobEnd) }; // "3.10.2024", "1.2.3"
        value = +runs.map((r) => text.slice(r[0], r[1])).join('');
      } else if (allSame) {
        const L = runs[1][1] - runs[1][0];
        let grouping: boolean;
        if (last === '.') grouping = lang === 'de' && L === 3 && groupsOk(1);
        else grouping = lang === 'en' && L === 3 && groupsOk(1);
        // German dates "3.10." and clock times "21.00 Uhr".
        if (last === '.' && !grouping && lang === 'de') {
          const a = +first;
          const b = +digitsOf(1);
          if (text.charCodeAt(blobEnd) === 46 && L <= 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12) return { skip: blobEnd + 1 };
        }
        value = grouping ? +(first + digitsOf(1)) : +(first + '.' + digitsOf(1));
      } else {
        // Mixed: the last separator is the decimal mark, the others group thousands.
        if (seps.slice(0, -1).some((s) => s === last) || !groupsOk(runs.length - 2)) return { skip: tokenEnd(text, blobEnd) };
        value = +(runs.slice(0, -1).map((r) => text.slice(r[0], r[1])).join('') + '.' + digitsOf(runs.length - 1));
      }
    }
  }
  if (!isFinite(value)) return { skip: blobEnd };
  const core = mkCore(p, blobEnd, value, 'number', true);
  core.plainInt = plainInt;
  core.intDigits = first.length;
  core.negative = negative;
  // What is glued to the digits.
  const nc = text.charCodeAt(blobEnd);
  if (nc === 37) {
    // "18%", "3%-Punkte"
    if (/^%-?punkte?n?/i.test(text.slice(blobEnd, blobEnd + 10))) {
      const e = blobEnd + /^%-?punkte?n?/i.exec(text.slice(blobEnd, blobEnd + 10))![0].length;
      core.unit = { start: blobEnd, end: e, unit: text.slice(blobEnd, e), key: 'pp', kind: 'percentage-points', noun: false };
    } else core.unit = { start: blobEnd, end: blobEnd + 1, unit: '%', key: 'percent', kind: 'percent', noun: false };
  } else if (nc === 0x20ac || nc === 36 || nc === 0xa3) {
    const sym = text[blobEnd];
    core.unit = { start: blobEnd, end: blobEnd + 1, unit: sym, key: CURRENCY_PREFIX.get(sym)!, kind: 'money', noun: false };
  } else if (nc === 0xb0) {
    const e = text[blobEnd + 1] === 'C' || text[blobEnd + 1] === 'F' ? blobEnd + 2 : blobEnd + 1;
    core.unit = { start: blobEnd, end: e, unit: text.slice(blobEnd, e), key: 'deg', kind: 'measure', noun: false };
  } else if (isLetter(nc)) {
    let e = blobEnd;
    while (e < n && (isLetter(text.charCodeAt(e)) || text[e] === '²' || text[e] === '³')) e++;
    if (text[e] === '/' && text[e + 1] === 'h') e += 2;
    const tok = text.slice(blobEnd, e);
    const lower = tok.toLowerCase();
    if (isLetter(text.charCodeAt(e)) || isDigit(text.charCodeAt(e))) return { skip: tokenEnd(text, e) };
    if (lower in EN_SCALE_ABBR && (lang === 'en' || lower === 'bn' || lower === 'mn')) {
      const [f, money] = EN_SCALE_ABBR[lower];
      if (money && !(lower === 'm' && false)) core.needsMoney = true;
      core.value *= f;
      core.scaled = true;
      core.scaleFactor = f;
      core.end = e;
    } else if (DE_SCALE_ABBR.has(lower) && lang === 'de') {
      const f = DE_SCALES[lower];
      core.value *= f;
      core.scaled = true;
      core.scaleFactor = f;
      core.end = text[e] === '.' ? e + 1 : e;
    } else if (lang === 'de' && (lower.endsWith('mal') || lower.includes('ig')) && affixUnit(text, lower, blobEnd, e, lang)) {
      // "33jährige", "5mal"
      core.unit = affixUnit(text, lower, blobEnd, e, lang);
      core.affix = true;
    } else if (ATTACHED_UNITS.has(lower) || lower === 'km/h') {
      const u = lookupUnit(lower === 'h' ? 'std' : lower);
      if (!u) return { skip: tokenEnd(text, e) };
      core.unit = { start: blobEnd, end: e, unit: tok, key: u.key, kind: u.kind, noun: false };
    } else {
      return { skip: tokenEnd(text, e) }; // "1990er", "3D", "5G", "3rd", "10am"
    }
  } else if ((nc === 45 || nc === 0x2011) && isLetter(text.charCodeAt(blobEnd + 1))) {
    // "500-Millionen-Euro-Paket", "20-jährige", "10-Punkte-Plan", "5-year"
    const w = readWordForward(text, blobEnd + 1);
    if (!w) return { skip: tokenEnd(text, blobEnd) };
    const parts = w.lower.split('-');
    const sc = DE_SCALES[parts[0]] ?? (lang === 'en' ? EN_SCALES[parts[0]] : undefined);
    if (sc && sc >= 1e3) {
      core.value *= sc;
      core.scaled = true;
      core.scaleFactor = sc;
      let e = blobEnd + 1 + parts[0].length;
      if (parts.length > 1) {
        const u = lookupUnit(parts[1]);
        if (u && u.kind === 'money') {
          core.unit = { start: e + 1, end: e + 1 + parts[1].length, unit: text.slice(e + 1, e + 1 + parts[1].length), key: u.key, kind: 'money', noun: false };
          e = e + 1 + parts[1].length;
        }
      }
      core.end = e;
      core.unit = core.unit ?? null;
      // The rest of the compound ("-Paket") is not part of the figure.
      return core;
    }
    // A unit first in a compound: "25-Kilometer-Zaun", "20-Prozent-Quote", "5-Euro-Schein" (the rest is not the figure).
    if (parts.length > 1 && lang === 'de') {
      const u = lookupUnit(parts[0]);
      if (u && u.kind !== 'count') {
        const e = blobEnd + 1 + parts[0].length;
        core.unit = { start: blobEnd + 1, end: e, unit: text.slice(blobEnd + 1, e), key: u.key, kind: u.kind, noun: false };
        core.end = e;
        return core;
      }
    }
    // "33-jährige", "46-Jährige", "3-tägige", "5-mal", "10-year-old", "five-day"
    const af = affixUnit(text, w.lower, w.start, w.end, lang);
    if (af) {
      core.unit = af;
      core.affix = true;
      return core;
    }
    return { skip: w.end };
  }
  return core;
}

/** Read a number word at `p` (the regex matched `word`). */
function readWord(text: string, p: number, word: string, lang: Lang): Read {
  const end = p + word.length;
  const after = text.charCodeAt(end);
  // Compounds with a hyphen: "Zwei-Staaten-Lösung", "three-year" — except "zwei- bis drei…" and "ten-year-old".
  let enAffix: UnitHit | null = null;
  if ((after === 45 || after === 0x2011) && (isLetter(text.charCodeAt(end + 1)) || isSpace(text.charCodeAt(end + 1)))) {
    if (isLetter(text.charCodeAt(end + 1))) {
      const w = lang === 'en' ? readWordForward(text, end + 1) : null;
      enAffix = w ? affixUnit(text, w.lower, w.start, w.end, lang) : null;
      if (!enAffix) return { skip: tokenEnd(text, end) };
    } else if (!danglingHyphen(text, end, lang)) return { skip: tokenEnd(text, end) };
  }
  if (lang === 'de') {
    const lower = word.toLowerCase();
    let affix: UnitHit | null = null;
    const last = lower.charCodeAt(lower.length - 1);
    if ((last === 108 || last === 103 || last === 101 || last === 110 || last === 114 || last === 115 || last === 109) && lower.length > 5) {
      // "…mal", "…jährig(e|en|er|es|em)": split the ending off
      const am = DE_AFFIX_RE.exec(lower);
      if (am) {
        const numPart = lower.slice(0, am.index);
        const nv = parseGermanWord(numPart);
        // "einmal" is an adverb ("noch einmal"), not a count; "einjährig" counts
        if (!nv || nv.type === 'vague' || nv.type === 'zero' || (nv.type === 'indef' && !am[1])) return { skip: end };
        // "der Dreißigjährige Krieg": a capitalised compound before a noun is a name
        if (isUpperAt(text, p) && !isSentenceStart(text, p)) {
          const nw = nextWord(text, end);
          if (!am[1] || (nw && isUpperAt(text, nw.start))) return { skip: end };
        }
        affix = affixUnit(text, lower.slice(am.index), p + am.index, end, lang);
        if (!affix) return { skip: end };
        const core = mkCore(p, end, nv.value, 'number', false);
        core.unit = affix;
        core.affix = true;
        return core;
      }
    }
    const wn = parseGermanWord(lower);
    if (!wn) return { skip: end };
    if ((wn.type === 'indef' || wn.type === 'zero') && !indefCanCount(text, end, 'de')) return { skip: end };
    const cap = isUpperAt(text, p);
    if (cap && !isSentenceStart(text, p)) {
      // Nouns may be capitalised ("Tausende", "Dutzend", "Millionen"), numerals may not ("die Elf", "Claudia Tausend").
      const nounish = wn.type === 'vague' || wn.type === 'scale';
      if (!nounish) {
        const pw = prevWord(text, p);
        const okPrev = pw && (pw.lower === 'ein' || pw.lower === 'einige' || pw.lower === 'mehrere' || pw.lower === 'paar' || pw.lower === 'wenige');
        if (!((lower === 'hundert' || lower === 'tausend') && okPrev)) return { skip: end };
      }
    }
    const core = mkCore(p, end, wn.value, wn.type, false);
    core.fraction = wn.fraction;
    core.base = wn.base;
    return core;
  }
  const pe = parseEnglish(word);
  if (!pe) return { skip: end };
  if ((pe.type === 'indef' || pe.type === 'zero') && !indefCanCount(text, p + pe.length, 'en')) return { skip: p + pe.length };
  if (enAffix && pe.length !== word.length) return { skip: tokenEnd(text, end) };
  const cap = isUpperAt(text, p);
  if (cap && !isSentenceStart(text, p)) {
    // Title case headlines keep their numbers: "Police Say Two Killed".
    const pw = prevWord(text, p);
    const nw = nextWord(text, p + pe.length);
    const title = pw && isUpperAt(text, pw.start) && nw && isUpperAt(text, nw.start);
    if (!title) return { skip: p + pe.length };
  }
  const core = mkCore(p, p + pe.length, pe.value, enAffix ? 'number' : pe.type, false);
  core.fraction = pe.fraction;
  core.base = pe.base;
  if (enAffix) {
    core.unit = enAffix;
    core.affix = true;
  }
  return core;
}

/**
 * Cheap pre-check for "ein/eine/one/null/zero": only a unit, scale, fraction
 * or range connector after it can make it a figure.
 */
function indefCanCount(text: string, end: number, lang: Lang): boolean {
  let j = end;
  while (j < text.length && j < end + 4 && isSpace(text.charCodeAt(j))) j++;
  const ch = text[j];
  if (ch === '%' || ch === '€' || ch === '$' || ch === '£' || ch === '°') return true;
  const w = readWordForward(text, j);
  if (!w) return false;
  const l = w.lower;
  if (lang === 'de') {
    return l in DE_FRACTIONS || l in DE_SCALES || l === 'bis' || l === 'und' || lookupUnit(l) !== undefined ||
      l === 'schweizer' || l === 'britische' || l === 'türkische';
  }
  return l in EN_SCALES || l === 'to' || l === 'and' || l === 'and' || l === 'half' || l === 'third' || l === 'quarter' ||
    lookupUnit(l) !== undefined || l === 'per' || l === 'percentage' || l === 'square' || l === 'swiss' || l === 'us';
}

function readCoreAt(text: string, p: number, lang: Lang, afterDash = false): Read | null {
  const c = text.charCodeAt(p);
  if (isDigit(c)) return readDigits(text, p, lang, afterDash);
  const ch = text[p];
  if (ch in FRACTION_CHARS) {
    const core = mkCore(p, p + 1, FRACTION_CHARS[ch], 'number', true);
    core.fraction = true;
    return core;
  }
  if (!isLetter(c)) return null;
  const re = WORD_AT[lang];
  re.lastIndex = p;
  const m = re.exec(text);
  if (!m) return null;
  return readWord(text, p, m[0], lang);
}

/** Fractions, "Komma" decimals, scale words and German continuations after a numeral. */
function extend(text: string, core: Core, lang: Lang): void {
  if (core.type === 'vague' || core.affix) return;
  let e = core.end;
  if (lang === 'de') {
    let w = nextWord(text, e);
    // "zwei Komma drei"
    if (w && w.lower === 'komma' && !core.digits && core.type === 'number') {
      const d = nextWord(text, w.end);
      const dv = d ? parseGermanWord(d.lower) : null;
      if (d && dv && (dv.type === 'number' || dv.type === 'zero') && dv.value < 10 && Number.isInteger(dv.value)) {
        core.value = +(`${core.value}.${dv.value}`);
        e = d.end;
        w = nextWord(text, e);
      }
    }
    // "fünf und drei Viertel", "sechs und zwei Drittel"
    if (w && w.lower === 'und' && core.type === 'number' && !core.fraction) {
      const a = nextWord(text, w.end);
      const b = a ? nextWord(text, a.end) : null;
      const av = a ? parseGermanWord(a.lower) : null;
      if (a && b && av && (av.type === 'number' || av.type === 'indef') && b.lower in DE_FRACTIONS) {
        core.value += av.value / DE_FRACTIONS[b.lower];
        core.fraction = true;
        e = b.end;
        w = nextWord(text, e);
      }
    }
    // "zwei Drittel", "drei halbe", "ein halbes", "eine halbe Million"
    if (w && w.lower in DE_FRACTIONS && !core.fraction && core.type !== 'scale') {
      const d = DE_FRACTIONS[w.lower];
      core.value = core.value / d;
      core.fraction = true;
      if (core.type === 'indef' || core.type === 'zero') core.type = 'number';
      e = w.end;
      w = nextWord(text, e);
    }
    // Scales: "1,5 Millionen", "3 Mio.", "2 Mrd.", "fünf Dutzend", "3 Tausend".
    if (w && w.lower in DE_SCALES && core.type !== 'scale' && !core.scaled) {
      const f = DE_SCALES[w.lower];
      const singular = w.lower === 'million' || w.lower === 'milliarde' || w.lower === 'billion';
      const okHundred = f !== 100 || !core.digits;
      if (okHundred && !(f === 100 && core.value >= 100) && !(f === 1000 && !core.digits && core.value >= 1000)) {
        // "zwei Million" would be odd but harmless; "eine Millionen" too.
        void singular;
        core.value *= f;
        core.scaled = true;
        core.scaleFactor = f;
        if (core.type === 'indef') core.type = 'number';
        e = w.end;
        // "zwei Millionen eintausendeinhundertfünfzig"
        if (!core.digits && f >= 1e6) {
          const c2 = nextWord(text, e);
          const v2 = c2 ? parseGermanWord(c2.lower) : null;
          if (c2 && v2 && v2.type === 'number' && !v2.fraction && v2.value < f && !isUpperAt(text, c2.start)) {
            core.value += v2.value;
            e = c2.end;
          }
        }
      }
    }
  } else {
    const w = nextWord(text, e);
    if (w && core.digits && !core.scaled) {
      const f = EN_SCALES[w.lower];
      if (f && f >= 1000) {
        core.value *= f;
        core.scaled = true;
        core.scaleFactor = f;
        e = w.end;
      } else if (w.lower in EN_SCALE_ABBR && !EN_SCALE_ABBR[w.lower][1]) {
        const f2 = EN_SCALE_ABBR[w.lower][0];
        core.value *= f2;
        core.scaled = true;
        core.scaleFactor = f2;
        e = w.end;
      }
    }
  }
  core.end = e;
}

// ------------------------------------------------------------ units and nouns

function adjectiveLike(lower: string): boolean {
  if (DE_STOP.has(lower)) return false;
  if (DE_ADVERBS.has(lower)) return true;
  return lower.length >= 3 && /(?:e|en|er|es|em)$/.test(lower);
}

/** Adjective endings hardly ever used as nouns: "Aktuelle", "Offizielle", "Europäische", "Religiöse" (not "Teller", "Fische", "Quellen"). */
const CAP_ADJ_RE = /(?:[a-zäöü]{2}isch|[iunrm]ell|iös)(?:e|en|er|es|em)$/;

function unitAfter(text: string, pos: number, lang: Lang, allowOf: boolean): UnitHit | null {
  const n = text.length;
  let j = pos;
  while (j < n && j < pos + 4 && isSpace(text.charCodeAt(j))) j++;
  const ch = text[j];
  if (ch === '%') {
    const m = /^%-?punkte?n?/i.exec(text.slice(j, j + 10));
    if (m) return { start: j, end: j + m[0].length, unit: m[0], key: 'pp', kind: 'percentage-points', noun: false };
    return { start: j, end: j + 1, unit: '%', key: 'percent', kind: 'percent', noun: false };
  }
  if (ch === '€' || ch === '$' || ch === '£' || ch === '¥') {
    return { start: j, end: j + 1, unit: ch, key: CURRENCY_PREFIX.get(ch)!, kind: 'money', noun: false };
  }
  if (ch === '°') {
    const e = text[j + 1] === 'C' || text[j + 1] === 'F' ? j + 2 : j + 1;
    return { start: j, end: e, unit: text.slice(j, e), key: 'deg', kind: 'measure', noun: false };
  }
  let w = readWordForward(text, j);
  if (!w) return null;
  if (allowOf && (w.lower === 'von' || w.lower === 'of')) {
    const w2 = nextWord(text, w.end);
    if (w2) w = w2;
  }
  // Two-word units: "per cent", "percentage points", "Schweizer Franken", "Grad Celsius", "square kilometres".
  const w2 = nextWord(text, w.end);
  if (w2) {
    const two = `${w.lower} ${w2.lower}`;
    const u2 = lookupUnit(two);
    if (u2) return { start: w.start, end: w2.end, unit: text.slice(w.start, w2.end), key: u2.key, kind: u2.kind, noun: false };
  }
  if (w.lower === 'km' && text[w.end] === '/' && text[w.end + 1] === 'h') {
    return { start: w.start, end: w.end + 2, unit: 'km/h', key: 'km/h', kind: 'measure', noun: false };
  }
  const u = lookupUnit(w.lower);
  if (u && !(w.lower.length <= 2 && isUpperAt(text, w.start) && w.text.length === 1 && lang === 'en')) {
    // Single-letter units are lower-case in running text ("5 m", "3 t"); "5 T-Shirts" is not a unit.
    if (w.lower.length > 1 || !isUpperAt(text, w.start)) {
      return { start: w.start, end: w.end, unit: w.text, key: u.key, kind: u.kind, noun: false };
    }
  }
  if (lang === 'de') {
    let cur: Word | null = w;
    for (let k = 0; k < 3 && cur; k++) {
      if (isUpperAt(text, cur.start)) {
        if (MONTHS.has(cur.lower) || cur.lower === 'uhr') return null;
        // Capitalised hyphenated adjective: "US-amerikanische".
        const dash = cur.text.lastIndexOf('-');
        if (dash > 0 && /^\p{Ll}/u.test(cur.text.slice(dash + 1)) && adjectiveLike(cur.lower) && k < 2) {
          cur = nextWord(text, cur.end);
          continue;
        }
        if (cur.text.length < 2) return null;
        // "elf Aktuelle Stunden", "drei Europäische Räte": a capitalised adjective right before its noun
        if (k < 2 && CAP_ADJ_RE.test(cur.lower) && !cur.lower.startsWith('quell')) {
          const nx = nextWord(text, cur.end);
          if (nx && nx.start <= cur.end + 2 && isUpperAt(text, nx.start) && !MONTHS.has(nx.lower) && nx.text.length > 1) {
            // the pair is the noun ("Aktuelle Stunden" are debates, not hours)
            const phrase = text.slice(cur.start, nx.end);
            const key = normaliseUnit(phrase, 'de');
            return { start: cur.start, end: nx.end, unit: phrase, key, kind: 'count', noun: true };
          }
        }
        const key = normaliseUnit(cur.text, 'de');
        return { start: cur.start, end: cur.end, unit: cur.text, key, kind: kindOfKey(key), noun: true };
      }
      if (k >= 2 || !adjectiveLike(cur.lower)) break;
      cur = nextWord(text, cur.end);
    }
  } else {
    let cur: Word | null = w;
    let cand: Word | null = null;
    for (let k = 0; k < 3 && cur; k++) {
      const lw = cur.lower;
      if (k > 0 && EN_STOP.has(lw)) break;
      const syn = synonymKey(lw);
      if (syn && !isUpperAt(text, cur.start)) {
        if (k === 0 || !/(?:ed)$/.test(lw)) {
          return { start: cur.start, end: cur.end, unit: cur.text, key: syn, kind: 'count', noun: true };
        }
        break;
      }
      if (EN_STOP.has(lw)) break;
      if (isUpperAt(text, cur.start)) {
        cand = null;
        cur = nextWord(text, cur.end);
        continue;
      }
      if (/ing$/.test(lw) && k < 2) {
        // "training sites", "opposing forces": a modifier, the noun follows
        cur = nextWord(text, cur.end);
        continue;
      }
      if (/(?:ly|ing|ed)$/.test(lw) && !EN_IRREGULAR_PLURALS.has(lw)) {
        cand = null;
        break;
      }
      if (EN_IRREGULAR_PLURALS.has(lw) || (/s$/.test(lw) && !/(?:ss|us|is)$/.test(lw) && lw.length > 2)) {
        const key = normaliseUnit(cur.text, 'en');
        return { start: cur.start, end: cur.end, unit: cur.text, key, kind: kindOfKey(key), noun: true };
      }
      cand = cur;
      const nx = nextWord(text, cur.end);
      if (!nx || EN_STOP.has(nx.lower)) break;
      cur = nx;
    }
    if (cand) {
      const key = normaliseUnit(cand.text, 'en');
      return { start: cand.start, end: cand.end, unit: cand.text, key, kind: kindOfKey(key), noun: true };
    }
    return null;
  }
  // No noun: a participle or adjective with a synonym ("mehr als 90 verletzt", "12 getötet").
  const syn = synonymKey(w.lower);
  if (syn && !isUpperAt(text, w.start)) return { start: w.start, end: w.end, unit: w.text, key: syn, kind: 'count', noun: true };
  return null;
}

// ------------------------------------------------------------ the scanner

interface Lookback {
  start: number;
  qualifier: Qualifier | null;
  qualWords: string | null;
}

/** The qualifier phrase (up to three words) that ends right before `pos`, not reaching before `floor`. */
function qualifierBefore(text: string, pos: number, floor: number): Lookback {
  const w1 = prevWord(text, pos);
  if (!w1 || w1.start < floor) return { start: pos, qualifier: null, qualWords: null };
  const w2 = prevWord(text, w1.start);
  const w3 = w2 ? prevWord(text, w2.start) : null;
  if (w3 && w3.start >= floor && w2) {
    const k = `${w3.lower} ${w2.lower} ${w1.lower}`;
    const q = QUALIFIERS.get(k);
    if (q) return { start: w3.start, qualifier: q, qualWords: k };
  }
  if (w2 && w2.start >= floor) {
    const k = `${w2.lower} ${w1.lower}`;
    const q = QUALIFIERS.get(k);
    if (q) return { start: w2.start, qualifier: q, qualWords: k };
  }
  const q = QUALIFIERS.get(w1.lower);
  if (q) return { start: w1.start, qualifier: q, qualWords: w1.lower };
  return { start: pos, qualifier: null, qualWords: null };
}

function sortedSpans(spans: Span[] | undefined): Span[] {
  if (!spans || spans.length === 0) return [];
  return spans.slice().sort((a, b) => a.start - b.start);
}

/**
 * Find the figures in `text`. Results are sorted by start, non-overlapping,
 * `text === source.slice(start, end)`; nothing is reported inside `exclude`.
 */
export function findNumbers(text: string, lang: Lang, opts?: { exclude?: Span[] }): NumberMention[] {
  const out: NumberMention[] = [];
  const ex = sortedSpans(opts?.exclude);
  let exi = 0;
  const re = CORE[lang] ?? CORE.de;
  const L: Lang = lang === 'en' ? 'en' : 'de';
  re.lastIndex = 0;
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const p = m.index;
    if (p < floor) {
      re.lastIndex = floor;
      continue;
    }
    while (exi < ex.length && ex[exi].end <= p) exi++;
    if (exi < ex.length && ex[exi].start <= p) {
      re.lastIndex = Math.max(ex[exi].end, p + 1);
      continue;
    }
    let read: Read;
    if (m[1] !== undefined) read = readDigits(text, p, L);
    else if (m[2] !== undefined) {
      const core = mkCore(p, p + 1, FRACTION_CHARS[m[2]], 'number', true);
      core.fraction = true;
      read = core;
    } else if (m[3] !== undefined) read = readWord(text, p, m[3], L);
    else {
      // "jeder Vierte" (1/4), "die Hälfte" (1/2)
      const share = m[4] !== undefined;
      let d = 2;
      if (share) {
        let k = m[4].length;
        while (k > 0 && isLetter(m[4].charCodeAt(k - 1))) k--;
        const ord = m[4].slice(k).toLowerCase();
        d = DE_SHARE_ORDINALS[ord] ?? DE_SHARE_ORDINALS[ord.slice(0, -1)];
      }
      const core = mkCore(p, p + m[0].length, 1 / d, 'number', false);
      core.fraction = true;
      core.half = !share;
      read = core;
    }
    if (isSkip(read)) {
      re.lastIndex = Math.max(read.skip, p + 1);
      continue;
    }
    // Fast path for the most common non-figure: a year after a year cue ("im Jahr 2015", "seit 2014").
    if (read.plainInt && read.intDigits === 4 && read.value >= 1900 && read.value <= 2100 && !read.unit && !read.scaled) {
      const pw = prevWord(text, p);
      if (pw && YEAR_CUES.has(pw.lower) && !isDigit(text.charCodeAt(read.end + 1)) && !isSpace(text.charCodeAt(read.end)) ) {
        re.lastIndex = read.end;
        continue;
      }
      if (pw && YEAR_CUES.has(pw.lower) && isSpace(text.charCodeAt(read.end))) {
        const nw = nextWord(text, read.end);
        if (!nw || !(lookupUnit(nw.lower) || nw.lower in DE_SCALES || nw.lower in EN_SCALES || nw.lower === 'bis' || nw.lower === 'to')) {
          re.lastIndex = read.end;
          continue;
        }
      }
    }
    const res = recognise(text, read, L, floor);
    if (res.mention) {
      const mm = res.mention;
      let overlaps = false;
      for (let k = exi; k < ex.length && ex[k].start < mm.end; k++) {
        if (ex[k].end > mm.start) overlaps = true;
      }
      if (!overlaps) {
        out.push(mm);
        floor = mm.end;
        // "24 Israelis und ein US-Bürger": a listed "ein" counts like the figure before it
        if (mm.kind === 'count' && mm.unit !== null && mm.unitKey !== AGE_KEY && mm.qualifier !== 'range') {
          const one = listedOne(text, mm.end, L);
          if (one && !(exi < ex.length && ex[exi].start < one.end && ex.some((x) => x.start < one.end && x.end > one.start))) {
            out.push(one);
            floor = one.end;
            res.next = Math.max(res.next, one.end);
          }
        }
      }
    }
    re.lastIndex = Math.max(res.next, p + 1);
  }
  return out;
}

interface Result {
  mention: NumberMention | null;
  next: number;
}

/** "… und ein US-Bürger", "… and one American" right after a counted figure: value 1 with its noun. */
function listedOne(text: string, pos: number, lang: Lang): NumberMention | null {
  const c = nextWord(text, pos);
  if (!c || !(lang === 'de' ? c.lower === 'und' || c.lower === 'sowie' : c.lower === 'and')) return null;
  const a = nextWord(text, c.end);
  if (!a) return null;
  const l = a.lower;
  if (!(lang === 'de' ? l === 'ein' || l === 'eine' || l === 'einen' || l === 'einem' || l === 'einer' : l === 'one')) return null;
  if (indefCanCount(text, a.end, lang)) return null; // "und eine Milliarde": the scanner reads it
  const unit = unitAfter(text, a.end, lang, false);
  if (!unit || !unit.noun || TIME_KEYS.has(unit.key ?? '')) return null;
  if (lang === 'de' && !isUpperAt(text, unit.start)) return null;
  return makeMention(a.start, unit.end, text.slice(a.start, unit.end), 1, null, null, 'exact', unit.unit, unit.key, unit.kind, a.start, a.end);
}

/** The one place that builds a NumberMention (one object shape). */
function makeMention(
  start: number, end: number, text: string, value: number, low: number | null, high: number | null,
  qualifier: Qualifier, unit: string | null, unitKey: string | null, kind: FigureKind, numStart: number, numEnd: number,
): NumberMention {
  return { start, end, text, value, low, high, qualifier, unit, unitKey, kind, numStart, numEnd };
}
// Fix the field representations at load (fractions and nulls in value/low/high/unit), see mkCore.
makeMention(0, 0, '', 0.5, 0.5, 0.5, 'exact', null, null, 'count', 0, 0);
makeMention(0, 0, '', 0.5, null, null, 'exact', '', '', 'count', 0, 0);

/** Scale words alone ("a million"), vague plurals and "einige Hundert": the start of the figure, or -1 when none. */
function scalePrelude(text: string, core: Core, lang: Lang, floor: number): number {
  let start = core.start;
  // Standalone scale words and vague plurals.
  if (core.type === 'scale') {
    const pw = prevWord(text, core.start);
    const f = core.value;
    if (pw && pw.start >= floor && (pw.lower === 'a' || pw.lower === 'an' || pw.lower === 'one') && lang === 'en') {
      start = pw.start;
      const hw = prevWord(text, pw.start);
      if (hw && hw.lower === 'half' && hw.start >= floor) {
        start = hw.start;
        core.value = f / 2;
      } else core.value = f;
      core.type = 'number';
      core.scaled = true;
    } else if (pw && pw.start >= floor && VAGUE_QUANT.has(pw.lower)) {
      const p2 = prevWord(text, pw.start);
      start = p2 && p2.lower === 'a' && pw.lower === 'few' && p2.start >= floor ? p2.start : pw.start;
      core.type = 'vague';
      core.value = 2 * f;
      core.base = f;
    } else if (lang === 'de' && /(?:en|n)$/.test(text.slice(core.start, core.end).toLowerCase()) && f >= 1e6) {
      core.type = 'vague';
      core.value = 2 * f;
      core.base = f;
    } else return -1;
  } else if (!core.digits && (core.value === 100 || core.value === 1000) && core.type === 'number' && !core.fraction) {
    // "einige Hundert", "mehrere tausend", "several hundred", "a few thousand", "ein paar Hundert"
    const pw = prevWord(text, core.start);
    if (pw && pw.start >= floor) {
      const p2 = prevWord(text, pw.start);
      const two = p2 ? `${p2.lower} ${pw.lower}` : '';
      if (VAGUE_QUANT.has(two) && p2!.start >= floor) {
        start = p2!.start;
        core.type = 'vague';
      } else if (VAGUE_QUANT.has(pw.lower)) {
        start = pw.start;
        core.type = 'vague';
      } else if (lang === 'en' && (pw.lower === 'a' || pw.lower === 'one')) {
        start = pw.start;
      }
      if (core.type === 'vague') {
        core.base = core.value;
        core.value *= 2;
      }
    }
  }
  if (core.type === 'vague' && lang === 'en') {
    // "tens of thousands", "hundreds of thousands"
    const pw = prevWord(text, core.start);
    const p2 = pw ? prevWord(text, pw.start) : null;
    if (pw && p2 && pw.lower === 'of' && (p2.lower === 'tens' || p2.lower === 'hundreds') && p2.start >= floor) {
      const mul = p2.lower === 'tens' ? 10 : 100;
      core.base *= mul;
      core.value = 2 * core.base;
      start = p2.start;
    } else {
      const nw = nextWord(text, core.end);
      const n2 = nw ? nextWord(text, nw.end) : null;
      if (nw && n2 && nw.lower === 'of' && (n2.lower === 'thousands' || n2.lower === 'millions')) {
        core.base *= n2.lower === 'thousands' ? 1000 : 1e6;
        core.value = 2 * core.base;
        core.end = n2.end;
      }
    }
  }
  return start;
}

interface RangeHit {
  low: number;
  high: number;
  second: Core;
  rangeWord: Word | null;
}
/** Set by readRange when the numeral is a score ("3-0"): where to resume. */
let rangeFail = -1;

/** A range after the numeral ("10 bis 20", "zwischen 18 und 23", "10-20", "zwei- bis dreimal"), or null. */
function readRange(text: string, core: Core, lang: Lang, floor: number, start: number): RangeHit | null {
  const pw = prevWord(text, start);
  const between = !!pw && pw.start >= floor && (pw.lower === 'zwischen' || pw.lower === 'between');
  const fromW = !!pw && pw.start >= floor && (pw.lower === 'von' || pw.lower === 'from');
  let j = core.end;
  let k = j;
  while (k < text.length && k < j + 3 && isSpace(text.charCodeAt(k))) k++;
  let connEnd = -1;
  let tightDash = false;
  // (no read past the end: an out-of-bounds charCodeAt deoptimises this function)
  const c = k < text.length ? text.charCodeAt(k) : -1;
  if (k === j && danglingHyphen(text, j, lang)) {
    // "zwei- bis dreimal", "14- bis 29-Jährige"
    const w = nextWord(text, j + 1)!;
    let q = w.end;
    while (q < text.length && q < w.end + 3 && isSpace(text.charCodeAt(q))) q++;
    connEnd = q;
  } else if ((c === 45 || c === 0x2013) && !between) {
    // "10-20", "10.000 – 12.000" (a dash needs digits on both sides)
    let q = k + 1;
    while (q < text.length && q < k + 3 && isSpace(text.charCodeAt(q))) q++;
    if (core.digits && q < text.length && isDigit(text.charCodeAt(q)) && (c === 0x2013 || k === j || q > k + 1 === k > j)) {
      connEnd = q;
      tightDash = k === j && q === k + 1;
    }
  } else {
    const w = readWordForward(text, k);
    if (w) {
      const conn = between ? (lang === 'de' ? 'und' : 'and') : lang === 'de' ? 'bis' : 'to';
      if (w.lower === conn) {
        let q = w.end;
        while (q < text.length && q < w.end + 3 && isSpace(text.charCodeAt(q))) q++;
        const nw = readWordForward(text, q);
        if (!(nw && nw.lower === 'zu')) connEnd = q;
      }
    }
  }
  if (connEnd > 0) {
    const r = readCoreAt(text, connEnd, lang, tightDash);
    if (r && !isSkip(r) && (r.type === 'number' || r.type === 'zero' || (r.type === 'indef' && !r.digits))) {
      extend(text, r, lang);
      let lo = core.value;
      const hi = r.value;
      if (!core.scaled && r.scaled && lo * r.scaleFactor <= hi) lo *= r.scaleFactor;
      let change = false;
      if (fromW && lang === 'en' && pw) {
        const verb = prevWord(text, pw.start);
        if (verb && (EN_CHANGE_VERBS.has(verb.lower) || /ed$/.test(verb.lower))) change = true;
      }
      // "ein bis zwei Wochen": the indefinite counts as the lower bound of a range of numbers
      const okTypes = (r.type !== 'indef' || r.scaled) && (core.type !== 'indef' || core.scaled || r.type === 'number');
      if (tightDash && !(lo < hi)) {
        rangeFail = tokenEnd(text, connEnd); // scores "3-0", "2-1"
        return null;
      }
      if (lo < hi && !change && okTypes) {
        return { low: lo, high: hi, second: r, rangeWord: between || fromW ? pw : null };
      }
    }
  }
  return null;
}

/**
 * The checks that throw out what is not a figure: clock times, dates,
 * scores, ordinals, identifiers, years. Returns where to resume, or -1 when
 * the candidate is a figure.
 */
function notFigure(
  text: string, core: Core, lang: Lang, numStart: number, numEnd: number, end: number, unit: UnitHit | null,
  qualifier: Qualifier, qualWords: string | null, hasCurrency: boolean, rangeWord: Word | null, isRange: boolean,
  second: Core | null,
): number {
  const nextAfterNum = nextWord(text, numEnd);
  const prevOfNum = prevWord(text, numStart);
  const hasUnitKind = unit && !unit.noun;
  // Clock times: "6 Uhr", "21.00 Uhr", "6 a.m."
  if (nextAfterNum && TIME_AFTER.has(nextAfterNum.lower) && (lang === 'de' ? nextAfterNum.lower === 'uhr' : nextAfterNum.lower !== 'et' || isUpperAt(text, nextAfterNum.start))) {
    if (core.digits && !core.scaled && core.value < 25) return nextAfterNum.end;
    if (!core.digits && core.value <= 24 && lang === 'de') return nextAfterNum.end;
  }
  if (core.digits && text[core.end] === '.' && /^\.\d\d[ \u00a0]*(?:uhr|h\b)/i.test(text.slice(core.end, core.end + 10))) return core.end + 3;
  // German writes decimals with a comma: two digits after a period ("Bis 18.51, ORF 2", "Ubuntu 12.04") are a
  // clock time, a version or a date unless a unit, currency or scale makes them an amount ("2.50 Euro").
  if (lang === 'de' && core.digits && !core.scaled && !hasCurrency && !hasUnitKind && PERIOD_TWO_DIGITS.test(text.slice(core.start, core.end + 1))) {
    return core.end;
  }
  // Dates written with the month after the day without a period ("3 October"), or "October 3".
  if (core.digits && core.plainInt && core.value <= 31 && nextAfterNum && MONTHS.has(nextAfterNum.lower) && !isRange) return nextAfterNum.end;
  // German writes the day before the month: after "am 22. März" or with a unit ("ab September 16 Euro teurer")
  // the number after a month counts something.
  if (
    core.digits && core.plainInt && prevOfNum && MONTHS.has(prevOfNum.lower) && core.value <= 31 && qualifier === 'exact' && !hasCurrency &&
    !(lang === 'de' && (unit || DAY_BEFORE_MONTH.test(text.slice(Math.max(0, prevOfNum.start - 6), prevOfNum.start))))
  ) {
    return numEnd;
  }
  // Scores "2 zu 1", "zwei zu eins".
  if (lang === 'de' && nextAfterNum && nextAfterNum.lower === 'zu' && !isRange) {
    const r = readCoreAt(text, nextWord(text, nextAfterNum.end)?.start ?? -1, lang);
    if (r && !isSkip(r)) return r.end;
  }
  // German ordinals: "3. Oktober", "zum 3. Mal", "der 3. Platz" (the period right after the digits).
  if (core.digits && core.plainInt && text[core.end] === '.' && core.intDigits <= 2) {
    DATE_SPACED.lastIndex = core.start;
    const dm = DATE_SPACED.exec(text);
    if (dm) return core.start + dm[0].length;
  }
  if (lang === 'de' && core.digits && core.plainInt && text[core.end] === '.' && !isDigit(text.charCodeAt(core.end + 1)) && numEnd === core.end && !unit) {
    if (isOrdinalPeriod(text, core, prevOfNum)) return core.end + 1;
  }
  if (lang === 'de' && !core.digits && core.plainInt) {
    // not used
  }
  // Identifiers: "Paragraf 218", "Artikel 5", "Nr. 3", "Windows 10", "iPhone 15".
  if (prevOfNum && prevOfNum.end <= numStart && qualifier === 'exact' && !hasCurrency && !rangeWord) {
    const pl = prevOfNum.lower;
    // Product names in camel case are identifiers whatever follows: "iPhone 6 Plus", "eBay 3".
    const camel = /^\p{Ll}+\p{Lu}/u.test(prevOfNum.text) && core.digits && core.plainInt && !hasUnitKind;
    // "Klasse 100 Kilogramm": a measure or money unit after it makes it a quantity again.
    const measured = hasUnitKind && unit!.kind !== 'count' && !TIME_KEYS.has(unit!.key ?? '');
    if ((IDENT_BEFORE.has(pl) || camel) && !isRange && !measured) {
      let skipTo = Math.max(core.digits ? phoneEnd(text, numStart) : numEnd, numEnd);
      // "Platz fünf von sechs": the total after a rank is no figure either
      const vw = nextWord(text, skipTo);
      if (vw && (vw.lower === 'von' || vw.lower === 'of')) {
        const t = nextWord(text, vw.end);
        const r = t ? readCoreAt(text, t.start, lang) : null;
        if (r && !isSkip(r)) skipTo = r.end;
      }
      return skipTo;
    }
    if (
      core.digits && core.plainInt && !core.scaled && !hasUnitKind &&
      !(unit && unit.noun && lang === 'de' && nextAfterNum && nextAfterNum.start === unit.start) &&
      !isRange && hasUpper(prevOfNum.text) && !MONTHS.has(pl) && onlySpaces(text, prevOfNum.end, numStart) &&
      (isSentenceStart(text, prevOfNum.start)
        ? (!unit || lang === 'en') && nameAtSentenceStart(pl)
        : !(unit && lang === 'en'))
    ) {
      return numEnd;
    }
  }
  // Years.
  if (core.digits && core.plainInt && core.intDigits === 4 && core.value >= 1000 && core.value <= 2100 && !core.scaled && !hasCurrency) {
    const quantityUnit = unit && !unit.noun && unit.kind !== 'measure' ? true : unit && !unit.noun && unit.key !== 'year' && unit.key !== 'month' && unit.key !== 'day';
    const quantityQual = qualWords !== null && QUANTITY_QUALIFIERS.has(qualWords);
    let count = !!quantityUnit || quantityQual;
    if (!count && unit && unit.noun && lang === 'de') {
      const pw = prevWord(text, numStart);
      const nounDirect = nextAfterNum && nextAfterNum.start === unit.start;
      if (pw && DE_DETERMINERS.has(pw.lower) && nounDirect) count = true;
      else if (core.value < 1900 && nounDirect && !(pw && YEAR_CUES.has(pw.lower))) count = true;
      else if (nounDirect && isSentenceStart(text, numStart) && !YEAR_CUES.has(unit.unit.toLowerCase()) && !MONTHS.has(unit.unit.toLowerCase())) {
        // German puts the finite verb second: a year opening the sentence is followed by the verb
        // ("2015 kamen …"), so "2000 Menschen demonstrierten" counts people.
        const after = nextWord(text, unit.end);
        if (after && !isUpperAt(text, after.start)) count = true;
      }
    }
    if (!count && unit && unit.noun && lang === 'en' && core.value < 1900) {
      const pw = prevWord(text, numStart);
      if (!(pw && YEAR_CUES.has(pw.lower))) count = true;
    }
    if (isRange && second) {
      // "2015 bis 2020": years; "1500 bis 2000 Soldaten": counted.
      if (!count) return end;
    } else if (!count) return numEnd;
  }
  if (isRange && second && second.digits && second.plainInt && second.intDigits === 4 && second.value >= 1000 && second.value <= 2100 && !core.digits) {
    return end;
  }
  return -1;
}

function recognise(text: string, core: Core, lang: Lang, floor: number): Result {
  const fail = (next: number): Result => ({ mention: null, next });
  let start = core.start;
  let qualifier: Qualifier = 'exact';
  let qualWords: string | null = null;
  let low: number | null = null;
  let high: number | null = null;

  // Standalone scale words and vague plurals.
  if (core.type === 'scale' || core.type === 'vague' ||
    (!core.digits && (core.value === 100 || core.value === 1000) && core.type === 'number' && !core.fraction)) {
    const s0 = scalePrelude(text, core, lang, floor);
    if (s0 < 0) return fail(core.end);
    start = s0;
  }
  extend(text, core, lang);
  if (core.half) {
    // "die Hälfte", "der Hälfte", "zur Hälfte" — not "die erste Hälfte", "eine Hälfte", "Hälfte" alone
    const pw = prevWord(text, core.start);
    if (!pw || pw.start < floor || !(pw.lower === 'die' || pw.lower === 'der' || pw.lower === 'zur')) return fail(core.end);
    start = pw.start;
  }
  const numStart = core.start;
  let numEnd = core.end;
  let end = core.end;
  let unit: UnitHit | null = core.unit;

  // Ranges.
  let rangeWord: Word | null = null;
  let isRange = false;
  let second: Core | null = null;
  if (!unit && core.type !== 'vague') {
    rangeFail = -1;
    const rh = readRange(text, core, lang, floor, start);
    if (rangeFail >= 0) return fail(rangeFail);
    if (rh) {
      isRange = true;
      second = rh.second;
      low = rh.low;
      high = rh.high;
      numEnd = rh.second.end;
      end = rh.second.end;
      unit = rh.second.unit;
      rangeWord = rh.rangeWord;
    }
  }

  if (!isRange && danglingHyphen(text, core.end, lang)) return fail(core.end + 1);

  // Currency before the number ("€ 20", "$5 billion", "CHF 100", "US$ 3").
  let currency: { key: string; unit: string; start: number } | null = null;
  {
    let k = start - 1;
    while (k >= floor && k > start - 3 && isSpace(text.charCodeAt(k))) k--;
    if (k >= floor) {
      const ch = text[k];
      if (ch === '€' || ch === '$' || ch === '£' || ch === '¥') {
        let s = k;
        if (ch === '$' && text.slice(Math.max(0, k - 2), k) === 'US') s = k - 2;
        if (!isLetter(text.charCodeAt(s - 1)) || s === 0) currency = { key: CURRENCY_PREFIX.get(ch)!, unit: text.slice(s, k + 1), start: s };
      } else {
        const pw = prevWord(text, start);
        if (pw && pw.start >= floor && /^[A-Z]{3}$|^SFr$/.test(pw.text) && CURRENCY_PREFIX.has(pw.text)) {
          currency = { key: CURRENCY_PREFIX.get(pw.text)!, unit: pw.text, start: pw.start };
        }
      }
    }
  }
  if (rangeWord) start = rangeWord.start;
  if (currency) start = Math.min(start, currency.start);

  if (core.needsMoney && !currency) {
    // "5m" without a currency: metres, not millions.
    if (core.scaleFactor === 1e6 && text[core.end - 1].toLowerCase() === 'm' && !isRange) {
      core.value /= 1e6;
      core.scaled = false;
      core.scaleFactor = 1;
      unit = { start: core.end - 1, end: core.end, unit: 'm', key: 'm', kind: 'measure', noun: false };
    } else return fail(end);
  }

  // Unit or counted noun.
  if (!unit) {
    unit = unitAfter(text, end, lang, core.type === 'vague' || (core.scaled && !core.digits));
    if (unit) end = unit.end;
  } else {
    end = Math.max(end, unit.end);
    // "18%-Punkte" handled; "5 km/h" etc. handled in readDigits.
  }
  if (currency && unit && unit.kind === 'money') {
    // "$5 billion dollars"? keep the prefix currency as the unit
  }
  // Ages: "Huber (41)", "Smith, 41, said", "aged 33", "33 Jahre alt", "im Alter von 33 Jahren".
  if (!isRange && core.digits && core.plainInt && core.value >= 1 && core.value <= 120) {
    if (!unit) {
      if (ageBesideName(text, core.start, core.end) || (lang === 'en' && prevWord(text, core.start)?.lower === 'aged')) {
        unit = { start: core.end, end: core.end, unit: AGE_UNIT[lang], key: AGE_KEY, kind: 'count', noun: false };
      }
    } else if (unit.key === 'year' && !unit.noun && !core.affix) {
      const nw = nextWord(text, unit.end);
      const pw = prevWord(text, start);
      const pw2 = pw && pw.lower === 'von' ? prevWord(text, pw.start) : null;
      if ((nw && (nw.lower === 'alt' || nw.lower === 'old')) || (pw2 && pw2.lower === 'alter')) {
        unit = { start: unit.start, end: unit.end, unit: unit.unit, key: AGE_KEY, kind: 'count', noun: false };
      }
    }
  }
  // Qualifier before everything.
  if ((!isRange || !rangeWord) && core.type !== 'vague') {
    const lb = qualifierBefore(text, start, floor);
    // "um die vierjährige Tochter": "die" is the article of the age, not part of "um die"
    if (lb.qualifier && !(core.affix && (lb.qualWords === 'um die' || lb.qualWords === 'an die'))) {
      qualifier = lb.qualifier;
      qualWords = lb.qualWords;
      start = lb.start;
    }
  }
  // Trailing qualifiers: "40 Prozent und mehr", "100 Kilogramm plus", "ten or more".
  if (qualifier === 'exact' && !isRange && core.type !== 'vague') {
    const w = nextWord(text, end);
    if (w) {
      const l = w.lower;
      if (l === 'und' || l === 'oder' || l === 'or' || l === 'and') {
        const w2 = nextWord(text, w.end);
        const w3 = w2 && (w2.lower === 'mehr' || w2.lower === 'more') ? nextWord(text, w2.end) : null;
        const open = !w3 || (!isUpperAt(text, w3.start) && w3.lower !== 'als' && w3.lower !== 'than');
        if (w2 && (w2.lower === 'mehr' || w2.lower === 'more') && open && !readNumeralAfter(text, w2.end, lang)) {
          qualifier = 'at-least';
          end = w2.end;
        }
      } else if (w.text === 'plus' && !readNumeralAfter(text, w.end, lang)) {
        qualifier = 'more-than';
        end = w.end;
      }
    }
  }
  // "minus 5 Grad"
  {
    const pw = prevWord(text, start);
    if (pw && pw.lower === 'minus' && pw.start >= floor) {
      core.negative = true;
      start = pw.start;
    }
  }

  // ---------------------------------------------------------- not figures
  {
    const nf = notFigure(text, core, lang, numStart, numEnd, end, unit, qualifier, qualWords, currency !== null, rangeWord, isRange, second);
    if (nf >= 0) return fail(nf);
  }
  // Indefinite articles and zero need a unit (or a range, for zero).
  if (core.type === 'indef' && !isRange) {
    if (!(unit && !unit.noun) && !core.scaled && !core.fraction) return fail(core.end);
    // "einen Tag später", "vor einem Jahr", "a year ago": time phrases, not figures; a qualifier makes the
    // one a measure ("seit über einem Jahr", "bei etwa einer Sekunde", "more than a year").
    if (unit && TIME_KEYS.has(unit.key ?? '') && !core.scaled && !core.fraction && qualifier === 'exact') return fail(core.end);
  }
  if (core.type === 'zero' && !isRange && !(unit && !unit.noun)) return fail(core.end);
  if (isRange && core.type === 'indef' && !(unit && !unit.noun) && !core.scaled && !(second && second.type === 'number')) return fail(core.end);

  // ---------------------------------------------------------- the mention
  let value = core.value;
  if (core.negative) {
    value = -value;
  }
  if (isRange) {
    value = high!;
    qualifier = 'range';
  } else if (core.type === 'vague') {
    // A vague plural alone ("Dutzende Ortschaften", "Tausende Soldaten") names no value: not a figure.
    return fail(end);
  }
  let unitText: string | null = unit ? unit.unit : null;
  let unitKey: string | null = unit ? unit.key : null;
  let kind: FigureKind = unit ? unit.kind : 'count';
  if (currency && (!unit || unit.noun || unit.kind !== 'money')) {
    unitText = currency.unit;
    unitKey = currency.key;
    kind = 'money';
  }
  if (core.negative && start > core.start - 1 && text[core.start - 1] !== undefined && !isSpace(text.charCodeAt(core.start - 1))) {
    start = Math.min(start, core.start - 1);
  }
  if (start < floor) return fail(end);
  const mention = makeMention(
    start, end, text.slice(start, end), normalise(value),
    low === null ? null : normalise(core.negative ? -low : low), high === null ? null : normalise(high),
    qualifier, unitText, unitKey, kind,
    core.negative && text[numStart - 1] !== ' ' && (text[numStart - 1] === '-' || text[numStart - 1] === '−') ? numStart - 1 : numStart,
    numEnd,
  );
  return { mention, next: end };
}

/**
 * An age in brackets or commas right after a name: "Peter Huber (41)",
 * "Huber (41, ÖVP)", "John Smith, 41, said".
 */
function ageBesideName(text: string, s: number, e: number): boolean {
  const before = text.charCodeAt(s - 1);
  const after = text.charCodeAt(e);
  let nameEnd: number;
  if (before === 40) {
    if (after !== 41 && after !== 44) return false;
    nameEnd = s - 1;
    if (isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
  } else if (isSpace(before) && text.charCodeAt(s - 2) === 44) {
    if (after !== 44) return false;
    nameEnd = s - 2;
  } else return false;
  const pw = prevWord(text, nameEnd);
  if (!pw || pw.end !== nameEnd || !isUpperAt(text, pw.start) || isSentenceStart(text, pw.start) ||
    SENTENCE_STARTERS.has(pw.lower) || MONTHS.has(pw.lower)) return false;
  // A German common noun has an article or adjective before it ("der Fälle (12)"); a name has a
  // first name, a role or nothing ("Musiker Heino (77)", "und Michael (66)").
  const p2 = prevWord(text, pw.start);
  return !(p2 && !isUpperAt(text, p2.start) && (NOUN_DETERMINERS.has(p2.lower) || adjectiveLike(p2.lower)));
}

const NOUN_DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
  'keinen', 'keiner', 'diese', 'dieser', 'diesen', 'dieses', 'alle', 'allen', 'aller', 'ihre', 'ihren', 'ihrer',
  'seine', 'seinen', 'seiner', 'unsere', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'the', 'a', 'an', 'of', 'these',
  'those', 'their', 'its', 'his', 'her',
]);

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c > 0xff && isUpperAt(s, i))) return true;
  }
  return false;
}

function onlySpaces(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** English words that open a sentence before a bare number ("Another 10 were hurt"). */
const EN_STARTERS = new Set([
  'another', 'additional', 'further', 'exactly', 'precisely', 'fully', 'perhaps', 'maybe', 'some', 'altogether',
  'overall', 'together', 'of', 'among', 'in', 'at', 'on', 'by', 'with', 'for', 'since', 'after', 'before', 'but',
]);
/** German sentence openers not in the other lists ("Bislang 10 …", "Weltweit 30 …"). */
const DE_STARTERS = new Set([
  'bislang', 'heuer', 'zusammen', 'gemeinsam', 'weltweit', 'bundesweit', 'landesweit', 'europaweit', 'exakt', 'genau',
  'binnen', 'innerhalb', 'außerhalb', 'samt', 'inklusive', 'exklusive', 'zuzüglich', 'abzüglich', 'sogar', 'erneut',
  'abermals', 'wiederum', 'ebenfalls', 'nochmals', 'zusätzlich', 'bis', 'ab', 'seit', 'gerade', 'ganze', 'satte',
]);

/**
 * At a sentence start, a capitalised word before a bare number is a name
 * ("Windows 10 kommt …") unless it is a word that opens sentences
 * ("Insgesamt 10 …", "Weitere 300 …", "Another 10 …").
 */
function nameAtSentenceStart(lower: string): boolean {
  if (lower.length < 2) return false;
  return !SENTENCE_STARTERS.has(lower) && !QUALIFIERS.has(lower) && !DE_STOP.has(lower) && !EN_STOP.has(lower) &&
    !EN_STARTERS.has(lower) && !DE_STARTERS.has(lower) && !adjectiveLike(lower) && !VAGUE_QUANT.has(lower) &&
    !lower.endsWith('lich') && !lower.endsWith('weise') && !lower.endsWith('ly') && !lower.endsWith('weit');
}

/** True when a numeral follows `pos` ("mehr als 5", "plus 20"). */
function readNumeralAfter(text: string, pos: number, lang: Lang): boolean {
  let j = pos;
  while (j < text.length && j < pos + 4 && isSpace(text.charCodeAt(j))) j++;
  if (isDigit(text.charCodeAt(j))) return true;
  const w = readWordForward(text, j);
  if (!w) return false;
  if (lang === 'de') {
    const v = parseGermanWord(w.lower);
    return !!v && v.type !== 'indef';
  }
  return !!parseEnglish(w.lower);
}

/** Round away binary noise ("1,1 Mio." → 1100000, not 1100000.0000000002). */
function normalise(v: number): number {
  if (Number.isInteger(v)) return v;
  const r = Math.round(v * 1e6) / 1e6;
  return Math.abs(r - v) < 1e-12 * Math.max(1, Math.abs(v)) ? r : v;
}

const SENTENCE_STARTERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man',
  'im', 'in', 'am', 'an', 'auf', 'nach', 'laut', 'doch', 'aber', 'und', 'so', 'damit', 'zudem', 'auch', 'bei', 'mit',
  'seit', 'vor', 'für', 'dies', 'diese', 'dieser', 'dabei', 'dort', 'dann', 'jetzt', 'nun', 'zuvor', 'derzeit',
  'demnach', 'allerdings', 'wie', 'was', 'wer', 'als', 'wenn', 'ob', 'insgesamt', 'außerdem', 'darunter', 'davon',
  'trotzdem', 'dennoch', 'zuletzt', 'bisher', 'hier', 'heute', 'gestern', 'morgen', 'zum', 'zur', 'vom', 'aus',
  'über', 'unter', 'um', 'gegen', 'ohne', 'durch', 'weil', 'da', 'denn', 'sondern', 'oder', 'ab', 'bis', 'mehr',
  'rund', 'etwa', 'fast', 'knapp', 'nur', 'erst', 'noch', 'schon', 'bereits', 'viele', 'alle', 'einige', 'mehrere',
  'kein', 'keine', 'jeder', 'jede', 'jedes', 'sein', 'seine', 'unser', 'unsere', 'ihre', 'wo', 'warum', 'weshalb',
  'deshalb', 'daher', 'somit', 'also', 'zwar', 'immerhin', 'vielmehr', 'stattdessen', 'anschließend', 'später',
  'damals', 'inzwischen', 'mittlerweile', 'dazu', 'hinzu', 'indes', 'jedoch', 'währenddessen', 'unterdessen',
]);

/** German: is the period after these digits an ordinal/date marker rather than a sentence end? */
function isOrdinalPeriod(text: string, core: Core, prev: Word | null): boolean {
  if (core.intDigits > 3) return false;
  const after = core.end + 1;
  let k = after;
  while (k < text.length && k < after + 4 && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return false;
  const c = text.charCodeAt(k);
  if (c === 10 || c === 13) return false;
  const w = readWordForward(text, k);
  if (!w) {
    // "16. 5. 2016": a date written with spaces.
    if (isDigit(c) && core.value >= 1 && core.value <= 31) {
      let q = k;
      while (q < text.length && isDigit(text.charCodeAt(q))) q++;
      if (q - k <= 2 && text[q] === '.') return true;
    }
    return !(text[k] === '„' || text[k] === '"' || text[k] === '(' || isDigit(c));
  }
  if (MONTHS.has(w.lower)) return true;
  if (!isUpperAt(text, w.start)) return true; // "am 3. und 4. Oktober"
  if (prev && ['am', 'vom', 'zum', 'zur', 'im', 'beim', 'der', 'die', 'das', 'dem', 'den', 'des', 'ihr', 'ihrem', 'sein', 'seinem', 'jeder', 'jedem', 'dieser', 'diesem', 'ins', 'ihren', 'seinen', 'seiner', 'ihrer'].includes(prev.lower)) {
    return true;
  }
  return !SENTENCE_STARTERS.has(w.lower);
}
