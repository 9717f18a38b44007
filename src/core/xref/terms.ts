/**
 * Term extraction for cross-referencing: tokenising, de/en stopwords, Snowball
 * stemming (cached), and word-shingle hashing for text-reuse detection.
 * Pure and linear in the input.
 *
 * Stemmers: the German Snowball stemmer of @orama/stemmers (its per-language module,
 * ~6 KB) and porter2 (the English Snowball stemmer, ~15 KB); together they give the
 * same stems as the all-languages snowball-stemmers package they replace.
 */

import { stemmer as germanStem } from '@orama/stemmers/german';
import { stem as englishStem } from 'porter2';
import type { Lang } from '../types';

/** Words: letters/digits with inner hyphens or apostrophes ("US-Regierung", "don't"). */
const WORD_RE = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const HAS_DIGIT_RE = /\p{N}/u;

const DE_STOP = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anders auch auf aus bei beim bin bis bist da dabei damit dann das dass daß dasselbe dazu dein deine deinem deinen deiner dem demselben den denn denselben der derer derselbe derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner meines mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
sei seien wäre wären hätte hätten habe worden wurde wurden wird werden gibt gab geben gebe bereits schon dabei demnach zudem zuvor jedoch daher denen deren etwa rund rund mehr weniger mindestens knapp fast gut über unter ca insgesamt weitere weiteren weiterer bisher derzeit heute gestern morgen nun immer noch erst beide beiden beider viele vielen mehrere mehreren sowie sowohl laut zufolge angaben angabe nach sagte sagt sagten erklärte erklärt betonte meldet meldete berichtete berichtet hieß heißt hiess teilte mit mitteilte bekannt gab gaben äußerte fügte hinzu worten seit ab bis am pro je jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen prozent uhr mal seite teil ende beginn anfang mitte
montag dienstag mittwoch donnerstag freitag samstag sonntag januar jänner februar märz april mai juni juli august september oktober november dezember
eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf hundert tausend million millionen milliarde milliarden`;

const EN_STOP = `a about above after again against all am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say told according also would could may might must shall per cent percent year years month months week weeks day days today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
about around nearly almost least some total another further one two three four five six seven eight nine ten hundred thousand million millions billion billions mr mrs ms`;

const STOP = new Set<string>([...DE_STOP.split(/\s+/), ...EN_STOP.split(/\s+/)].filter((w) => w.length > 0));

const STEM_CACHE_MAX = 200_000;
const stemCacheDe = new Map<string, string>();
const stemCacheEn = new Map<string, string>();

/** Fold umlauts etc. after stemming so "Pjöngjang"/"Pjongjang" meet. */
function foldStem(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    switch (ch) {
      case 'ä': out += 'a'; break;
      case 'ö': out += 'o'; break;
      case 'ü': out += 'u'; break;
      case 'ß': out += 'ss'; break;
      case 'é': case 'è': case 'ê': out += 'e'; break;
      case 'á': case 'à': case 'â': out += 'a'; break;
      case '’': out += "'"; break;
      default: out += ch;
    }
  }
  return out;
}

/** Snowball stem of a lower-cased word (cached, language-specific). */
export function stem(word: string, lang: Lang): string {
  const cache = lang === 'en' ? stemCacheEn : stemCacheDe;
  let s = cache.get(word);
  if (s !== undefined) return s;
  s = foldStem(lang === 'en' ? englishStem(word) : germanStem(word));
  if (cache.size >= STEM_CACHE_MAX) cache.clear();
  cache.set(word, s);
  return s;
}

export function isStopword(lowerWord: string): boolean {
  return STOP.has(lowerWord);
}

/**
 * Content terms of a text: lower-cased, stopwords and numbers dropped, stemmed.
 * Hyphenated compounds give the whole and their parts ("US-Regierung" → us-regier, regier).
 */
export function contentTerms(text: string, lang: Lang, out: string[] = []): string[] {
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null) {
    const w = m[0].toLowerCase();
    if (HAS_DIGIT_RE.test(w)) continue;
    if (w.indexOf('-') >= 0) {
      for (const part of w.split('-')) pushTerm(part, lang, out);
    } else {
      pushTerm(w, lang, out);
    }
  }
  return out;
}

function pushTerm(w: string, lang: Lang, out: string[]): void {
  if (w.length < 2 || STOP.has(w)) return;
  const s = stem(w, lang);
  if (s.length < 2 || STOP.has(s)) return;
  out.push(s);
}

/** Terms for a set of phrases (actors, claim.terms from the analyser). */
export function phraseTerms(phrases: readonly string[], lang: Lang, out: string[] = []): string[] {
  for (const p of phrases) contentTerms(p, lang, out);
  return out;
}

/** 32-bit FNV-1a of a string. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const WORD_CHAR = new Uint8Array(65536); // 0 unknown, 1 word char, 2 other
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
function isWordChar(c: number): boolean {
  let v = WORD_CHAR[c];
  if (v === 0) {
    v = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = v;
  }
  return v === 1;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the lower-cased words of a text (letters and digits; one pass, no regex per char). */
export function wordHashes(text: string): number[] {
  const t = text.toLowerCase();
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWordChar(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

export const SHINGLE_N = 3;

/** Distinct hashes of the word 3-grams of a text, sorted ascending. */
export function shingles(text: string): number[] {
  const w = wordHashes(text);
  if (w.length < SHINGLE_N) return [];
  const out: number[] = [];
  for (let i = 0; i + SHINGLE_N <= w.length; i++) {
    out.push(fmix(Math.imul(fmix(Math.imul(w[i], 31) ^ w[i + 1]), 31) ^ w[i + 2]));
  }
  out.sort((a, b) => a - b);
  let k = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[k++] = out[i];
  out.length = k;
  return out;
}

/** Bottom-k MinHash sketch of a shingle set (k smallest of a second hash). */
export function sketch(sh: readonly number[], k: number): number[] {
  const out: number[] = [];
  for (const x of sh) {
    const h = fmix(x ^ 0x9747b28c);
    if (out.length < k) {
      out.push(h);
      if (out.length === k) out.sort((a, b) => a - b);
    } else if (h < out[k - 1]) {
      let j = k - 1;
      while (j > 0 && out[j - 1] > h) {
        out[j] = out[j - 1];
        j--;
      }
      out[j] = h;
    }
  }
  return out;
}

/** |a ∩ b| of two sorted distinct arrays, by one merge pass. */
function intersectionSize(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return inter;
}

/** Jaccard similarity of two sorted distinct arrays. */
export function jaccardSorted(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inter = intersectionSize(a, b);
  return inter / (a.length + b.length - inter);
}

/** Containment |a ∩ b| / min(|a|, |b|) of two sorted distinct arrays. */
export function containmentSorted(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  return intersectionSize(a, b) / Math.min(a.length, b.length);
}

/** Fold an actor name to a matching key ("Südkorea" / "South Korea" stay distinct; case and accents folded). */
export function actorKey(actor: string): string {
  return foldStem(actor.toLowerCase().trim().replace(/\s+/g, ' '));
}
