/**
 * Pure scoring functions for the held-out evaluation (no I/O, no Node
 * built-ins). Spans are half-open UTF-16 offsets [start, end).
 *
 * - Figures: hit = predicted figure span overlaps the gold numeral span;
 *   value accuracy on hits (ranges compare low and high).
 * - Attributions: hit = predicted attribution span overlaps the gold cue span
 *   AND the predicted actor or source names the gold actor.
 * - Quotes: hit = inner spans overlap by ≥ 50 % of the shorter; speaker
 *   accuracy on hits.
 * Matching is one-to-one, greedy by overlap length.
 */
import type { GoldAttribution, GoldFigure, GoldQuote } from './gold';

export interface SpanLike {
  start: number;
  end: number;
}

export type PredFigure = SpanLike & { value: number; low: number | null; high: number | null; qualifier?: string };
export type PredAttribution = SpanLike & { actor: string | null; source: string | null };
export type PredQuote = { innerStart: number; innerEnd: number; speaker: string | null };

export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Lower case, diacritics and ß folded, everything but letters/digits → one space. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Country names in English (canonical) and German, with adjective stems and
 * capitals used as metonyms. An alias matches at a word start; aliases of
 * ≤ 3 letters must match a whole word.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'north korea': ['north korea', 'nordkorea', 'pjongjang', 'pyongyang', 'dprk'],
  'south korea': ['south korea', 'sudkorea', 'seoul'],
  ukraine: ['ukrain', 'kiew', 'kyiv', 'kiev'],
  russia: ['russ', 'moskau', 'moscow', 'kreml'],
  usa: ['usa', 'us', 'u s', 'united states', 'vereinigte staaten', 'amerikan', 'american', 'washington'],
  china: ['china', 'chines', 'peking', 'beijing'],
  germany: ['germany', 'german', 'deutsch', 'berlin', 'bundesregierung'],
  austria: ['austria', 'osterreich', 'wien', 'vienna'],
  france: ['france', 'frankreich', 'franzos', 'french', 'paris'],
  'united kingdom': ['united kingdom', 'uk', 'grossbritannien', 'britain', 'british', 'britisch', 'london', 'england'],
  japan: ['japan'],
  turkey: ['turkey', 'turkei', 'turkisch', 'turkish', 'ankara'],
  israel: ['israel'],
  iran: ['iran', 'teheran', 'tehran'],
  syria: ['syria', 'syrien', 'syrisch', 'damaskus', 'damascus'],
  greece: ['greece', 'griechenland', 'griechisch', 'greek', 'athen'],
  italy: ['italy', 'italien', 'rom', 'rome'],
  hungary: ['hungary', 'ungarn', 'ungarisch', 'hungarian', 'budapest'],
  poland: ['poland', 'polen', 'polnisch', 'polish', 'warschau', 'warsaw'],
  belarus: ['belarus', 'weissrussland', 'weissrussisch', 'minsk'],
  switzerland: ['switzerland', 'schweiz', 'bern'],
  'european union': ['european union', 'eu', 'europaische union', 'brussel', 'brussels'],
};

const aliasIndex = new Map<string, string>();
for (const [canon, aliases] of Object.entries(COUNTRY_ALIASES)) {
  for (const a of aliases) aliasIndex.set(a.trim(), canon);
  aliasIndex.set(canon, canon);
}

function countryOf(normGold: string): string | null {
  return aliasIndex.get(normGold) ?? null;
}

function mentionsCountry(normPred: string, canon: string): boolean {
  const padded = ` ${normPred} `;
  for (const a of COUNTRY_ALIASES[canon]) {
    const alias = a.trim();
    if (alias.replace(/ /g, '').length <= 3 ? padded.includes(` ${alias} `) : padded.includes(` ${alias}`)) return true;
  }
  return false;
}

/** Equal words, allowing a German inflection ending on one of them ("zentraler" ~ "zentrale", "peskows" ~ "peskow"). */
function wordEq(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 4 && l.length - s.length <= 2 && l.startsWith(s) && /^(?:e|n|s|en|er|es|em|ns)$/.test(l.slice(s.length));
}

/**
 * A consonant skeleton that survives German/English transliteration of
 * (mostly Slavic) names: Sacharowa ~ Zakharova, Selenskyj ~ Zelensky,
 * Gerassimow ~ Gerasimov, Peskow ~ Peskov.
 */
export function nameSkeleton(word: string): string {
  return word
    .replace(/[aeiouyjhwv]/g, '')
    .replace(/[zc]/g, (c) => (c === 'z' ? 's' : 'k'))
    .replace(/q/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

function hasWord(words: readonly string[], w: string): boolean {
  return words.some((x) => wordEq(x, w));
}

/**
 * Does a predicted name (actor or source phrase) name the gold actor?
 * Equal after normalisation; one name containing the other at a word start
 * ("Polizeivertreter" → "Polizei"); all gold words in the prediction
 * ("Kreml-Sprecher Dmitri Peskow" ⊇ "Dmitri Peskow"); the prediction's words
 * all in the gold name ("Kirby" ⊆ "John Kirby"); the gold surname in the
 * prediction, also transliterated ("Zakharova" ~ "Maria Sacharowa"); or, for a
 * country, any of its aliases ("ukrainischen Angaben" → Ukraine). Words may
 * differ by an inflection ending. A gold actor may list alternatives with `|`
 * ("WKStA|Zentrale Staatsanwaltschaft").
 */
export function namesMatch(gold: string, pred: string | null | undefined): boolean {
  if (!pred) return false;
  if (gold.includes('|')) return gold.split('|').some((g) => namesMatch(g.trim(), pred));
  const g = normalizeName(gold);
  const p = normalizeName(pred);
  if (!g || !p) return false;
  if (g === p) return true;
  if (g.length >= 4 && ` ${p}`.includes(` ${g}`)) return true;
  if (p.length >= 4 && ` ${g}`.includes(` ${p}`)) return true;
  const gt = g.split(' ');
  const pt = p.split(' ');
  if (gt.every((w) => hasWord(pt, w))) return true;
  if (pt.every((w) => hasWord(gt, w)) && pt.some((w) => w.length >= 3)) return true;
  const surname = gt[gt.length - 1];
  if (gt.length > 1 && surname.length >= 3) {
    if (hasWord(pt, surname)) return true;
    const sk = nameSkeleton(surname);
    if (sk.length >= 3 && pt.some((w) => w.length >= 4 && nameSkeleton(w) === sk)) return true;
  }
  const c = countryOf(g);
  return c !== null && mentionsCountry(p, c);
}

export function valueMatches(gold: number, pred: number | null | undefined): boolean {
  if (pred === null || pred === undefined || !Number.isFinite(pred)) return false;
  return Math.abs(pred - gold) <= 1e-6 * Math.max(1, Math.abs(gold));
}

export function figureValueCorrect(g: GoldFigure, p: PredFigure): boolean {
  if (g.low !== null && g.high !== null) return valueMatches(g.low, p.low) && valueMatches(g.high, p.high ?? p.value);
  return valueMatches(g.value, p.value);
}

export interface Match {
  gold: number;
  pred: number;
}

/** One-to-one greedy matching over admissible pairs, best (highest score) first; ties by position. */
export function greedyMatch(nGold: number, nPred: number, score: (g: number, p: number) => number | null): Match[] {
  const pairs: Array<[number, number, number]> = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s !== null) pairs.push([s, g, p]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Match[] = [];
  for (const [, g, p] of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push({ gold: g, pred: p });
  }
  return out.sort((a, b) => a.gold - b.gold);
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleResult {
  matches: Match[];
  /** Gold indices without a match. */
  missed: number[];
  /** Predicted indices without a match. */
  spurious: number[];
  counts: Counts;
  /** Hits with the right value / speaker. */
  correct: number;
}

function finish(nGold: number, nPred: number, matches: Match[], correct: number): ArticleResult {
  const mg = new Set(matches.map((m) => m.gold));
  const mp = new Set(matches.map((m) => m.pred));
  const missed: number[] = [];
  const spurious: number[] = [];
  for (let i = 0; i < nGold; i++) if (!mg.has(i)) missed.push(i);
  for (let i = 0; i < nPred; i++) if (!mp.has(i)) spurious.push(i);
  return { matches, missed, spurious, counts: { tp: matches.length, fp: spurious.length, fn: missed.length }, correct };
}

export function scoreFigures(gold: readonly GoldFigure[], pred: readonly PredFigure[]): ArticleResult {
  const matches = greedyMatch(gold.length, pred.length, (g, p) => {
    const o = overlap(gold[g].numStart, gold[g].numEnd, pred[p].start, pred[p].end);
    return o > 0 ? o : null;
  });
  const correct = matches.filter((m) => figureValueCorrect(gold[m.gold], pred[m.pred])).length;
  return finish(gold.length, pred.length, matches, correct);
}

export function attributionNamesActor(g: GoldAttribution, p: PredAttribution): boolean {
  if (g.actor === null) return true;
  return namesMatch(g.actor, p.actor) || namesMatch(g.actor, p.source);
}

/** Full attribution score; `correct` counts the hits whose kind-independent actor is right (all of them). */
export function scoreAttributions(gold: readonly GoldAttribution[], pred: readonly PredAttribution[]): ArticleResult {
  const matches = greedyMatch(gold.length, pred.length, (g, p) => {
    const o = overlap(gold[g].cueStart, gold[g].cueEnd, pred[p].start, pred[p].end);
    return o > 0 && attributionNamesActor(gold[g], pred[p]) ? o : null;
  });
  return finish(gold.length, pred.length, matches, matches.length);
}

/** Diagnostic: cue overlap alone (actor ignored); `correct` = hits whose actor is also right. */
export function scoreAttributionCues(gold: readonly GoldAttribution[], pred: readonly PredAttribution[]): ArticleResult {
  const matches = greedyMatch(gold.length, pred.length, (g, p) => {
    const o = overlap(gold[g].cueStart, gold[g].cueEnd, pred[p].start, pred[p].end);
    return o > 0 ? o : null;
  });
  const correct = matches.filter((m) => attributionNamesActor(gold[m.gold], pred[m.pred])).length;
  return finish(gold.length, pred.length, matches, correct);
}

export function speakerCorrect(gold: string | null, pred: string | null): boolean {
  if (gold === null) return pred === null || pred === '';
  return namesMatch(gold, pred);
}

export function scoreQuotes(gold: readonly GoldQuote[], pred: readonly PredQuote[]): ArticleResult {
  const matches = greedyMatch(gold.length, pred.length, (g, p) => {
    const G = gold[g];
    const P = pred[p];
    const o = overlap(G.innerStart, G.innerEnd, P.innerStart, P.innerEnd);
    const shorter = Math.min(G.innerEnd - G.innerStart, P.innerEnd - P.innerStart);
    return o > 0 && o >= 0.5 * shorter ? o : null;
  });
  const correct = matches.filter((m) => speakerCorrect(gold[m.gold].speaker, pred[m.pred].speaker)).length;
  return finish(gold.length, pred.length, matches, correct);
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** P/R/F1; null where undefined (no predictions / no gold). */
export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : null;
  const f1 =
    precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = Object.freeze({ tp: 0, fp: 0, fn: 0 });
