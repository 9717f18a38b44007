/**
 * The corpus index: every analysed article of a workspace, with incremental
 * inverted indexes for cross-referencing claims between articles.
 *
 * Work follows the pairs that can link, never the product of the corpus:
 *  - article similarity: TF-IDF cosine of the articles' stemmed content terms
 *    through postings (background-smoothed IDF, so a small one-story folder
 *    still weighs its story words); allLinks scores each article only against
 *    the articles after it in path order (postings sorted by that order);
 *  - figures: candidates from buckets of one class of counted thing
 *    (figures.quantityClass) sorted by value — an agreeing value, or for counts
 *    a value within diffNearRatio — and, within one story, values further apart.
 *    Each figure's context vector (window words, its claim, the neighbouring
 *    claims) is precomputed at upsert as a short sorted id list with local
 *    weights; IDF is applied when scoring, so judging a pair is a merge of two
 *    short arrays. Evidence: the story (article + context cosine), the figure's
 *    own words with the value's rarity, a specific rare value (37.500, not
 *    1.000), the same month for one event's count or for running totals since
 *    that month, and fellow mentions (a quantity an article states twice links
 *    through either mention), and people counted under another noun with the same
 *    outcome ("260 PKK-Kämpfer getötet" / "190 Menschen getötet", near values only).
 *    Counts placed in different months, different outcomes, rates vs totals, other
 *    days, conflicting qualifiers and ages stay apart; a different-figure link
 *    without one story needs the values to answer each other (no figure of the
 *    thing in either article is nearer to the other's value);
 *  - statements: claims of similar articles sharing an actor (actor ids per
 *    claim), compared by their own words;
 *  - text reuse: bottom-k MinHash sketch candidates verified by shingle Jaccard
 *    or containment.
 *
 * Every link is symmetric, so a claim's links are the same from both ends and
 * `allLinks()` lists each once, from < to by (path, start). Snapshots pack an
 * article's integer data and the layout of its claims and figures as base64
 * varints, its other strings as one string and its claim texts as a list (little
 * for JSON.parse to do); `writeSnapshot` streams the JSON article by article and
 * `fromSnapshot` decodes into views of shared chunks.
 *
 * Memory: the index keeps no analysis and no document (claim, figure and actor
 * strings are copies of their own, recurring ones shared), an article's integer
 * arrays are views of one buffer, and claims without actors or figures share one
 * empty list.
 */

import type { ArticleAnalysis, FigureKind, Lang, NumberMention, Qualifier } from '../types';
import {
  classAffinity,
  COMPOUND_HEAD_MIN,
  countedNoun,
  dayAnchors,
  elidedUnitSources,
  figureTimes,
  figureWindow,
  headsAgree,
  isBare,
  isCountingWord,
  isCumulative,
  isRate,
  isSnapshot,
  modsConflict,
  monthAnchors,
  outcomeAffinity,
  monthsAgree,
  quantityClass,
  segments,
  significantDigits,
} from './figures';
import { VarintReader, VarintWriter, fromBase64 } from './pack';
import {
  actorKey,
  contentTerms,
  isStopword,
  shingles as claimShingles,
  sketch as bottomK,
  stem,
} from './terms';

export type Relation = 'same-figure' | 'different-figure' | 'same-statement' | 'text-reuse';

export const RELATIONS: readonly Relation[] = ['same-figure', 'different-figure', 'same-statement', 'text-reuse'];

/** A figure as the index keeps it (a compact copy of the analysis' NumberMention). */
export interface IndexedFigure
  extends Pick<NumberMention, 'start' | 'end' | 'text' | 'value' | 'low' | 'high' | 'qualifier' | 'unit' | 'unitKey' | 'kind'> {
  /** Index into the analysis' numbers. */
  index: number;
  /** What happened to what is counted, from the words next to the figure ("getötet" → dead), or null. */
  outcome: string | null;
  /**
   * When the claim places this figure (ISO date): the time expression nearest to it where the claim
   * has several figures and times, else the claim's time; null when unknown. Absent in figures made
   * elsewhere (then the claim's time serves).
   */
  time?: string | null;
  /**
   * What is counted, across wordings (figures.quantityClass): "Asylwerber"/"Flüchtlinge" → refugee,
   * "130 Toten"/"130 Menschen getötet" → person:dead; a count whose noun is left out takes the class
   * of the figure before it in the claim ("3.000 weitere" after "11.000 Soldaten"); "?" for a bare
   * number with no noun to take. Null: not linked as a figure. Absent in figures made elsewhere.
   */
  qclass?: string | null;
}

export interface IndexedClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  /** claim.time.from, if any (ISO date). */
  time: string | null;
  /** Resolved actors of the claim's attributions and quote speakers (deduplicated). */
  actors: string[];
  figures: IndexedFigure[];
}

export interface IndexedArticle {
  path: string;
  hash: string;
  language: Lang;
  title: string | null;
  date: string | null;
  outlet: string | null;
  claims: IndexedClaim[];
}

/** One end of a link. */
export interface ClaimRef {
  path: string;
  claimId: string;
}

export interface Link {
  from: ClaimRef;
  to: ClaimRef;
  relation: Relation;
  /** Confidence in [0, 1]. */
  score: number;
  /** For figure relations: the figures' indices into each article's numbers. */
  fromFigure: number | null;
  toFigure: number | null;
}

/** A link seen from one claim: the other claim, with what a reader needs to judge it. */
export interface CrossRef {
  relation: Relation;
  score: number;
  path: string;
  claimId: string;
  start: number;
  end: number;
  text: string;
  /** The other claim's time (claim time, else article date), or null. */
  date: string | null;
  outlet: string | null;
  actor: string | null;
  /** The other claim's figure (figure relations), and this claim's figure it was matched with. */
  figure: IndexedFigure | null;
  ownFigure: IndexedFigure | null;
}

export interface ClaimHit {
  path: string;
  claimId: string;
  start: number;
  end: number;
  text: string;
  score: number;
}

export interface SnapshotArticle {
  path: string;
  hash: string;
  language: Lang;
  title: string | null;
  date: string | null;
  outlet: string | null;
  /**
   * The article's integer data as base64 of unsigned varints: a header (claims, article terms, claim
   * terms, sketch hashes, window terms, figures, salience entries), the article term vector (ids as
   * deltas, then counts), each claim's terms (sorted, as deltas), each claim's sketch, each figure's
   * window terms (sorted, as deltas; figures in claim order); then the claims (id, start, end,
   * time, actors, figures with their fields; their texts are in `texts`) and the salience list. Strings are their length + 1
   * (0 for null) with the text in `strs`, or for recurring ones a tag; a figure's value is null (0),
   * an integer n in [0, 2^31) as n + 2, or a string (1).
   */
  data: string;
  /** The article's other strings (claim ids, actors, figure texts, …) one after another, cut by the lengths in `data`. */
  strs: string;
  /** The claims' texts. */
  texts: string[];
}

export interface IndexSnapshot {
  schema: 'claim-lens/xref-index';
  version: number;
  /** Term strings one after another; the ids in `data` index this list. */
  vocab: string;
  /** The terms' lengths as base64 varints. */
  vocabLen: string;
  /** Recurring short strings (dates, outlets, units, classes, qualifiers, …); `data` refers to them by index + 1 (0: null). */
  tags: string[];
  articles: SnapshotArticle[];
}

/**
 * 5: strings of an article in one string and its claims and figures in its varint data (version 4 had
 * them as JSON arrays, slow to parse and to adopt at 10,000 articles); the vocabulary as one string.
 */
export const SNAPSHOT_VERSION = 5;

/** Tunables. Calibrated on the seed story and on unrelated pairs of the 10kGNAD corpus. */
export const XREF_PARAMS = {
  /** Pseudo-documents added to N in the IDF: keeps story terms weighty in a small one-story folder. */
  backgroundDocs: 200,
  /** Terms in more than this share of the articles (and more than minCapDf) are ignored as too common. */
  maxDfShare: 0.03,
  minCapDf: 50,
  /** Article cosine needed to consider two articles at all. */
  articleMin: 0.12,
  /** same-figure: article cosine / figure-context cosine / combined evidence. */
  sameArticleMin: 0.12,
  sameContextMin: 0.1,
  sameEvidence: 0.2,
  /** Context needed for measures and counts below 10. */
  sameWeakContextMin: 0.3,
  /** different-figure needs more: the values disagree, so the context must carry it. */
  diffArticleMin: 0.2,
  diffContextMin: 0.12,
  diffEvidence: 0.22,
  /** Percentages and money need this figure-context cosine to link as different-figure; measures never do. */
  diffNonCountContextMin: 0.5,
  /** The counted thing must be present in both articles (figures of its unit or mentions of its noun). */
  diffMinSalience: 2,
  /** …or the two claims themselves must say much the same (cosine of their own terms). */
  diffClaimMin: 0.4,
  /** Counts below this recur across events (two dead here, three there): a different value needs diffSmallClaimMin. */
  diffSmallCount: 10,
  diffSmallClaimMin: 0.8,
  /** Words either side of a figure that make its own context (within its stretch of the claim). */
  windowWords: 8,
  /** Weights of the figure's claim and of the neighbouring claims in its context, beside its window (1). */
  windowClaimWeight: 0.4,
  windowNeighbourWeight: 0.2,
  /** Counts of another value are compared up to this ratio without an article-level match (130 vs 129, 28 vs 38). */
  diffNearRatio: 1.5,
  /** Articles sharing no rarer word at all (article cosine below this) are not compared figure by figure. */
  figureArticleFloor: 0.01,
  /**
   * same-figure from the figures' own evidence (stories weeks apart): window cosine + article cosine
   * + rarityWeight · (rarity − rarityPivot) must reach sameLocalMin, with at least sameLocalWindowMin
   * of window cosine; a bare number ("eine Obergrenze von 37.500") needs bareLocalMin and a rare value.
   */
  sameLocalMin: 0.3,
  sameLocalWindowMin: 0.05,
  rarityWeight: 0.05,
  rarityPivot: 6,
  bareLocalMin: 0.35,
  bareRarityMin: 6,
  /** Pseudo-figures added to the corpus' figures in the rarity (a small one-story folder is no evidence of commonness). */
  rarityBackground: 2000,
  /** Below this value a figure links only within one story (12 comments, 20 percent recur everywhere). */
  localMinValue: 100,
  /** different-figure from the figures' own evidence: counts within diffNearRatio, window + article cosine. */
  diffLocalMin: 0.4,
  diffLocalWindowMin: 0.2,
  /**
   * same-figure of a specific count without more context: a value rare in the corpus (rarity at least
   * specificRarityMin) with at least specificDigitsMin significant digits (37.500, 88.175; not 1.000).
   */
  specificRarityMin: 6,
  /** …and a specific percentage (11,12 Prozent) this window cosine. */
  specificShareWindowMin: 0.2,
  specificDigitsMin: 3,
  /** same-figure of one event: equal counts (≥ localMinValue, rarity at least this) placed in the same month. */
  eventRarityMin: 6,
  /** Sums within diffNearRatio link as different figures with this article cosine, a window cosine of diffLocalWindowMin and a rare window term shared. */
  nearSumArticleMin: 0.1,
  /** Share of the articles a window term may occur in and still name what a sum is of (sharesRareWindowTerm). */
  rareWindowDfShare: 0.005,
  /** Largest ratio of two values still read as reports of one quantity. */
  diffMaxRatio: 20,
  /** same-statement: shared actor and claim-term cosine. */
  statementMin: 0.3,
  statementMinShared: 2,
  statementBackgroundDocs: 10,
  /** text-reuse: shingle Jaccard, or containment of the shorter in the longer. */
  reuseJaccard: 0.5,
  reuseContainment: 0.8,
  reuseMinShingles: 5,
  /** Bottom-k sketch size for text-reuse candidates. */
  sketchK: 6,
  /** Sketch hashes shared by more claims than this are boilerplate: not used for candidates. */
  sketchMaxPostings: 500,
};

// ---------------------------------------------------------------------------

interface Entry {
  slot: number;
  article: IndexedArticle;
  /** Article vector: sorted term ids and their counts. */
  termIds: Int32Array;
  termTf: Int32Array;
  /** Claim terms (with multiplicity, sorted per claim): claim ci has cTerms[cOff[ci] … cOff[ci + 1]). */
  cOff: Int32Array;
  cTerms: Int32Array;
  /** Bottom-k sketches of the claims' shingles, laid out like the terms. */
  skOff: Int32Array;
  sk: Uint32Array;
  /** Figures in claim order: claim ci has figure ordinals fOff[ci] … fOff[ci + 1]. */
  fOff: Int32Array;
  /** Window terms of each figure (sorted, with multiplicity): figure k has fwTerms[fwOff[k] … fwOff[k + 1]). */
  fwOff: Int32Array;
  fwTerms: Int32Array;
  /**
   * Each figure's context vector, precomputed: its window terms, claim terms and neighbouring claims'
   * terms (sorted ids) with their local weight ×5 (window 5, claim 2, neighbour 1 per occurrence).
   * Scoring a figure pair is a merge of two short arrays; IDF weights are applied at scoring time.
   */
  fvOff: Int32Array;
  fvIds: Int32Array;
  fvC: Uint8Array;
  /** Norms of the figure vectors, valid for generation fNormGen. */
  fNorm: Float64Array;
  fNormGen: number;
  /** Per claim: names a month (1), not (0), unknown (-1); empty until needed. */
  monthFlags: Int8Array;
  /** Each figure's next fellow mention of its quantity in the article (itself when alone; a circular list). */
  fGrp: Int32Array | null;
  /** Actor ids (CorpusIndex.actorIds) of each claim: claim ci has aIds[aOff[ci] … aOff[ci + 1]). Set on insert. */
  aOff: Int32Array;
  aIds: Int32Array;
  /** unitKey, how present the counted thing is in the article (figures of it, mentions of its noun), unitKey, …. */
  salience: Array<string | number>;
}

interface RawLink {
  aClaim: number;
  bSlot: number;
  bClaim: number;
  relation: Relation;
  score: number;
  aFig: number | null;
  bFig: number | null;
}

/** A weighted sparse term vector: ascending ids, weights, Euclidean norm. */
interface SparseVec {
  ids: Int32Array;
  w: Float64Array;
  norm: number;
}

/** 1 + ln(tf), the article vectors' term weight (a table for small counts). */
const LOG_TF = Float64Array.from({ length: 256 }, (_, c) => (c === 0 ? 0 : 1 + Math.log(c)));
function logTf(tf: number): number {
  return tf < 256 ? LOG_TF[tf] : 1 + Math.log(tf);
}

/** A count of more of something ("weitere 3.000", "another 300"): another quantity than the one before it. */
const ADDED_RE = /\b(?:weitere[nmrs]?|zusätzliche[nmrs]?|andere[nmrs]?|another|further|additional|other)\s+(?:\p{L}+\s+)?$/iu;

/** Zeros at the end of an integer value (130 → 1, 15.000 → 3); 0 for other values. */
function trailingZeros(v: number): number {
  let x = Math.abs(v);
  if (!Number.isInteger(x) || x === 0) return 0;
  let n = 0;
  while (x % 10 === 0) {
    x /= 10;
    n++;
  }
  return n;
}

const EMPTY_I32 = new Int32Array(0);
/** Actors and figures of a claim without any (shared, frozen). */
const NO_ACTORS = Object.freeze([]) as unknown as string[];
const NO_FIGURES = Object.freeze([]) as unknown as IndexedFigure[];

/**
 * A copy of `s` that shares no storage with a longer string it was cut from: V8 keeps a slice of 13 or
 * more characters as a view of its parent, so one kept claim text would keep its whole document alive.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

const LATIN1_SCRATCH = new Uint16Array(4096);

/**
 * A copy of `s` of its own (see detach), one byte per character where `s` has only Latin-1 characters:
 * V8 keeps a copy as wide as the string it was cut from, and most documents have a dash or a quote mark
 * beyond Latin-1 somewhere while most of their sentences do not.
 */
function ownCopy(s: string): string {
  const n = s.length;
  if (n < 13 || n > LATIN1_SCRATCH.length) return detach(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) return detach(s);
    LATIN1_SCRATCH[i] = c;
  }
  return String.fromCharCode.apply(null, LATIN1_SCRATCH.subarray(0, n) as unknown as number[]);
}

/** Int32 views of one exactly sized buffer, taken in turn. */
class Packer {
  private readonly buf: Int32Array;
  private at = 0;

  constructor(n: number) {
    this.buf = new Int32Array(n);
  }

  i32(src: ArrayLike<number>): Int32Array {
    const v = this.buf.subarray(this.at, this.at + src.length);
    v.set(src);
    this.at += src.length;
    return v;
  }

  u32(src: ArrayLike<number>): Uint32Array {
    const v = new Uint32Array(this.buf.buffer, 4 * this.at, src.length);
    v.set(src);
    this.at += src.length;
    return v;
  }
}

/** Salience of an article without figures (shared, never written). */
const NO_SALIENCE: Array<string | number> = [];

/** How present the counted thing of `unitKey` is in the entry's article (Entry.salience); 0 when absent. */
function salienceOf(e: Entry, unitKey: string | null): number {
  const s = e.salience;
  for (let i = 0; i < s.length; i += 2) if (s[i] === unitKey) return s[i + 1] as number;
  return 0;
}
/** Offsets of an article without any (shared, read-only). */
const ZEROS_I32 = new Int32Array(4096);
/** Figure offsets of an article without figures (shared, read-only). */
const ZERO_OFF = new Int32Array(1);
const EMPTY_U8 = new Uint8Array(0);
const EMPTY_I8 = new Int8Array(0);
const EMPTY_F64 = new Float64Array(0);
const EMPTY_VEC: SparseVec = { ids: new Int32Array(0), w: new Float64Array(0), norm: 0 };

/** ln(1 + c/5) for the figure vectors' local weights (stored ×5). */
const LOG1P5 = Float64Array.from({ length: 256 }, (_, c) => Math.log(1 + c / 5));

/** What linking needs to know about a figure beyond its value (computed on demand, per query or per allLinks run). */
interface FigureFacts {
  head: string | null;
  mods: string[];
  anchors: string[];
  /** Months the figure's stretch of the claim names ("am 13. November" → "11", "im April 2015" → "4@2015"). */
  months: string[];
  cumulative: boolean;
  rate: boolean;
  /** People arriving, crossing or waiting: a count of one moment (isSnapshot). */
  snapshot: boolean;
}

const SLOT_MUL = 65536;

/** Strings kept by the intern pool before it starts afresh (sharing is only a saving). */
const POOL_MAX = 50_000;

/** Sketch hashes are keyed by their top 30 bits (small integers are cheaper map keys). */
const SKETCH_SHIFT = 2;

/** Claims' shingle sets kept by one pass (about 100 bytes each). */
const SHINGLES_MAX = 100_000;

/** Size of the intersection of two ascending arrays of distinct values. */
function intersectSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Vectors kept by one allLinks pass before its caches are dropped (memory stays flat at any corpus size). */
const SCRATCH_MAX = 20_000;

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The interval of values a figure allows. */
function interval(f: IndexedFigure): [number, number] {
  const v = f.value;
  const eps = Math.abs(v) * 1e-9 + 1e-12;
  switch (f.qualifier) {
    case 'range':
      return [Math.min(f.low ?? v, f.high ?? v), Math.max(f.low ?? v, f.high ?? v)];
    case 'approx':
      return [v - Math.abs(v) * 0.025, v + Math.abs(v) * 0.025];
    case 'at-least':
      return [v, v + Math.abs(v) * 0.05];
    case 'more-than':
      return [v + 2 * eps, v + Math.abs(v) * 0.05];
    case 'at-most':
      return [v - Math.abs(v) * 0.05, v];
    case 'less-than':
      return [v - Math.abs(v) * 0.05, v - 2 * eps];
    default:
      return [v - eps, v + eps];
  }
}

const OPEN = new Set<Qualifier>(['at-least', 'more-than', 'at-most', 'less-than']);
const HEDGED = new Set<Qualifier>(['approx', 'at-least', 'more-than', 'at-most', 'less-than']);

/**
 * Whether two figures can be reports of the same value ("etwa 14.000" ~ "14.000", "mehr als 500" ~ "512").
 * Two hedged figures ("mehr als 25.000", "rund 27.000") agree only on (nearly) the same stated value:
 * each hedge allows some slack, but two writers who chose different round numbers report different figures.
 */
export function valuesAgree(a: IndexedFigure, b: IndexedFigure): boolean {
  if (HEDGED.has(a.qualifier) && HEDGED.has(b.qualifier)) {
    if (Math.abs(a.value - b.value) > Math.max(Math.abs(a.value), Math.abs(b.value)) * 0.025) return false;
    // "mehr als 500" and "weniger als 500" state the same number but exclude each other.
    if (OPEN.has(a.qualifier) && OPEN.has(b.qualifier)) {
      const up = (q: Qualifier) => q === 'at-least' || q === 'more-than';
      return up(a.qualifier) === up(b.qualifier);
    }
    return true;
  }
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  return al <= bh && bl <= ah;
}

/** "Tausende", "Dutzende", "hundreds of": a magnitude, not a value — never evidence of the same figure. */
const VAGUE_RE = /^(?:(?:über|mehr als|fast|knapp|rund|etwa|mehrere|einige|viele|over|more than|several|many)\s+)?(?:dutzende|hunderte|tausende|zehntausende|hunderttausende|abertausende|dozens|hundreds|thousands|tens of thousands|hundreds of thousands)\b/iu;
const HAS_DIGIT = /\d/;

export function isVague(f: IndexedFigure): boolean {
  return !HAS_DIGIT.test(f.text) && VAGUE_RE.test(f.text);
}


/** Two figures state the same value (and range bounds), whatever their qualifiers. */
function sameStated(a: IndexedFigure, b: IndexedFigure): boolean {
  const eq = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (!eq(a.value, b.value)) return false;
  // A range and a value at its upper bound ("10.000 bis 12.000" / "12.000") are read as one figure; two ranges need equal bounds.
  const la = a.qualifier === 'range' ? a.low : null;
  const lb = b.qualifier === 'range' ? b.low : null;
  return la === null || lb === null || eq(la, lb);
}

/**
 * A bare count that may still be linked by its value and its words ("eine Obergrenze von 37.500"):
 * a written numeral of at least 100 that is no year and no vague magnitude.
 */
function bareLinkable(f: IndexedFigure): boolean {
  if (!HAS_DIGIT.test(f.text) || !isBare(f.text)) return false;
  const v = f.value;
  if (!(Math.abs(v) >= 100) || f.qualifier === 'range') return false;
  if (Number.isInteger(v) && v >= 1800 && v <= 2100 && !/\d[.,\s']\d{3}/.test(f.text)) return false;
  return true;
}

/** Whether two figures count the same kind of thing (same unit key and kind). Figures without unit never match. */
export function sameQuantity(a: IndexedFigure, b: IndexedFigure): boolean {
  if (a.unitKey === null || a.unitKey !== b.unitKey || a.kind !== b.kind) return false;
  if (isVague(a) || isVague(b)) return false;
  const oa = a.outcome ?? null;
  const ob = b.outcome ?? null;
  return oa === null || ob === null || oa === ob;
}

/** Outcome words: "12 Menschen getötet" and "12 Menschen verletzt" count different things. One pass, one group per outcome. */
const OUTCOME_NAMES = ['dead', 'injured', 'arrested', 'missing', 'rescued', 'evacuated'];
const OUTCOME_RE = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`tot(?:e|en|er)?|getötet|starb(?:en)?|gestorben|ums leben|todesopfer|leichen?|(?:zum )?opfer gefallen|in den tod|killed|dead|died|deaths?|fatalities|lost their lives`,
      String.raw`verletzt(?:e|en)?|schwerverletzt(?:e|en)?|verwundet(?:e|en)?|injured|wounded|hurt`,
      String.raw`festgenommen|verhaftet|festnahmen?|arrested|detained`,
      String.raw`vermisst(?:e|en)?|missing`,
      String.raw`gerettet|geborgen|rescued`,
      String.raw`evakuiert|evacuated`,
    ]
      .map((p) => `(${p})`)
      .join('|') +
    String.raw`)\b`,
  'giu',
);

/** A coordination between an outcome word and a later figure: the word closes the conjunct before ("getötet und 400 verletzt"). */
const CONJUNCT_RE = /(?:\bund\b|\bsowie\b|\bwährend\b|\band\b|\bwhile\b|[,;])/i;
const DIGIT_RE = /\d/;
/** A part of a quantity named before it ("davon 1,6 Milliarden", "darunter 39 Kinder"). */
const PART_RE = /\b(?:davon|darunter|darin|including|of\s+whom|of\s+which|among\s+them)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The outcome word nearest to a figure (within a clause-sized window of its claim), or null. A word
 * before the figure that is separated from it by a coordination belongs to the conjunct before
 * ("260 getötet und rund 400 weitere verletzt": 400 are injured) and is taken only when nothing
 * follows; a word further after the figure ("190 Menschen bei Luftschlägen gegen … getötet") counts
 * when no other number stands between.
 */
export function figureOutcome(claimText: string, start: number, end: number): string | null {
  const from = Math.max(0, start - 60);
  const to = Math.min(claimText.length, end + 130);
  const win = claimText.slice(from, to);
  let best: string | null = null;
  let bestDist = Infinity;
  OUTCOME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OUTCOME_RE.exec(win)) !== null) {
    let g = 1;
    while (g <= OUTCOME_NAMES.length && m[g] === undefined) g++;
    const at = from + m.index;
    const stop = at + m[0].length;
    let d = at >= end ? at - end : stop <= start ? start - stop : 0;
    if (at >= end && d > 80 && DIGIT_RE.test(claimText.slice(end, at))) continue;
    if (stop <= start && CONJUNCT_RE.test(claimText.slice(stop, start))) d += 200;
    if (d < bestDist) {
      bestDist = d;
      best = OUTCOME_NAMES[g - 1] ?? null;
    }
  }
  return best;
}

function compareRef(pathA: string, startA: number, pathB: string, startB: number): number {
  if (pathA !== pathB) return pathA < pathB ? -1 : 1;
  return startA - startB;
}

/** Prefix features make "Nordkorea" meet "nordkoreanische", "Ukraine" meet "ukrainischen". */
function withPrefixes(stems: string[]): string[] {
  const n = stems.length;
  for (let i = 0; i < n; i++) {
    const s = stems[i];
    if (s.length >= 6) stems.push('~' + s.slice(0, 5));
  }
  return stems;
}

function cosine(a: SparseVec, b: SparseVec): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) {
      dot += a.w[i++] * b.w[j++];
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** Terms of two vectors in common. */
function sharedTerms(a: SparseVec, b: SparseVec): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      n++;
      i++;
      j++;
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return n;
}

/** Per-run caches of linking (one query, or one allLinks pass; dropped afterwards). */
class LinkScratch {
  readonly ctx = new Map<number, SparseVec>();
  readonly claimVec = new Map<number, SparseVec>();
  readonly stmt = new Map<number, SparseVec>();
  readonly shingles = new Map<number, Uint32Array>();
  readonly facts = new Map<IndexedFigure, FigureFacts>();
  readonly anchors = new Map<number, string[]>();

  size(): number {
    return this.ctx.size + this.claimVec.size + this.stmt.size + this.shingles.size + this.facts.size;
  }
}

export class SnapshotError extends Error {}

export class CorpusIndex {
  private readonly byPath = new Map<string, Entry>();
  private readonly slots: Array<Entry | null> = [];
  private readonly freeSlots: number[] = [];
  /** Term → id; after a reopen built on first use (vocabMap), vocabStr is the truth. */
  private vocab: Map<string, number> | null = new Map<string, number>();
  private vocabStr: string[] = [];
  /** Articles per term (= live entries of its posting). */
  private df: number[] = [];
  /** Per term: (slot, tf) pairs, interleaved; df[t] pairs are live. */
  private postings: Array<Int32Array | undefined> = [];
  /**
   * Sketch hash (its top 30 bits, a small integer key) → claim ref (slot · SLOT_MUL + claim), or
   * several refs. A rare merge of two hashes only adds a candidate; every candidate is verified.
   */
  private readonly sketchIndex = new Map<number, number | number[]>();
  private readonly actorCounts = new Map<string, { actor: string; count: number }>();
  /** One copy of each short recurring string (units, classes, dates, outlets), detached from its document. */
  private pool = new Map<string, string>();
  /** Actor key → a small integer (never reused; for comparing claims' actors without strings). */
  private readonly actorIds = new Map<string, number>();
  /** Actor id → its key. */
  private readonly actorKeys: string[] = [];
  /** Term ids of an actor's name, by actor id · 2 + (English ? 1 : 0) (statement vectors leave them out). */
  private readonly actorTermCache = new Map<number, Set<number>>();
  private gen = 0;
  /** Scratch accumulator of candidateArticles / context vectors (grows with slots / vocab). */
  private acc = new Float64Array(0);
  private wacc = new Float64Array(0);
  /** Scratch of buildFigureVectors (grow-only). */
  private fvScratch = new Int32Array(0);
  private fvScratchC = new Uint8Array(0);
  private fvOffScratch = new Int32Array(0);
  /** Scratch of adoptArticle's base64 decoding (grow-only; reopening only). */
  private b64Scratch = new Uint8Array(0);
  /** Article vector norms by slot, valid where slotNormGen[slot] is the current generation. */
  private slotNorm = new Float64Array(0);
  private slotNormGen = new Int32Array(0);
  private allNormsGen = -1;
  private qScratch: LinkScratch | null = null;
  private qScratchGen = -1;
  /** IDF per term (0 above the cap), valid for generation idfValGen over idfValLen terms. */
  private idfVal = new Float64Array(0);
  private idfValGen = -1;
  private idfValLen = 0;
  /** Lazily built search structures of claimsByText, valid for one generation. */
  private search: SearchIndex | null = null;
  /** Lazily built figure buckets (class → figures sorted by value), valid for one generation. */
  private figIdx: FigureIndex | null = null;
  /** Article cosines of the article being linked (dense by slot; reset after each computeLinks). */
  private artCos = new Float64Array(0);

  get size(): number {
    return this.byPath.size;
  }

  get(path: string): IndexedArticle | undefined {
    return this.byPath.get(path)?.article;
  }

  paths(): string[] {
    return Array.from(this.byPath.keys());
  }

  hasHash(path: string, hash: string): boolean {
    return this.byPath.get(path)?.article.hash === hash;
  }

  /**
   * Add or replace an article. `text` (the analysed document) is optional: with it the
   * article's topic vector uses the whole text, without it the claims' text and title.
   */
  upsert(analysis: ArticleAnalysis, contentHash: string, text?: string): void {
    const lang: Lang = analysis.language === 'en' ? 'en' : 'de';
    const claims: IndexedClaim[] = [];
    const artStems: string[] = [];
    const cTerms: number[] = [];
    const cOff = new Int32Array(analysis.claims.length + 1);
    const sk: number[] = [];
    const skOff = new Int32Array(analysis.claims.length + 1);
    const fOff = new Int32Array(analysis.claims.length + 1);
    const fwOffList: number[] = [0];
    const fwTermsList: number[] = [];
    const P = XREF_PARAMS;
    analysis.claims.forEach((c, ci) => {
      // The claim's text as a string of its own: the analysis' strings are slices of the whole document,
      // and keeping one of them would keep the document alive.
      const ctext = ownCopy(c.text);
      const actors: string[] = [];
      const seen = new Set<string>();
      for (const ai of c.attributions) {
        const a = analysis.attributions[ai];
        if (a && a.actor) {
          const k = actorKey(a.actor);
          if (!seen.has(k)) {
            seen.add(k);
            actors.push(detach(a.actor));
          }
        }
      }
      for (const qi of c.quotes) {
        const q = analysis.quotes[qi];
        if (q && q.speaker) {
          const k = actorKey(q.speaker);
          if (!seen.has(k)) {
            seen.add(k);
            actors.push(detach(q.speaker));
          }
        }
      }
      const figures: IndexedFigure[] = [];
      for (const ni of c.numbers) {
        const n = analysis.numbers[ni];
        if (!n) continue;
        // The figure's text is mostly a stretch of the claim's (a slice of its copy), else a copy of its own.
        const fs = n.start - c.start;
        const ftext = fs >= 0 && n.end <= c.end && c.text.slice(fs, n.end - c.start) === n.text ? ctext.slice(fs, n.end - c.start) : detach(n.text);
        figures.push({
          index: ni,
          start: n.start,
          end: n.end,
          text: ftext,
          value: n.value,
          low: n.low,
          high: n.high,
          qualifier: n.qualifier,
          unit: this.intern(n.unit),
          unitKey: this.intern(n.unitKey),
          kind: n.kind,
          outcome: figureOutcome(c.text, n.start - c.start, n.end - c.start),
          time: null,
          qclass: null,
        });
      }
      const claimTime = c.time ? this.intern(c.time.from) : null;
      if (figures.length > 0) {
        const spans = figures.map((f) => ({ start: f.start - c.start, end: f.end - c.start }));
        const times = figureTimes(c.text, spans, analysis.date, claimTime);
        figures.forEach((f, i) => (f.time = this.intern(times[i])));
        for (const f of figures) f.qclass = this.intern(quantityClass(f.unitKey, f.kind, f.outcome));
        const from = elidedUnitSources(figures);
        const segs = segments(spans, c.text.length);
        figures.forEach((f, i) => {
          if (from[i] >= 0) {
            const g = figures[from[i]];
            f.qclass = g.qclass !== null && g.qclass !== undefined ? this.intern(quantityClass(g.unitKey, g.kind, f.outcome ?? g.outcome)) : null;
          } else if (f.unitKey === null && f.kind === 'count' && bareLinkable(f)) f.qclass = '?';
          const win = figureWindow(c.text, spans[i].start, spans[i].end, segs[i].from, segs[i].to, P.windowWords);
          const ws = withPrefixes(contentTerms(win, lang).filter((t) => !isCountingWord(t)));
          const wids = ws.map((st) => this.termId(st)).sort((x, y) => x - y);
          for (const id of wids) fwTermsList.push(id);
          fwOffList.push(fwTermsList.length);
        });
      }
      fOff[ci + 1] = fOff[ci] + figures.length;
      claims.push({
        id: detach(c.id), start: c.start, end: c.end, text: ctext, time: claimTime,
        actors: actors.length === 0 ? NO_ACTORS : actors, figures: figures.length === 0 ? NO_FIGURES : figures,
      });
      const stems = contentTerms(c.text, lang);
      if (text === undefined) for (const st of stems) artStems.push(st);
      if (figures.length > 0 || actors.length > 0) for (const a of actors) contentTerms(a, lang, stems);
      withPrefixes(stems);
      const ids = stems.map((st) => this.termId(st)).sort((x, y) => x - y);
      for (const id of ids) cTerms.push(id);
      cOff[ci + 1] = cTerms.length;
      const sh = claimShingles(c.text);
      if (sh.length >= P.reuseMinShingles) for (const h of bottomK(sh, P.sketchK)) sk.push(h);
      skOff[ci + 1] = sk.length;
    });
    // Article vector (stems only: cheaper postings; the prefix features serve the claim contexts).
    if (text !== undefined) contentTerms(this.bodyText(text, analysis), lang, artStems);
    if (analysis.title) {
      contentTerms(analysis.title, lang, artStems);
      contentTerms(analysis.title, lang, artStems);
    }
    const ids = artStems.map((st) => this.termId(st)).sort((x, y) => x - y);
    const termIds: number[] = [];
    const termTf: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i > 0 && ids[i] === ids[i - 1]) termTf[termTf.length - 1]++;
      else {
        termIds.push(ids[i]);
        termTf.push(1);
      }
    }
    const article: IndexedArticle = {
      path: detach(analysis.path),
      hash: detach(contentHash),
      language: lang,
      title: analysis.title === null ? null : detach(analysis.title),
      date: this.intern(analysis.date),
      outlet: this.intern(analysis.outlet),
      claims,
    };
    // The article's integer arrays as views of one buffer (one allocation instead of nine).
    const pack = new Packer(2 * termIds.length + cTerms.length + sk.length + fwTermsList.length + 3 * cOff.length + fwOffList.length);
    const e: Entry = {
      slot: -1,
      article,
      termIds: pack.i32(termIds),
      termTf: pack.i32(termTf),
      cOff: pack.i32(cOff),
      cTerms: pack.i32(cTerms),
      skOff: pack.i32(skOff),
      sk: pack.u32(sk),
      fOff: pack.i32(fOff),
      fwOff: pack.i32(fwOffList),
      fwTerms: pack.i32(fwTermsList),
      fvOff: EMPTY_I32,
      fvIds: EMPTY_I32,
      fvC: EMPTY_U8,
      fNorm: EMPTY_F64,
      fNormGen: -1,
      aOff: EMPTY_I32,
      aIds: EMPTY_I32,
      fGrp: null,
      monthFlags: EMPTY_I8,
      salience: NO_SALIENCE,
    };
    this.computeSalience(e);
    this.buildFigureVectors(e);
    this.insert(e);
  }

  /** The document minus front matter and boilerplate. */
  private bodyText(text: string, a: ArticleAnalysis): string {
    const cuts = [...(a.frontMatter ? [a.frontMatter] : []), ...a.boilerplate].sort((x, y) => x.start - y.start);
    if (cuts.length === 0) return text;
    let out = '';
    let pos = 0;
    for (const c of cuts) {
      if (c.start > pos) out += text.slice(pos, c.start) + '\n';
      pos = Math.max(pos, c.end);
    }
    return out + text.slice(pos);
  }

  private intern<T extends string | null>(s: T): T {
    if (s === null) return s;
    let x = this.pool.get(s);
    if (x === undefined) {
      if (this.pool.size >= POOL_MAX) this.pool = new Map();
      x = detach(s);
      this.pool.set(x, x);
    }
    return x as T;
  }

  private vocabMap(): Map<string, number> {
    if (this.vocab === null) {
      const m = new Map<string, number>();
      for (let t = 0; t < this.vocabStr.length; t++) m.set(this.vocabStr[t], t);
      this.vocab = m;
    }
    return this.vocab;
  }

  private termId(s: string): number {
    const vocab = this.vocabMap();
    let id = vocab.get(s);
    if (id === undefined) {
      id = this.vocabStr.length;
      vocab.set(s, id);
      this.vocabStr.push(s);
      this.df.push(0);
      this.postings.push(undefined);
    }
    return id;
  }

  private addPosting(t: number, slot: number, tf: number): void {
    const n = this.df[t];
    let p = this.postings[t];
    if (!p || p.length < 2 * (n + 1)) {
      const q = new Int32Array(Math.max(2, 2 * (n + 1), p ? p.length * 2 : 0));
      if (p) q.set(p.subarray(0, 2 * n));
      this.postings[t] = p = q;
    }
    p[2 * n] = slot;
    p[2 * n + 1] = tf;
    this.df[t] = n + 1;
  }

  private addSketch(hash: number, ref: number): void {
    const h = hash >>> SKETCH_SHIFT;
    const cur = this.sketchIndex.get(h);
    if (cur === undefined) this.sketchIndex.set(h, ref);
    else if (typeof cur === 'number') this.sketchIndex.set(h, [cur, ref]);
    else cur.push(ref);
  }

  private removeSketch(hash: number, ref: number): void {
    const h = hash >>> SKETCH_SHIFT;
    const cur = this.sketchIndex.get(h);
    if (cur === undefined) return;
    if (typeof cur === 'number') {
      if (cur === ref) this.sketchIndex.delete(h);
      return;
    }
    const k = cur.indexOf(ref);
    if (k >= 0) {
      cur[k] = cur[cur.length - 1];
      cur.pop();
    }
    if (cur.length === 1) this.sketchIndex.set(h, cur[0]);
    else if (cur.length === 0) this.sketchIndex.delete(h);
  }

  /** Puts a built entry in a slot; with `bulk`, postings are built by the caller. */
  private insert(e: Entry, bulk = false): void {
    if (this.byPath.has(e.article.path)) this.remove(e.article.path);
    const slot = this.freeSlots.length > 0 ? (this.freeSlots.pop() as number) : this.slots.length;
    e.slot = slot;
    this.slots[slot] = e;
    this.byPath.set(e.article.path, e);
    if (!bulk) for (let i = 0; i < e.termIds.length; i++) this.addPosting(e.termIds[i], slot, e.termTf[i]);
    const claims = e.article.claims;
    let aOff = ZEROS_I32;
    const aIds: number[] = [];
    for (let ci = 0; ci < claims.length; ci++) {
      const ref = slot * SLOT_MUL + ci;
      for (let k = e.skOff[ci]; k < e.skOff[ci + 1]; k++) this.addSketch(e.sk[k], ref);
      for (const a of claims[ci].actors) {
        const k = actorKey(a);
        const rec = this.actorCounts.get(k);
        if (rec) rec.count++;
        else this.actorCounts.set(k, { actor: a, count: 1 });
        let id = this.actorIds.get(k);
        if (id === undefined) {
          this.actorIds.set(k, (id = this.actorIds.size));
          this.actorKeys.push(k);
        }
        aIds.push(id);
      }
      if (aIds.length > 0 && aOff === ZEROS_I32) aOff = new Int32Array(claims.length + 1);
      if (aOff !== ZEROS_I32) aOff[ci + 1] = aIds.length;
    }
    if (aOff === ZEROS_I32 && claims.length >= ZEROS_I32.length) aOff = new Int32Array(claims.length + 1);
    if (aIds.length === 0) {
      e.aOff = aOff;
      e.aIds = EMPTY_I32;
    } else {
      // Offsets and ids in one buffer.
      const pack = new Packer(aOff.length + aIds.length);
      e.aOff = pack.i32(aOff);
      e.aIds = pack.i32(aIds);
    }
    this.gen++;
  }

  private computeSalience(e: Entry): void {
    const figs = new Map<string, number>();
    const tfOf = new Map<string, number>();
    for (const c of e.article.claims) {
      for (const f of c.figures) {
        if (!f.unitKey) continue;
        figs.set(f.unitKey, (figs.get(f.unitKey) ?? 0) + 1);
        if (f.unit && !tfOf.has(f.unitKey)) {
          let tf = 0;
          for (const st of contentTerms(f.unit, e.article.language)) {
            const id = this.vocabMap().get(st);
            if (id === undefined) continue;
            let lo = 0;
            let hi = e.termIds.length - 1;
            while (lo <= hi) {
              const mid = (lo + hi) >> 1;
              if (e.termIds[mid] < id) lo = mid + 1;
              else if (e.termIds[mid] > id) hi = mid - 1;
              else {
                tf = Math.max(tf, e.termTf[mid]);
                break;
              }
            }
          }
          tfOf.set(f.unitKey, tf);
        }
      }
    }
    if (figs.size === 0) return;
    e.salience = [];
    for (const [k, n] of figs) e.salience.push(k, Math.max(n, tfOf.get(k) ?? 0));
  }

  remove(path: string): boolean {
    const e = this.byPath.get(path);
    if (!e) return false;
    const slot = e.slot;
    for (let i = 0; i < e.termIds.length; i++) {
      const t = e.termIds[i];
      const p = this.postings[t];
      const n = this.df[t];
      if (!p) continue;
      for (let k = 2 * (n - 1); k >= 0; k -= 2) {
        if (p[k] !== slot) continue;
        p[k] = p[2 * (n - 1)];
        p[k + 1] = p[2 * (n - 1) + 1];
        this.df[t] = n - 1;
        break;
      }
      if (this.df[t] === 0) this.postings[t] = undefined;
    }
    const claims = e.article.claims;
    for (let ci = 0; ci < claims.length; ci++) {
      const ref = slot * SLOT_MUL + ci;
      for (let k = e.skOff[ci]; k < e.skOff[ci + 1]; k++) this.removeSketch(e.sk[k], ref);
      for (const a of claims[ci].actors) {
        const key = actorKey(a);
        const rec = this.actorCounts.get(key);
        if (rec && --rec.count <= 0) this.actorCounts.delete(key);
      }
    }
    this.byPath.delete(path);
    this.slots[slot] = null;
    this.freeSlots.push(slot);
    this.gen++;
    return true;
  }

  rename(oldPath: string, newPath: string): boolean {
    const e = this.byPath.get(oldPath);
    if (!e || oldPath === newPath) return !!e;
    this.remove(newPath);
    this.byPath.delete(oldPath);
    e.article.path = newPath;
    this.byPath.set(newPath, e);
    this.gen++;
    return true;
  }

  // --- weights ------------------------------------------------------------

  private dfCap(): number {
    return Math.max(XREF_PARAMS.minCapDf, XREF_PARAMS.maxDfShare * this.byPath.size);
  }

  private idf(t: number, cap: number): number {
    const df = this.df[t];
    if (df > cap) return 0;
    const n = this.byPath.size + XREF_PARAMS.backgroundDocs;
    return Math.log(1 + n / (df + 1));
  }

  private norm(e: Entry, cap: number): number {
    if (this.slotNormGen.length < this.slots.length) {
      const g = new Int32Array(Math.max(64, this.slots.length * 2)).fill(-1);
      const v = new Float64Array(g.length);
      g.set(this.slotNormGen);
      v.set(this.slotNorm);
      this.slotNormGen = g;
      this.slotNorm = v;
    }
    if (this.slotNormGen[e.slot] === this.gen) return this.slotNorm[e.slot];
    let s = 0;
    const idf = this.idfTable();
    const df = this.df;
    for (let i = 0; i < e.termIds.length; i++) {
      const t = e.termIds[i];
      const w = df[t] > cap ? 0 : logTf(e.termTf[i]) * idf[t];
      s += w * w;
    }
    const n = Math.sqrt(s);
    this.slotNormGen[e.slot] = this.gen;
    this.slotNorm[e.slot] = n;
    return n;
  }

  /**
   * Every article's norm, its figures' norms and fellow mentions, in one pass after a change: cheaper
   * than one by one as queries touch them, and the first queries after a change stay as fast as the rest.
   */
  private allNorms(): void {
    if (this.allNormsGen === this.gen) return;
    const cap = this.dfCap();
    for (const e of this.byPath.values()) {
      this.norm(e, cap);
      CorpusIndex.groups(e);
      const nf = e.fvOff.length - 1;
      for (let k = 0; k < nf; k++) this.figureNorm(e, k);
    }
    this.allNormsGen = this.gen;
  }

  /**
   * Articles whose topic cosine with `e` is at least articleMin: slot → cosine. With `dense`, every
   * article sharing a weighted term gets its cosine in dense.cos (by slot). With `run` (allLinks), only
   * articles after `e` in path order are scored, from postings sorted by that order.
   */
  private candidateArticles(e: Entry, dense?: { cos: Float64Array; touched: number[] }, run?: LinkRun): Map<number, number> {
    const cap = this.dfCap();
    if (this.acc.length < this.slots.length) this.acc = new Float64Array(Math.max(64, this.slots.length * 2));
    const acc = this.acc;
    const touched: number[] = [];
    const r = run ? run.rank[e.slot] : -1;
    for (let i = 0; i < e.termIds.length; i++) {
      const t = e.termIds[i];
      if (this.df[t] > cap) continue;
      const idf = this.idfOf(t);
      if (idf === 0) continue;
      const wa = logTf(e.termTf[i]) * idf * idf;
      if (run) {
        const p = run.post[t];
        if (!p) continue;
        for (let k = p.length - 2; k >= 0 && p[k] > r; k -= 2) {
          const s = run.slotOf[p[k]];
          if (acc[s] === 0) touched.push(s);
          acc[s] += wa * logTf(p[k + 1]);
        }
        continue;
      }
      const p = this.postings[t];
      if (!p) continue;
      const n = 2 * this.df[t];
      for (let k = 0; k < n; k += 2) {
        const s = p[k];
        if (acc[s] === 0) touched.push(s);
        acc[s] += wa * logTf(p[k + 1]);
      }
    }
    const out = new Map<number, number>();
    const na = this.norm(e, cap);
    for (const s of touched) {
      const dot = acc[s];
      acc[s] = 0;
      if (s === e.slot || na === 0) continue;
      const nb = this.slotNormGen[s] === this.gen ? this.slotNorm[s] : this.norm(this.slots[s] as Entry, cap);
      if (nb === 0) continue;
      const cos = Math.min(1, dot / (na * nb));
      if (dense) {
        dense.cos[s] = cos;
        dense.touched.push(s);
      }
      if (cos >= XREF_PARAMS.articleMin) out.set(s, cos);
    }
    return out;
  }

  /** Builds a sparse vector from (term, count) accumulated in `wacc` over `touched`, weighting each count. */
  private finishVec(touched: number[], weight: (t: number, c: number) => number): SparseVec {
    touched.sort((x, y) => x - y);
    const ids: number[] = [];
    const w: number[] = [];
    let norm = 0;
    for (const t of touched) {
      const c = this.wacc[t];
      this.wacc[t] = 0;
      const x = weight(t, c);
      if (x === 0) continue;
      ids.push(t);
      w.push(x);
      norm += x * x;
    }
    if (ids.length === 0) return EMPTY_VEC;
    return { ids: Int32Array.from(ids), w: Float64Array.from(w), norm: Math.sqrt(norm) };
  }

  private accumulate(e: Entry, ci: number, weight: number, touched: number[], skip?: Set<number>, noPrefixes = false): void {
    if (this.wacc.length < this.vocabStr.length) {
      const w = new Float64Array(Math.max(1024, this.vocabStr.length * 2));
      this.wacc = w;
    }
    for (let k = e.cOff[ci]; k < e.cOff[ci + 1]; k++) {
      const t = e.cTerms[k];
      if (skip && skip.has(t)) continue;
      if (noPrefixes && this.vocabStr[t].charCodeAt(0) === 126 /* ~ */) continue;
      if (this.wacc[t] === 0) touched.push(t);
      this.wacc[t] += weight;
    }
  }

  /** Weighted term vector of a claim's context: the claim, its neighbours at half weight (cached per run). */
  private contextVector(e: Entry, ci: number, neighbours: boolean, cap: number, scratch: LinkScratch): SparseVec {
    const key = (e.slot * SLOT_MUL + ci) * 2 + (neighbours ? 1 : 0);
    const cache = neighbours ? scratch.ctx : scratch.claimVec;
    let v = cache.get(key);
    if (v) return v;
    const touched: number[] = [];
    this.accumulate(e, ci, 1, touched);
    if (neighbours) {
      if (ci > 0) this.accumulate(e, ci - 1, 0.5, touched);
      if (ci + 1 < e.article.claims.length) this.accumulate(e, ci + 1, 0.5, touched);
    }
    v = this.finishVec(touched, (t, c) => {
      const idf = this.idf(t, cap);
      return idf === 0 ? 0 : (1 + Math.log(1 + c)) * idf;
    });
    cache.set(key, v);
    return v;
  }

  /**
   * What a claim says, for statement matching: its own terms without the speaker's name and
   * without prefix features, weighted by an IDF with little smoothing (story words weigh less).
   */
  private statementVector(en: Entry, ci: number, scratch: LinkScratch): SparseVec {
    const key = en.slot * SLOT_MUL + ci;
    let v = scratch.stmt.get(key);
    if (v) return v;
    const c = en.article.claims[ci];
    let actorTerms: Set<number> | undefined;
    const na = en.aOff[ci + 1] - en.aOff[ci];
    if (na === 1) actorTerms = this.actorTerms(en.aIds[en.aOff[ci]], c.actors[0], en.article.language);
    else if (na > 1) {
      actorTerms = new Set<number>();
      for (let j = 0; j < na; j++) for (const t of this.actorTerms(en.aIds[en.aOff[ci] + j], c.actors[j], en.article.language)) actorTerms.add(t);
    }
    const touched: number[] = [];
    this.accumulate(en, ci, 1, touched, actorTerms, true);
    const n = this.byPath.size + XREF_PARAMS.statementBackgroundDocs;
    v = this.finishVec(touched, (t, tf) => (1 + Math.log(tf)) * Math.log(1 + n / (this.df[t] + 1)));
    scratch.stmt.set(key, v);
    return v;
  }

  private actorTerms(id: number, actor: string, lang: Lang): Set<number> {
    const key = id * 2 + (lang === 'en' ? 1 : 0);
    let set = this.actorTermCache.get(key);
    if (!set) {
      set = new Set<number>();
      for (const st of contentTerms(actor, lang)) {
        const t = this.vocabMap().get(st);
        if (t !== undefined) set.add(t);
      }
      this.actorTermCache.set(key, set);
    }
    return set;
  }

  private statementSim(a: Entry, ai: number, b: Entry, bi: number, scratch: LinkScratch): number {
    const va = this.statementVector(a, ai, scratch);
    const vb = this.statementVector(b, bi, scratch);
    if (sharedTerms(va, vb) < XREF_PARAMS.statementMinShared) return 0;
    return cosine(va, vb);
  }

  private shinglesOf(e: Entry, ci: number, scratch: LinkScratch): Uint32Array {
    const key = e.slot * SLOT_MUL + ci;
    let s = scratch.shingles.get(key);
    if (!s) {
      if (scratch.shingles.size > SHINGLES_MAX) scratch.shingles.clear();
      s = Uint32Array.from(claimShingles(e.article.claims[ci].text));
      scratch.shingles.set(key, s);
    }
    return s;
  }

  private factsOf(e: Entry, ci: number, f: IndexedFigure, scratch: LinkScratch): FigureFacts {
    let x = scratch.facts.get(f);
    if (x) return x;
    const c = e.article.claims[ci];
    const spans = c.figures.map((g) => ({ start: g.start - c.start, end: g.end - c.start }));
    const seg = segments(spans, c.text.length)[c.figures.indexOf(f)] ?? { from: 0, to: c.text.length };
    const own = c.text.slice(seg.from, seg.to);
    const noun = countedNoun(f.text, f.unit, e.article.language);
    const anchors = dayAnchors(own);
    if (f.time && f.time.length === 10 && anchors.length === 0 && /\b(?:am|on|vom)\s/i.test(own)) anchors.push('iso' + f.time);
    x = { head: noun.head, mods: noun.mods, anchors, months: monthAnchors(own), cumulative: isCumulative(own), rate: isRate(own), snapshot: f.kind === 'count' && !f.outcome && isSnapshot(own) };
    scratch.facts.set(f, x);
    return x;
  }

  /**
   * Whether what the two claims say about their figures lets them be reports of one quantity:
   * the same counted noun (head, and qualifiers that do not exclude each other), the same kind of
   * count (a rate is not a total), and for a different value also the same day where both name one
   * (two counts for Sunday evening and Monday morning are two counts, unless both are running totals).
   */
  private factsAllow(fa: FigureFacts, fb: FigureFacts, sameLang: boolean, different: boolean, sameClass = false): boolean {
    if (fa.rate !== fb.rate) return false;
    if (sameLang && modsConflict(fa.mods, fb.mods)) return false;
    // Counts placed in different months are counts of different events (unless both run over months).
    if (fa.months.length > 0 && fb.months.length > 0 && !(fa.cumulative && fb.cumulative) && !monthsAgree(fa.months, fb.months)) return false;
    if (!different) return true;
    // Heads of one class ("Menschen" starben / "Todesopfer") name one thing; else they must agree.
    if (!sameClass && sameLang && fa.head !== null && fb.head !== null && !headsAgree(fa.head, fb.head)) return false;
    // Arrivals or people waiting at one moment are reports of one count only when both name that day or hour.
    if ((fa.snapshot || fb.snapshot) && !(fa.cumulative && fb.cumulative) && (fa.anchors.length === 0 || fb.anchors.length === 0)) return false;
    if (fa.anchors.length > 0 && fb.anchors.length > 0 && !(fa.cumulative && fb.cumulative)) {
      let common = false;
      for (const x of fa.anchors) if (fb.anchors.includes(x)) common = true;
      if (!common) return false;
    }
    return true;
  }

  /**
   * Precomputes every figure's context vector (see Entry.fvIds): window terms ×5, its claim's terms ×2,
   * the neighbouring claims' terms ×1, merged into one sorted id list per figure. Linear in the terms.
   */
  private buildFigureVectors(e: Entry, arena?: Arena): void {
    const nc = e.article.claims.length;
    const nf = e.fOff[nc];
    if (nf === 0) {
      e.fvOff = ZERO_OFF;
      e.fvIds = EMPTY_I32;
      e.fvC = EMPTY_U8;
      e.fNorm = EMPTY_F64;
      e.fNormGen = -1;
      return;
    }
    const ct = e.cTerms;
    let bound = 0;
    let ctxMax = 0;
    for (let ci = 0; ci < nc; ci++) {
      const n = e.fOff[ci + 1] - e.fOff[ci];
      if (n === 0) continue;
      const lo = e.cOff[Math.max(0, ci - 1)];
      const hi = e.cOff[Math.min(nc, ci + 2)];
      ctxMax = Math.max(ctxMax, hi - lo);
      bound += n * (hi - lo) + (e.fwOff[e.fOff[ci + 1]] - e.fwOff[e.fOff[ci]]);
    }
    if (this.fvScratch.length < bound + 2 * ctxMax) this.fvScratch = new Int32Array(Math.max(4096, 2 * (bound + 2 * ctxMax)));
    if (this.fvScratchC.length < bound) this.fvScratchC = new Uint8Array(Math.max(4096, 2 * bound));
    const ids = this.fvScratch;
    const cs = this.fvScratchC;
    if (this.fvOffScratch.length < nf + 1) this.fvOffScratch = new Int32Array(Math.max(1024, 2 * (nf + 1)));
    const off = this.fvOffScratch;
    off[0] = 0;
    // The claim's context (its terms ×2, the neighbours' ×1): a three-way merge of sorted lists.
    const xIds = this.fvScratch.subarray(bound, bound + ctxMax);
    const xC = this.fvScratch.subarray(bound + ctxMax, bound + 2 * ctxMax);
    let n = 0;
    for (let ci = 0; ci < nc; ci++) {
      if (e.fOff[ci + 1] === e.fOff[ci]) continue;
      let i0 = e.cOff[ci];
      const e0 = e.cOff[ci + 1];
      let i1 = ci > 0 ? e.cOff[ci - 1] : 0;
      const e1 = ci > 0 ? e.cOff[ci] : 0;
      let i2 = ci + 1 < nc ? e.cOff[ci + 1] : 0;
      const e2 = ci + 1 < nc ? e.cOff[ci + 2] : 0;
      let nx = 0;
      for (;;) {
        const a = i0 < e0 ? ct[i0] : 0x7fffffff;
        const b = i1 < e1 ? ct[i1] : 0x7fffffff;
        const c = i2 < e2 ? ct[i2] : 0x7fffffff;
        const t = a < b ? (a < c ? a : c) : b < c ? b : c;
        if (t === 0x7fffffff) break;
        let w = 0;
        if (a === t) (w += 2), i0++;
        else if (b === t) (w += 1), i1++;
        else (w += 1), i2++;
        if (nx > 0 && xIds[nx - 1] === t) xC[nx - 1] += w;
        else {
          xIds[nx] = t;
          xC[nx++] = w;
        }
      }
      for (let k = e.fOff[ci]; k < e.fOff[ci + 1]; k++) {
        // Merge the window terms (×5) into the claim's context.
        let wi = e.fwOff[k];
        const we = e.fwOff[k + 1];
        let xi = 0;
        while (wi < we || xi < nx) {
          const a = wi < we ? e.fwTerms[wi] : 0x7fffffff;
          const b = xi < nx ? xIds[xi] : 0x7fffffff;
          let t: number;
          let w: number;
          if (a <= b) {
            t = a;
            w = 5;
            wi++;
          } else {
            t = b;
            w = xC[xi++];
          }
          if (n > off[k] && ids[n - 1] === t) cs[n - 1] = Math.min(255, cs[n - 1] + w);
          else {
            ids[n] = t;
            cs[n++] = Math.min(255, w);
          }
        }
        off[k + 1] = n;
      }
    }
    // Offsets, ids and weights in one block (of the arena, or of their own).
    const size = nf + 1 + n + ((n + 3) >> 2);
    const x = arena ? arena.take(size) : { buf: new Int32Array(size), at: 0 };
    e.fvOff = new Int32Array(x.buf.buffer, 4 * x.at, nf + 1);
    e.fvOff.set(off.subarray(0, nf + 1));
    e.fvIds = new Int32Array(x.buf.buffer, 4 * (x.at + nf + 1), n);
    e.fvIds.set(ids.subarray(0, n));
    e.fvC = new Uint8Array(x.buf.buffer, 4 * (x.at + nf + 1 + n), n);
    e.fvC.set(cs.subarray(0, n));
    e.fNorm = EMPTY_F64;
    e.fNormGen = -1;
  }

  /** The IDF of every term at the current generation (one pass over the vocabulary after a change). */
  private idfTable(): Float64Array {
    const nv = this.vocabStr.length;
    if (this.idfValGen !== this.gen || this.idfValLen !== nv) {
      if (this.idfVal.length < nv) this.idfVal = new Float64Array(Math.max(1024, nv * 2));
      const v = this.idfVal;
      const cap = this.dfCap();
      for (let t = 0; t < nv; t++) v[t] = this.idf(t, cap);
      this.idfValGen = this.gen;
      this.idfValLen = nv;
    }
    return this.idfVal;
  }

  /** The IDF of term t at the current generation. */
  private idfOf(t: number): number {
    return this.idfTable()[t];
  }

  private figureNorm(e: Entry, k: number): number {
    if (e.fNormGen !== this.gen) {
      if (e.fNorm.length === 0) e.fNorm = new Float64Array(e.fvOff.length - 1);
      e.fNorm.fill(-1);
      e.fNormGen = this.gen;
    }
    let x = e.fNorm[k];
    if (x >= 0) return x;
    let s = 0;
    const idf = this.idfTable();
    for (let j = e.fvOff[k]; j < e.fvOff[k + 1]; j++) {
      const w = LOG1P5[e.fvC[j]] * idf[e.fvIds[j]];
      s += w * w;
    }
    x = Math.sqrt(s);
    e.fNorm[k] = x;
    return x;
  }

  /** Cosine of two figures' contexts (a merge of their precomputed term lists). */
  private figureCosine(a: Entry, ka: number, b: Entry, kb: number): number {
    const na = this.figureNorm(a, ka);
    if (na === 0) return 0;
    const nb = this.figureNorm(b, kb);
    if (nb === 0) return 0;
    const ai = a.fvIds;
    const bi = b.fvIds;
    let i = a.fvOff[ka];
    const ie = a.fvOff[ka + 1];
    let j = b.fvOff[kb];
    const je = b.fvOff[kb + 1];
    let dot = 0;
    const idfs = this.idfTable();
    while (i < ie && j < je) {
      const x = ai[i];
      const y = bi[j];
      if (x === y) {
        const idf = idfs[x];
        dot += LOG1P5[a.fvC[i++]] * LOG1P5[b.fvC[j++]] * idf * idf;
      } else if (x < y) i++;
      else j++;
    }
    return dot / (na * nb);
  }

  /** Figures with a class, bucketed by class and sorted by value (rebuilt lazily after a change; vague magnitudes left out). */
  private figureIndex(): FigureIndex {
    if (this.figIdx && this.figIdx.gen === this.gen) return this.figIdx;
    const lists = new Map<string, number[]>();
    const figs: IndexedFigure[] = [];
    const fslot: number[] = [];
    const fclaim: number[] = [];
    const ford: number[] = [];
    const push = (k: string, f: number) => {
      const l = lists.get(k);
      if (l) l.push(f);
      else lists.set(k, [f]);
    };
    for (const e of this.byPath.values()) {
      const cs = e.article.claims;
      for (let ci = 0; ci < cs.length; ci++) {
        const fs = cs[ci].figures;
        for (let j = 0; j < fs.length; j++) {
          const f = fs[j];
          if (!f.qclass || isVague(f)) continue;
          const n = figs.length;
          figs.push(f);
          fslot.push(e.slot);
          fclaim.push(ci);
          ford.push(e.fOff[ci] + j);
          push(f.qclass, n);
          if (f.kind === 'count' || f.kind === 'money') push(ALL_COUNTS, n);
          else if (f.kind === 'percent') push(ALL_PERCENTS, n);
          // Counts of another noun with an outcome, found from people with that outcome (outcomeAffinity).
          if (f.kind === 'count' && f.outcome && f.qclass !== '?' && !f.qclass.startsWith('person')) push('@' + f.outcome, n);
        }
      }
    }
    const byClass = new Map<string, Bucket>();
    const people: string[] = [];
    const value = new Float64Array(figs.length);
    for (let i = 0; i < figs.length; i++) value[i] = figs[i].value;
    for (const [k, l] of lists) {
      l.sort((x, y) => value[x] - value[y]);
      byClass.set(k, {
        values: Float64Array.from(l, (x) => value[x]),
        fig: Int32Array.from(l),
      });
      if (k.startsWith('person')) people.push(k);
    }
    // Heads of compound classes that are classes themselves: every suffix of a class long enough to be one.
    const compounds = new Map<string, string[]>();
    const relate = (x: string, y: string) => {
      const l = compounds.get(x);
      if (l) l.push(y);
      else compounds.set(x, [y]);
    };
    for (const k of lists.keys()) {
      if (k.startsWith('person') || k.startsWith('@') || k === ALL_COUNTS || k === ALL_PERCENTS || k === '?') continue;
      for (let i = 1; k.length - i >= COMPOUND_HEAD_MIN; i++) {
        const head = k.slice(i);
        if (lists.has(head)) {
          relate(k, head);
          relate(head, k);
        }
      }
    }
    this.figIdx = { gen: this.gen, byClass, people, compounds, figs, slot: Int32Array.from(fslot), claim: Int32Array.from(fclaim), ord: Int32Array.from(ford) };
    return this.figIdx;
  }

  /** The buckets a figure of class `q` is compared with: its own, people with/without outcome, bare numbers. */
  private bucketsFor(q: string, kind: FigureKind, fi: FigureIndex, outcome: string | null = null): string[] {
    if (q === '?') return [ALL_COUNTS];
    const out = [q];
    const related = fi.compounds.get(q);
    if (related) out.push(...related);
    if (q === 'person') for (const k of fi.people) if (k !== q) out.push(k);
    if (q.startsWith('person:') && fi.byClass.has('person')) out.push('person');
    // People with an outcome and other nouns with the same outcome (outcomeAffinity).
    if (kind === 'count' && outcome) {
      if (q.startsWith('person')) out.push('@' + outcome);
      else out.push('person:' + outcome);
    }
    if (kind === 'count' || kind === 'money') out.push('?');
    return out;
  }

  /**
   * How unusual a value is among the counts and sums (percentages: among the percentages) of the corpus:
   * ln(figures / figures with this value). A death toll of 130 or a cap of 37.500 recurs only in reports of its story; 1.000 or 5 recur everywhere.
   */
  private valueRarity(fi: FigureIndex, v: number, kind: FigureKind = 'count'): number {
    const all = fi.byClass.get(kind === 'percent' ? ALL_PERCENTS : ALL_COUNTS);
    if (!all || all.values.length === 0) return 0;
    const eps = Math.abs(v) * 1e-9 + 1e-9;
    const n = lowerBound(all.values, v + eps) - lowerBound(all.values, v - eps);
    return Math.log((all.values.length + XREF_PARAMS.rarityBackground) / Math.max(1, n));
  }

  /** The claim of figure ordinal k of an entry. */
  private static claimOfFigure(e: Entry, k: number): number {
    let lo = 0;
    let hi = e.fOff.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (e.fOff[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Figure links of claims `aRange` of `e` to figures of other articles. Candidates come from the
   * figure buckets (same class, an agreeing value, or for counts a value within diffNearRatio), not
   * from article similarity: reports of one story written weeks apart share few words overall but
   * say the same around the figure. Each pair is judged by its class affinity, the figures' own
   * contexts, the articles' similarity and what the claims say about the figures.
   */
  private figureLinks(
    e: Entry, aRange: number[], run: LinkRun | null, artCos: Float64Array, cand: Map<number, number>, scratch: LinkScratch, out: RawLink[],
  ): void {
    const myRank = run ? run.rank[e.slot] : 0;
    const P = XREF_PARAMS;
    const cap = this.dfCap();
    const fi = this.figureIndex();
    const seen = new Set<number>();
    for (const ai of aRange) {
      const ca = e.article.claims[ai];
      for (let j = 0; j < ca.figures.length; j++) {
        const fa = ca.figures[j];
        if (!fa.qclass || isVague(fa)) continue;
        const ka = e.fOff[ai] + j;
        const v = fa.value;
        const av = Math.abs(v);
        const rarity = this.valueRarity(fi, v, fa.kind);
        seen.clear();
        // Duplicates arise only from several classes of one quantity (views, fellow mentions linked below).
        let dedupe = false;
        const consider = (b: Entry, bi: number, fb: IndexedFigure, kb: number, artSim: number) => {
          if (dedupe) {
            const key = b.slot * SLOT_MUL + kb;
            if (seen.has(key)) return;
            seen.add(key);
          }
          const link = this.judgeGroups(e, ai, fa, ka, b, bi, fb, kb, artSim, rarity, cap, scratch);
          if (!link) return;
          out.push(link);
          // Fellow mentions of b's quantity under another class (a bare "1,7 Milliarden" headline
          // beside "1,7 Milliarden Euro") are not in the buckets looked at: link them here.
          const bg = CorpusIndex.groups(b);
          for (let y = bg[kb]; y !== kb; y = bg[y]) {
            const yc = CorpusIndex.claimOfFigure(b, y);
            const fy = b.article.claims[yc].figures[y - b.fOff[yc]];
            if (fy.qclass === fb.qclass || (dedupe && seen.has(b.slot * SLOT_MUL + y))) continue;
            dedupe = true;
            seen.add(b.slot * SLOT_MUL + y);
            out.push({ ...link, bClaim: yc, bFig: fy.index });
          }
        };
        // Candidates through the buckets of each class the quantity is stated in (its own first).
        const views: IndexedFigure[] = [fa];
        const eg = CorpusIndex.groups(e);
        for (let x = eg[ka]; x !== ka; x = eg[x]) {
          const xc = CorpusIndex.claimOfFigure(e, x);
          const fx = e.article.claims[xc].figures[x - e.fOff[xc]];
          if (!views.some((g) => g.qclass === fx.qclass && g.kind === fx.kind)) views.push(fx);
        }
        if (views.length > 1) dedupe = true;
        for (const fv of views) {
          const qa = fv.qclass as string;
          for (const cls of this.bucketsFor(qa, fv.kind, fi, fv.kind === 'count' ? (fv.outcome ?? null) : null)) {
            const bucket = fi.byClass.get(cls);
            if (!bucket) continue;
            const bare = qa === '?' || cls === '?';
            // A bare number links only by a rare value (judgeFigures): no need to look.
            if (bare && rarity < P.bareRarityMin) continue;
            const near = !bare && (fv.kind === 'count' || fv.kind === 'money') && av > 0;
            const lo = near ? av / P.diffNearRatio : av * 0.9;
            const hi = near ? av * P.diffNearRatio : av * 1.1;
            const vals = bucket.values;
            const figs = bucket.fig;
            let i = lowerBound(vals, v < 0 ? -hi : lo);
            const end = v < 0 ? -lo : hi;
            for (; i < vals.length && vals[i] <= end; i++) {
              const n = figs[i];
              const bSlot = fi.slot[n];
              if (bSlot === e.slot || (run && run.rank[bSlot] < myRank)) continue;
              const artSim = artCos[bSlot];
              if (artSim < P.figureArticleFloor) continue;
              consider(this.slots[bSlot] as Entry, fi.claim[n], fi.figs[n], fi.ord[n], artSim);
            }
          }
          // Values further apart (up to diffMaxRatio) are compared only within one story.
          if (qa === '?') continue;
          for (const [bSlot, artSim] of cand) {
            if (artSim < P.diffArticleMin) continue;
            const b = this.slots[bSlot] as Entry;
            if (run && run.rank[bSlot] < myRank) continue;
            const cs = b.article.claims;
            for (let bi = 0; bi < cs.length; bi++) {
              const fs = cs[bi].figures;
              for (let jb = 0; jb < fs.length; jb++) {
                const fb = fs[jb];
                if (!fb.qclass || fb.qclass === '?' || isVague(fb)) continue;
                if (classAffinity(qa, fb.qclass) === 0 && (fv.kind !== 'count' || outcomeAffinity(qa, fv.outcome ?? null, fb.qclass, fb.outcome ?? null) === 0)) continue;
                // Pairs within the bucket range were seen through the buckets.
                const bv = Math.abs(fb.value);
                if (fv.kind === 'count' || fv.kind === 'money' ? bv >= av / P.diffNearRatio && bv <= av * P.diffNearRatio : bv >= av * 0.9 && bv <= av * 1.1) continue;
                consider(b, bi, fb, b.fOff[bi] + jb, artSim);
              }
            }
          }
        }
      }
    }
  }

  /** Whether claim ci names a month at all (cached per entry; a cheap test before the figure's own facts). */
  private namesMonth(e: Entry, ci: number): boolean {
    if (e.monthFlags.length === 0) e.monthFlags = new Int8Array(e.article.claims.length).fill(-1);
    let x = e.monthFlags[ci];
    if (x < 0) e.monthFlags[ci] = x = monthAnchors(e.article.claims[ci].text).length > 0 ? 1 : 0;
    return x === 1;
  }

  /**
   * judgeFigures for the quantities the two figures belong to: an article that states one number of
   * one thing twice ("mindestens 129 Toten" in the lead, "129 Tote" further down) states one quantity,
   * so the pair links when any two mentions of the two quantities do (Entry.fGrp).
   */
  private judgeGroups(
    e: Entry, ai: number, fa: IndexedFigure, ka: number,
    b: Entry, bi: number, fb: IndexedFigure, kb: number,
    artSim: number, rarity: number, cap: number, scratch: LinkScratch,
  ): RawLink | null {
    const direct = this.judgeFigures(e, ai, fa, ka, b, bi, fb, kb, artSim, rarity, cap, scratch);
    const eg = CorpusIndex.groups(e);
    const bg = CorpusIndex.groups(b);
    if (direct || (eg[ka] === ka && bg[kb] === kb)) return direct;
    for (let x = ka; ; ) {
      const xc = CorpusIndex.claimOfFigure(e, x);
      const xf = e.article.claims[xc].figures[x - e.fOff[xc]];
      for (let y = kb; ; ) {
        if (x !== ka || y !== kb) {
          const yc = CorpusIndex.claimOfFigure(b, y);
          const l = this.judgeFigures(e, xc, xf, x, b, yc, b.article.claims[yc].figures[y - b.fOff[yc]], y, artSim, rarity, cap, scratch);
          if (l) return { aClaim: ai, bSlot: b.slot, bClaim: bi, relation: l.relation, score: l.score, aFig: fa.index, bFig: fb.index };
        }
        y = bg[y];
        if (y === kb) break;
      }
      x = eg[x];
      if (x === ka) break;
    }
    return null;
  }

  /**
   * Mentions of one quantity in an article: counts and sums of at least localMinValue with the same
   * stated value and class (a bare number joins the one class stating its value). Sets e.fGrp, a
   * circular list of each figure's fellow mentions (a figure alone points to itself).
   */
  private static groupFigures(e: Entry): void {
    const nf = e.fOff[e.article.claims.length];
    const figs: IndexedFigure[] = [];
    const claimOf: number[] = [];
    e.article.claims.forEach((c, ci) => {
      for (const f of c.figures) {
        figs.push(f);
        claimOf.push(ci);
      }
    });
    // Cheap first: only figures whose value recurs in the article can have fellow mentions.
    const candidate = (f: IndexedFigure) => !!f.qclass && (f.kind === 'count' || f.kind === 'money') && Math.abs(f.value) >= XREF_PARAMS.localMinValue;
    const repeated = new Uint8Array(nf);
    let anyRepeated = false;
    for (let k = 0; k < nf; k++) {
      if (!candidate(figs[k])) continue;
      for (let j = 0; j < k; j++) {
        if (candidate(figs[j]) && sameStated(figs[k], figs[j])) {
          repeated[k] = repeated[j] = 1;
          anyRepeated = true;
        }
      }
    }
    if (!anyRepeated) {
      e.fGrp = CorpusIndex.identity(nf);
      return;
    }
    const grp = new Int32Array(nf);
    let any = false;
    // Round numbers recur within one article for different things ("3.000 angekommen, weitere 3.000 warten"):
    // only specific values (129, 130, 37.500; not 3.000 or 15.000), and no "weitere 3.000".
    const groupable = (f: IndexedFigure, k: number) => {
      if (!repeated[k] || isVague(f) || !(significantDigits(f.value) >= 3 || trailingZeros(f.value) <= 1)) return false;
      const c = e.article.claims[claimOf[k]];
      return !ADDED_RE.test(c.text.slice(Math.max(0, f.start - c.start - 24), f.start - c.start));
    };
    const lead = new Int32Array(nf).fill(-1);
    for (let k = 0; k < nf; k++) {
      grp[k] = k;
      const f = figs[k];
      if (!groupable(f, k) || f.qclass === '?') continue;
      lead[k] = k;
      for (let j = 0; j < k; j++) {
        if (lead[j] === j && figs[j].qclass === f.qclass && sameStated(f, figs[j])) {
          lead[k] = j;
          break;
        }
      }
    }
    // Bare numbers join the one class that states their value.
    for (let k = 0; k < nf; k++) {
      const f = figs[k];
      if (f.qclass !== '?' || !groupable(f, k)) continue;
      let found = -1;
      for (let j = 0; j < nf; j++) {
        if (lead[j] !== j || figs[j].qclass === '?' || !sameStated(f, figs[j])) continue;
        if (found >= 0 && figs[found].qclass !== figs[j].qclass) {
          found = -2;
          break;
        }
        found = j;
      }
      if (found >= 0) lead[k] = found;
    }
    // Circular lists per leader.
    const last = new Int32Array(nf).fill(-1);
    for (let k = 0; k < nf; k++) {
      const l = lead[k];
      if (l < 0 || l === k) continue;
      any = true;
      const prev = last[l] < 0 ? l : last[l];
      grp[prev] = k;
      last[l] = k;
    }
    for (let l = 0; l < nf; l++) if (last[l] >= 0) grp[last[l]] = l;
    e.fGrp = any ? grp : CorpusIndex.identity(nf);
  }

  /** Whether figure k of `e`, or a fellow mention of it, is introduced as a part ("davon", "darunter"). */
  private isPart(e: Entry, k: number): boolean {
    const g = CorpusIndex.groups(e);
    for (let y = k; ; ) {
      const ci = CorpusIndex.claimOfFigure(e, y);
      const c = e.article.claims[ci];
      const f = c.figures[y - e.fOff[ci]];
      if (PART_RE.test(c.text.slice(Math.max(0, f.start - c.start - 16), f.start - c.start))) return true;
      y = g[y];
      if (y === k) return false;
    }
  }

  /**
   * Whether the two figures' own windows share a term rare in the index (in at most rareWindowDfShare
   * of the articles, at least 2): what the sum is of ("Stückpreis", "Flüchtlingskosten"), not "Euro".
   */
  private sharesRareWindowTerm(a: Entry, ka: number, b: Entry, kb: number): boolean {
    const maxDf = Math.max(2, XREF_PARAMS.rareWindowDfShare * this.byPath.size);
    for (let i = a.fwOff[ka], j = b.fwOff[kb], ie = a.fwOff[ka + 1], je = b.fwOff[kb + 1]; i < ie && j < je; ) {
      const x = a.fwTerms[i];
      const y = b.fwTerms[j];
      if (x === y) {
        // Whole words only: a prefix feature ("~flüch") joins Flüchtlinge and Flüchtlingskosten.
        if (this.df[x] <= maxDf && this.vocabStr[x].charCodeAt(0) !== 126) return true;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return false;
  }

  /** The entry's fellow-mention lists (computed on first use). */
  private static groups(e: Entry): Int32Array {
    if (e.fGrp === null) CorpusIndex.groupFigures(e);
    return e.fGrp as Int32Array;
  }

  private static identityCache = new Int32Array(0);

  /** 0, 1, 2, … (shared, read-only). */
  private static identity(n: number): Int32Array {
    if (CorpusIndex.identityCache.length < n) CorpusIndex.identityCache = Int32Array.from({ length: Math.max(1024, 2 * n) }, (_, i) => i);
    return CorpusIndex.identityCache;
  }

  /**
   * Whether article `b` states another figure of what `fb` counts (a compatible class, not a fellow
   * mention of fb, not a part introduced by "davon"/"darunter") whose value is nearer to `target`'s:
   * then `target` answers that figure, not fb.
   */
  private hasRival(b: Entry, fb: IndexedFigure, kb: number, target: IndexedFigure): boolean {
    const tv = Math.abs(target.value);
    const gap = Math.abs(Math.log(Math.abs(fb.value) / tv));
    const qt = target.qclass as string;
    const bg = CorpusIndex.groups(b);
    const cs = b.article.claims;
    for (let ci = 0; ci < cs.length; ci++) {
      const fs = cs[ci].figures;
      for (let j = 0; j < fs.length; j++) {
        const f = fs[j];
        const k = b.fOff[ci] + j;
        if (k === kb || f.kind !== fb.kind || !f.qclass || f.qclass === '?' || isVague(f) || !(Math.abs(f.value) > 0)) continue;
        if (Math.abs(Math.log(Math.abs(f.value) / tv)) >= gap) continue;
        if (classAffinity(qt, f.qclass) === 0 && outcomeAffinity(qt, target.outcome ?? null, f.qclass, f.outcome ?? null) === 0) continue;
        let fellow = false;
        for (let y = bg[kb]; y !== kb; y = bg[y]) if (y === k) fellow = true;
        if (fellow) continue;
        // A part ("davon 1,6 Milliarden"), also where the article repeats it without "davon", is no rival.
        if (this.isPart(b, k)) continue;
        return true;
      }
    }
    return false;
  }

  /**
   * How present what a figure counts is in its article: its unit's salience, or for a count whose noun
   * is left out ("rund 400 weitere verletzt" after "260 PKK-Kämpfer") that of the figures of its class.
   */
  private static salience(e: Entry, f: IndexedFigure): number {
    if (f.unitKey !== null) return salienceOf(e, f.unitKey);
    let best = 0;
    for (const c of e.article.claims) {
      for (const g of c.figures) if (g.unitKey !== null && g.qclass === f.qclass) best = Math.max(best, salienceOf(e, g.unitKey));
    }
    return best;
  }

  /** Whether two figures are reports of one quantity (same-figure, different-figure), or null. */
  private judgeFigures(
    e: Entry, ai: number, fa: IndexedFigure, ka: number,
    b: Entry, bi: number, fb: IndexedFigure, kb: number,
    artSim: number, rarity: number, cap: number, scratch: LinkScratch,
  ): RawLink | null {
    const P = XREF_PARAMS;
    const qa = fa.qclass as string;
    const qb = fb.qclass as string;
    const bare = qa === '?' || qb === '?';
    if (bare ? fa.kind === 'measure' || fb.kind === 'measure' || fa.kind === 'percent' || fb.kind === 'percent' : fa.kind !== fb.kind) return null;
    const oa = fa.outcome ?? null;
    const ob = fb.outcome ?? null;
    const byOutcome = !bare && fa.kind === 'count' && classAffinity(qa, qb) === 0 && outcomeAffinity(qa, oa, qb, ob) > 0;
    const aff = bare ? 0 : byOutcome ? 1 : classAffinity(qa, qb);
    if (!bare && aff === 0) return null;
    if (oa !== null && ob !== null && oa !== ob) return null;
    // The same stated value ("130" / "130"; "maximal 5.000" / "über 5.000": one threshold) is the same figure;
    // values the qualifiers reconcile ("mindestens 129" / "130") agree as evidence but differ as reports.
    const equal = sameStated(fa, fb);
    const agree = equal || valuesAgree(fa, fb);
    if (bare && !agree) return null;
    const sameLang = b.article.language === e.article.language;
    if (agree) {
      // Equal measures (3 GB, 16 Jahre) and small counts recur by chance: ask more of the context.
      const weak = fa.kind === 'measure' || Math.abs(fa.value) < 10;
      const small = fa.kind === 'measure' || fa.kind === 'percent' || fa.kind === 'percentage-points' || Math.abs(fa.value) < P.localMinValue;
      // Cheap exits before the context cosine (each is implied by the tests below).
      // A specific value (37.500, 11,12 Prozent; not 1.000 or 50 Prozent) that is rare in the corpus, of one kind in both.
      const specificValue =
        equal && (fa.kind === 'count' || fa.kind === 'percent') && fb.kind === fa.kind && rarity >= P.specificRarityMin &&
        significantDigits(fa.value) >= P.specificDigitsMin;
      // (A small count stays within one story even when specific: 18,3 of something recurs by chance.)
      if (bare ? rarity < P.bareRarityMin : small && artSim < P.sameArticleMin && !(specificValue && fa.kind === 'percent')) return null;
      const win = this.figureCosine(e, ka, b, kb);
      const ctxMin = weak ? P.sameWeakContextMin : P.sameContextMin;
      const evidence = 0.5 * artSim + 0.5 * win;
      const story = !bare && artSim >= P.sameArticleMin && win >= ctxMin && evidence >= P.sameEvidence;
      const sum = win + artSim + P.rarityWeight * (rarity - P.rarityPivot);
      const local = bare
        ? rarity >= P.bareRarityMin && sum >= P.bareLocalMin && win >= P.sameLocalWindowMin
        : !small && sum >= P.sameLocalMin && win >= P.sameLocalWindowMin;
      // A share says less than a count of people: the words around it must say what it is a share of.
      const specific = !local && specificValue && win >= (fa.kind === 'percent' ? P.specificShareWindowMin : P.sameLocalWindowMin);
      // One event: the same count of one thing, both placed in the same month ("am 13. November" / "Mitte November").
      const event =
        !local && !specific && !story && equal && !bare && !small && rarity >= P.eventRarityMin && this.namesMonth(e, ai) && this.namesMonth(b, bi);
      if (!story && !local && !specific && !event) return null;
      const xa = this.factsOf(e, ai, fa, scratch);
      const xb = this.factsOf(b, bi, fb, scratch);
      if (event && !monthsAgree(xa.months, xb.months)) return null;
      // Outside one story, an equal count of people arriving on one day is chance unless both name that day.
      if (!story && (xa.snapshot || xb.snapshot) && !xa.anchors.some((x) => xb.anchors.includes(x))) return null;
      if (!this.factsAllow(xa, xb, sameLang, false)) return null;
      const relation: Relation = equal ? 'same-figure' : 'different-figure';
      const score = round3(Math.min(1, 0.5 + Math.max(0, evidence - P.sameEvidence) / (2 * (1 - P.sameEvidence)) + 0.25 * win));
      return { aClaim: ai, bSlot: b.slot, bClaim: bi, relation, score, aFig: fa.index, bFig: fb.index };
    }
    const lo = Math.min(Math.abs(fa.value), Math.abs(fb.value));
    const hi = Math.max(Math.abs(fa.value), Math.abs(fb.value));
    if (!(lo > 0 && hi / lo <= P.diffMaxRatio)) return null;
    // Ages of two people differ: never one quantity reported differently.
    if (qa === 'age' || qb === 'age') return null;
    // A count of another noun linked by its outcome ("260 PKK-Kämpfer getötet" / "190 Menschen getötet") only as a near value.
    if (byOutcome && hi / lo > P.diffNearRatio) return null;
    // Measures (durations, distances) and shares differ for many reasons: only within one story.
    if (fa.kind === 'measure') return null;
    const near = fa.kind === 'count' && hi / lo <= P.diffNearRatio;
    // Sums of one thing by two sources ("Stückpreis von 189 Millionen Dollar" / "… auf mehr als 140 Millionen Dollar").
    const nearSum = fa.kind === 'money' && hi / lo <= P.diffNearRatio;
    if (artSim < P.diffArticleMin && !near && !nearSum) return null;
    const win = this.figureCosine(e, ka, b, kb);
    const evidence = 0.5 * artSim + 0.5 * win;
    // One story, one counted noun, near values of a toll or a running total ("155 Palästinenser getötet" /
    // "bisher 196 Palästinenser"): two reports of one count however the words around them differ. Counts
    // without an outcome or a "bisher" (people arriving at a border each day) are not read this way.
    const inStory =
      artSim >= P.diffArticleMin && win >= P.diffContextMin && evidence >= P.diffEvidence && (fa.kind === 'count' || win >= P.diffNonCountContextMin);
    const nounStory =
      !inStory && near && qa === qb && artSim >= P.diffArticleMin &&
      ((oa !== null && oa === ob) || (this.factsOf(e, ai, fa, scratch).cumulative && this.factsOf(b, bi, fb, scratch).cumulative));
    const story = inStory || nounStory;
    let local =
      (near && win >= P.diffLocalWindowMin && win + artSim >= P.diffLocalMin) ||
      (nearSum && artSim >= P.nearSumArticleMin && win >= P.diffLocalWindowMin && this.sharesRareWindowTerm(e, ka, b, kb) &&
        !this.isPart(e, ka) && !this.isPart(b, kb));
    if (!story && !local) {
      // One running total of one event, both counted since the same month ("seit April 2015" / "seit April").
      if (!near || lo < P.localMinValue || !this.namesMonth(e, ai) || !this.namesMonth(b, bi)) return null;
      const xa = this.factsOf(e, ai, fa, scratch);
      const xb = this.factsOf(b, bi, fb, scratch);
      if (!(xa.cumulative && xb.cumulative && monthsAgree(xa.months, xb.months))) return null;
      local = true;
    }
    // The claims' own likeness, computed only where a rule asks for it.
    const claimSim = () => cosine(this.contextVector(e, ai, false, cap, scratch), this.contextVector(b, bi, false, cap, scratch));
    if (!local) {
      // Within one story: the counted thing must be what both articles are about, or the claims alike.
      const salient =
        (CorpusIndex.salience(e, fa) >= P.diffMinSalience && CorpusIndex.salience(b, fb) >= P.diffMinSalience) ||
        claimSim() >= P.diffClaimMin;
      if (!salient) return null;
    }
    if (lo < P.diffSmallCount && claimSim() < P.diffSmallClaimMin) return null;
    // People with one outcome and people seeking protection are one thing under many nouns; troops are not
    // (rebel fighters and an army's soldiers are counted apart).
    const sameClass = byOutcome || (qa === qb && (qa.startsWith('person:') || qa === 'refugee'));
    if (!this.factsAllow(this.factsOf(e, ai, fa, scratch), this.factsOf(b, bi, fb, scratch), sameLang, true, sameClass)) return null;
    // Without one story (or across nouns), the values must answer each other: no figure of the thing in
    // either article is nearer to the other's value ("90 starben" in the concert hall: the other report's
    // "89 im Bataclan", not its "129 in Paris").
    if ((!story || byOutcome || nounStory) && (this.hasRival(b, fb, kb, fa) || this.hasRival(e, fa, ka, fb))) return null;
    const score = round3(Math.min(1, 0.5 + Math.max(0, evidence - P.diffEvidence) / (2 * (1 - P.diffEvidence)) + 0.15 * win));
    return { aClaim: ai, bSlot: b.slot, bClaim: bi, relation: 'different-figure', score, aFig: fa.index, bFig: fb.index };
  }

  // --- linking ------------------------------------------------------------

  /** Claims worth linking: with a figure or a named source. */
  private static linkable(c: IndexedClaim): boolean {
    return c.figures.length > 0 || c.actors.length > 0;
  }

  /**
   * Links from the claims of `e` (or only claim `only`) to claims of other articles. Claim pairs come
   * from buckets (figures by unit, statements by actor, reuse by sketch), so the work follows the
   * pairs that can link, not the product of the articles' claims.
   */
  private computeLinks(e: Entry, only: number | null, run: LinkRun | null, scratch: LinkScratch): RawLink[] {
    const P = XREF_PARAMS;
    this.allNorms();
    const out: RawLink[] = [];
    if (this.artCos.length < this.slots.length) this.artCos = new Float64Array(Math.max(64, this.slots.length * 2));
    const dense = { cos: this.artCos, touched: [] as number[] };
    const cand = this.candidateArticles(e, dense, run ?? undefined);
    const aRange = only === null ? e.article.claims.map((_, i) => i) : [only];
    this.figureLinks(e, aRange, run, this.artCos, cand, scratch, out);
    for (const s of dense.touched) this.artCos[s] = 0;
    const myRank = run ? run.rank[e.slot] : 0;
    // Statements: claims of candidate articles sharing an actor (only claims in aRange).
    const aActors = new Set<number>();
    for (const ai of aRange) for (let k = e.aOff[ai]; k < e.aOff[ai + 1]; k++) aActors.add(e.aIds[k]);
    for (const [bSlot, artSim] of aActors.size === 0 ? [] : cand) {
      const b = this.slots[bSlot] as Entry;
      if (run && run.rank[bSlot] < myRank) continue;
      let byActor: Map<number, number[]> | null = null;
      const nb = b.article.claims.length;
      for (let bi = 0; bi < nb; bi++) {
        for (let k = b.aOff[bi]; k < b.aOff[bi + 1]; k++) {
          const id = b.aIds[k];
          if (!aActors.has(id)) continue;
          if (!byActor) byActor = new Map();
          const l = byActor.get(id);
          if (!l) byActor.set(id, [bi]);
          else if (l[l.length - 1] !== bi) l.push(bi);
        }
      }
      if (!byActor) continue;
      for (const ai of aRange) {
        // Statements of one actor: claims of b sharing an actor with ca.
        if (e.aOff[ai] === e.aOff[ai + 1]) continue;
        const ca = e.article.claims[ai];
        const stCand = new Set<number>();
        for (let k = e.aOff[ai]; k < e.aOff[ai + 1]; k++) for (const bi of byActor.get(e.aIds[k]) ?? []) stCand.add(bi);
        for (const bi of stCand) {
          const cb = b.article.claims[bi];
          if (CorpusIndex.figuresDisagree(ca, cb)) continue;
          const sim = this.statementSim(e, ai, b, bi, scratch);
          if (sim >= P.statementMin) {
            const score = round3(Math.min(1, 0.5 + (sim - P.statementMin) / (2 * (1 - P.statementMin)) + 0.1 * artSim));
            out.push({ aClaim: ai, bSlot, bClaim: bi, relation: 'same-statement', score, aFig: null, bFig: null });
          }
        }
      }
    }
    // Text reuse: sketch candidates in any article.
    const seen = new Set<number>();
    for (const ai of aRange) {
      const from = e.skOff[ai];
      const to = e.skOff[ai + 1];
      if (from === to) continue;
      seen.clear();
      let sa: Uint32Array | null = null;
      for (let k = from; k < to; k++) {
        const cur = this.sketchIndex.get(e.sk[k] >>> SKETCH_SHIFT);
        if (cur === undefined) continue;
        const list = typeof cur === 'number' ? [cur] : cur;
        if (list.length > P.sketchMaxPostings) continue;
        for (const ref of list) {
          const bSlot = Math.floor(ref / SLOT_MUL);
          if (bSlot === e.slot || seen.has(ref)) continue;
          seen.add(ref);
          if (run && run.rank[bSlot] < myRank) continue;
          const b = this.slots[bSlot] as Entry;
          const bi = ref % SLOT_MUL;
          if (!sa) sa = this.shinglesOf(e, ai, scratch);
          const sb = this.shinglesOf(b, bi, scratch);
          const m = Math.min(sa.length, sb.length);
          if (m < P.reuseMinShingles) continue;
          const inter = intersectSorted(sa, sb);
          const j = inter / (sa.length + sb.length - inter);
          const c = inter / m;
          if (j >= P.reuseJaccard || c >= P.reuseContainment) {
            out.push({ aClaim: ai, bSlot, bClaim: bi, relation: 'text-reuse', score: round3(Math.max(j, 0.8 * c)), aFig: null, bFig: null });
          }
        }
      }
    }
    return out;
  }

  /** Both claims report a quantity of the same unit, and no value of one agrees with one of the other. */
  private static figuresDisagree(a: IndexedClaim, b: IndexedClaim): boolean {
    let comparable = false;
    for (const fa of a.figures) {
      for (const fb of b.figures) {
        if (!sameQuantity(fa, fb)) continue;
        if (valuesAgree(fa, fb)) return false;
        comparable = true;
      }
    }
    return comparable;
  }

  private claimIndex(e: Entry, claimId: string): number {
    const cs = e.article.claims;
    for (let i = 0; i < cs.length; i++) if (cs[i].id === claimId) return i;
    return -1;
  }

  /**
   * Caches shared by queries until the index changes (claims of near-copies and of one story are
   * touched by many queries), dropped when they grow past SCRATCH_MAX entries.
   */
  private queryScratch(): LinkScratch {
    let s = this.qScratch;
    if (!s || this.qScratchGen !== this.gen || s.size() > SCRATCH_MAX) {
      s = this.qScratch = new LinkScratch();
      this.qScratchGen = this.gen;
    }
    return s;
  }

  /** The links of one claim, both directions, each with the other claim's details. */
  crossReference(path: string, claimId: string): CrossRef[] {
    const e = this.byPath.get(path);
    if (!e) return [];
    const ci = this.claimIndex(e, claimId);
    if (ci < 0) return [];
    const own = e.article.claims[ci];
    if (!CorpusIndex.linkable(own) && e.skOff[ci] === e.skOff[ci + 1]) return [];
    const out = this.computeLinks(e, ci, null, this.queryScratch()).map((l) => this.crossRefOf(own, l));
    out.sort((x, y) => RELATIONS.indexOf(x.relation) - RELATIONS.indexOf(y.relation) || y.score - x.score || compareRef(x.path, x.start, y.path, y.start));
    return out;
  }

  private crossRefOf(own: IndexedClaim, l: RawLink): CrossRef {
    const b = this.slots[l.bSlot] as Entry;
    const cb = b.article.claims[l.bClaim];
    const figure = l.bFig === null ? null : (cb.figures.find((f) => f.index === l.bFig) ?? null);
    return {
      relation: l.relation,
      score: l.score,
      path: b.article.path,
      claimId: cb.id,
      start: cb.start,
      end: cb.end,
      text: cb.text,
      date: (figure && figure.time !== undefined ? figure.time : cb.time) ?? b.article.date,
      outlet: b.article.outlet,
      actor: cb.actors[0] ?? null,
      figure,
      ownFigure: l.aFig === null ? null : (own.figures.find((f) => f.index === l.aFig) ?? null),
    };
  }

  /**
   * The cross-references of every claim of an article in one pass (the same lists as
   * crossReference per claim, at the cost of about one call): claim id → links, best first.
   * Claims without links are absent.
   */
  crossReferences(path: string): Map<string, CrossRef[]> {
    const out = new Map<string, CrossRef[]>();
    const e = this.byPath.get(path);
    if (!e) return out;
    const claims = e.article.claims;
    for (const l of this.computeLinks(e, null, null, this.queryScratch())) {
      const own = claims[l.aClaim];
      let list = out.get(own.id);
      if (!list) out.set(own.id, (list = []));
      list.push(this.crossRefOf(own, l));
    }
    for (const list of out.values()) {
      list.sort((x, y) => RELATIONS.indexOf(x.relation) - RELATIONS.indexOf(y.relation) || y.score - x.score || compareRef(x.path, x.start, y.path, y.start));
    }
    return out;
  }

  /**
   * How many links each claim of an article has, and how many of them are conflicts
   * (different-figure), in one pass: for counts beside every claim (decorations, code lenses)
   * without one crossReference call per claim. Claims without links are absent.
   */
  linkCounts(path: string): Map<string, { total: number; conflicts: number }> {
    const out = new Map<string, { total: number; conflicts: number }>();
    const e = this.byPath.get(path);
    if (!e) return out;
    for (const l of this.computeLinks(e, null, null, this.queryScratch())) {
      const id = e.article.claims[l.aClaim].id;
      let c = out.get(id);
      if (!c) out.set(id, (c = { total: 0, conflicts: 0 }));
      c.total++;
      if (l.relation === 'different-figure') c.conflicts++;
    }
    return out;
  }

  /**
   * Every cross-article link once, from < to by (path, start). Each article pair is examined once
   * (from the article with the smaller path), with caches shared by the whole pass.
   */
  allLinks(): Link[] {
    const out: Link[] = [];
    const entries = Array.from(this.byPath.values()).sort((x, y) => (x.article.path < y.article.path ? -1 : x.article.path > y.article.path ? 1 : 0));
    const scratch = new LinkScratch();
    const run = this.linkRun(entries);
    const refs = new Map<number, ClaimRef>();
    const refOf = (en: Entry, ci: number): ClaimRef => {
      const k = en.slot * SLOT_MUL + ci;
      let r = refs.get(k);
      if (!r) refs.set(k, (r = { path: en.article.path, claimId: en.article.claims[ci].id }));
      return r;
    };
    for (const e of entries) {
      for (const l of this.computeLinks(e, null, run, scratch)) {
        const b = this.slots[l.bSlot] as Entry;
        const ca = e.article.claims[l.aClaim];
        const cb = b.article.claims[l.bClaim];
        if (compareRef(e.article.path, ca.start, b.article.path, cb.start) >= 0) continue;
        out.push({ from: refOf(e, l.aClaim), to: refOf(b, l.bClaim), relation: l.relation, score: l.score, fromFigure: l.aFig, toFigure: l.bFig });
      }
      // Bounded caches: a cleared vector is recomputed on demand (most are needed by a few neighbours in path order).
      if (scratch.ctx.size + scratch.claimVec.size + scratch.stmt.size > SCRATCH_MAX) {
        scratch.ctx.clear();
        scratch.claimVec.clear();
        scratch.stmt.clear();
      }
      if (scratch.facts.size > SCRATCH_MAX) scratch.facts.clear();
    }
    return out;
  }

  /** Ranks of the slots in path order and article postings in that order (for one allLinks pass). */
  private linkRun(inOrder: Entry[]): LinkRun {
    const rank = new Int32Array(this.slots.length).fill(-1);
    const slotOf = new Int32Array(inOrder.length);
    inOrder.forEach((e, r) => {
      rank[e.slot] = r;
      slotOf[r] = e.slot;
    });
    const cap = this.dfCap();
    const post = new Array<Int32Array | undefined>(this.vocabStr.length);
    const fill = new Int32Array(this.vocabStr.length);
    for (let r = 0; r < inOrder.length; r++) {
      const e = inOrder[r];
      for (let i = 0; i < e.termIds.length; i++) {
        const t = e.termIds[i];
        const df = this.df[t];
        if (df > cap || df === 0) continue;
        let p = post[t];
        if (!p) post[t] = p = new Int32Array(2 * df);
        const k = 2 * fill[t]++;
        p[k] = r;
        p[k + 1] = e.termTf[i];
      }
    }
    return { rank, slotOf, post };
  }

  /** The indexed claim `claimId` of `path`. */
  claim(path: string, claimId: string): IndexedClaim | undefined {
    const e = this.byPath.get(path);
    if (!e) return undefined;
    const ci = this.claimIndex(e, claimId);
    return ci < 0 ? undefined : e.article.claims[ci];
  }

  // --- search -------------------------------------------------------------

  /**
   * Sorted figure values (with their claim refs), claims by actor, articles in path order and the sorted
   * vocabulary: rebuilt lazily on the first search after a change, then shared by every keystroke.
   */
  private searchIndex(needVocab: boolean): SearchIndex {
    if (!this.search || this.search.gen !== this.gen) {
      const vals: Array<[number, number]> = [];
      const byActor = new Map<string, number[]>();
      for (const e of this.byPath.values()) {
        e.article.claims.forEach((c, ci) => {
          const ref = e.slot * SLOT_MUL + ci;
          for (const f of c.figures) vals.push([f.value, ref]);
          // The claim's actors by their keys (e.aIds: one id per actor, in order).
          for (let j = e.aOff[ci]; j < e.aOff[ci + 1]; j++) {
            const k = this.actorKeys[e.aIds[j]];
            const l = byActor.get(k);
            if (l) l.push(ref);
            else byActor.set(k, [ref]);
          }
        });
      }
      vals.sort((a, b) => a[0] - b[0]);
      const inOrder = Array.from(this.byPath.values())
        .sort((x, y) => (x.article.path < y.article.path ? -1 : x.article.path > y.article.path ? 1 : 0))
        .map((e) => e.slot);
      const prevVocab = this.search && this.search.vocabSorted && this.search.vocabSorted.length === this.vocabStr.length ? this.search.vocabSorted : null;
      this.search = {
        gen: this.gen,
        values: Float64Array.from(vals, (v) => v[0]),
        refs: Float64Array.from(vals, (v) => v[1]),
        byActor,
        inOrder: Int32Array.from(inOrder),
        vocabSorted: prevVocab,
      };
    }
    if (needVocab && (!this.search.vocabSorted || this.search.vocabSorted.length !== this.vocabStr.length)) {
      this.search.vocabSorted = this.vocabStr.slice().sort();
    }
    return this.search;
  }

  /** Term ids whose string starts with `prefix` (binary search in the sorted vocabulary). */
  private termsWithPrefix(prefix: string, vocabSorted: string[]): number[] {
    let lo = 0;
    let hi = vocabSorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vocabSorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < vocabSorted.length && vocabSorted[i].startsWith(prefix); i++) {
      const id = this.vocabMap().get(vocabSorted[i]);
      if (id !== undefined && this.df[id] > 0) out.push(id);
    }
    return out;
  }

  /**
   * "Find Claims…": claims matching words, a number, or a source, best first. Runs on every keystroke,
   * so it goes through indexes: figure values by binary search, sources through the actor table, words
   * by prefix in the sorted vocabulary and the article postings (the rarest word picks the articles).
   */
  claimsByText(query: string, limit = 50): ClaimHit[] {
    const q = query.trim();
    if (!q) return [];
    const numeric = /^[~≈]?\s*(\d{1,3}(?:[.\s’']\d{3})+|\d+)(?:[,.](\d+))?$/.exec(q);
    const value = numeric ? Number(numeric[1].replace(/[.\s’']/g, '') + (numeric[2] ? '.' + numeric[2] : '')) : null;
    const words = q
      .toLowerCase()
      .split(/[\s,;]+/)
      .filter((w) => w.length > 0);
    const qKey = actorKey(q);
    const score = new Map<number, number>();
    const hit = (ref: number, s: number) => {
      if ((score.get(ref) ?? 0) < s) score.set(ref, s);
    };
    if (value !== null) {
      const { values, refs } = this.searchIndex(false);
      // No figure's interval reaches further than a quarter from its value.
      let lo = 0;
      let hi = values.length;
      const from = Math.min(value * 0.75, value * 1.25);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (values[mid] < from) lo = mid + 1;
        else hi = mid;
      }
      const to = Math.max(value * 0.75, value * 1.25);
      for (let i = lo; i < values.length && values[i] <= to; i++) {
        const ref = refs[i];
        const e = this.slots[Math.floor(ref / SLOT_MUL)];
        if (!e) continue;
        const c = e.article.claims[ref % SLOT_MUL];
        for (const f of c.figures) {
          const [l, h] = interval(f);
          if (f.low !== null && f.high !== null && f.qualifier === 'range' && value >= f.low && value <= f.high) hit(ref, 0.8);
          if (value >= l && value <= h) hit(ref, f.value === value ? 1 : 0.8);
        }
      }
    }
    // Sources: matching actor keys, then their claims.
    const { byActor, inOrder } = this.searchIndex(false);
    for (const [k, refs] of byActor) {
      if (k === qKey) for (const ref of refs) hit(ref, 1);
      else if (k.includes(qKey) || (qKey.length >= 3 && qKey.includes(k))) for (const ref of refs) hit(ref, 0.8);
    }
    // Words: claims whose text contains every word. Candidate articles come from the postings of the
    // rarest word's terms; all word hits score alike, so articles are read in path order until enough.
    if (value === null && words.length > 0 && score.size < limit) {
      const { vocabSorted } = this.searchIndex(true);
      let best: number[] | null = null;
      let bestCost = Infinity;
      for (const w of words) {
        if (w.length < 3 || /\d/.test(w) || isStopword(w)) continue;
        const prefixes = new Set<string>([stem(w, 'de'), stem(w, 'en')].map((p) => (p.length < w.length && p.length >= 3 ? p : foldQuery(w))));
        const terms: number[] = [];
        for (const p of prefixes) for (const t of this.termsWithPrefix(p, vocabSorted as string[])) terms.push(t);
        let cost = 0;
        for (const t of terms) cost += this.df[t];
        if (cost < bestCost) {
          bestCost = cost;
          best = terms;
        }
      }
      let mark: Uint8Array | null = null;
      if (best !== null) {
        mark = new Uint8Array(this.slots.length);
        for (const t of best) {
          const p = this.postings[t];
          if (!p) continue;
          for (let k = 0; k < 2 * this.df[t]; k += 2) mark[p[k]] = 1;
        }
      }
      let found = 0;
      for (let i = 0; i < inOrder.length && found < limit; i++) {
        const slot = inOrder[i];
        if (mark && !mark[slot]) continue;
        const e = this.slots[slot];
        if (!e) continue;
        const cs = e.article.claims;
        for (let ci = 0; ci < cs.length; ci++) {
          const ref = slot * SLOT_MUL + ci;
          if (score.has(ref)) continue;
          const lower = cs[ci].text.toLowerCase();
          let all = true;
          for (const w of words) {
            if (!lower.includes(w)) {
              all = false;
              break;
            }
          }
          if (all) {
            hit(ref, 0.6);
            found++;
          }
        }
      }
    }
    const hits: ClaimHit[] = [];
    for (const [ref, s] of score) {
      const e = this.slots[Math.floor(ref / SLOT_MUL)];
      if (!e) continue;
      const c = e.article.claims[ref % SLOT_MUL];
      hits.push({ path: e.article.path, claimId: c.id, start: c.start, end: c.end, text: c.text, score: s });
    }
    hits.sort((x, y) => y.score - x.score || compareRef(x.path, x.start, y.path, y.start));
    return hits.slice(0, limit);
  }

  /** "Show Sources": actor → number of claims attributed to it, most frequent first. */
  sources(): Array<{ actor: string; claims: number }> {
    return Array.from(this.actorCounts.values())
      .map((r) => ({ actor: r.actor, claims: r.count }))
      .sort((a, b) => b.claims - a.claims || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
  }

  // --- snapshot -----------------------------------------------------------

  /** The snapshot's vocabulary (terms in use, in id order, so sorted lists stay sorted) and old id → new id. */
  private compactVocab(): { vocab: string[]; remap: Int32Array } {
    const used = new Uint8Array(this.vocabStr.length);
    for (const e of this.byPath.values()) {
      for (let i = 0; i < e.termIds.length; i++) used[e.termIds[i]] = 1;
      for (let i = 0; i < e.cTerms.length; i++) used[e.cTerms[i]] = 1;
      for (let i = 0; i < e.fwTerms.length; i++) used[e.fwTerms[i]] = 1;
    }
    const remap = new Int32Array(this.vocabStr.length);
    const vocab: string[] = [];
    for (let t = 0; t < used.length; t++) {
      if (used[t]) {
        remap[t] = vocab.length;
        vocab.push(this.vocabStr[t]);
      }
    }
    return { vocab, remap };
  }

  /** One article of a snapshot (integer data packed as base64 varints over the compacted vocabulary). */
  private snapshotArticle(e: Entry, remap: Int32Array, tags: Map<string, number>): SnapshotArticle {
    const w = new VarintWriter();
    const nc = e.article.claims.length;
    const nf = e.fwOff.length - 1;
    // Header: sizes, so that reopening decodes straight into typed arrays.
    w.uint(nc);
    w.uint(e.termIds.length);
    w.uint(e.cTerms.length);
    w.uint(e.sk.length);
    w.uint(e.fwTerms.length);
    w.uint(nf);
    w.uint(e.salience.length >> 1);
    const ids = (a: Int32Array, from: number, to: number) => {
      w.uint(to - from);
      let prev = 0;
      for (let i = from; i < to; i++) {
        const id = remap[a[i]];
        w.uint(id - prev);
        prev = id;
      }
    };
    ids(e.termIds, 0, e.termIds.length);
    for (let i = 0; i < e.termTf.length; i++) w.uint(e.termTf[i]);
    for (let ci = 0; ci < nc; ci++) ids(e.cTerms, e.cOff[ci], e.cOff[ci + 1]);
    for (let ci = 0; ci < nc; ci++) w.list(e.sk, e.skOff[ci], e.skOff[ci + 1]);
    for (let k = 0; k < nf; k++) ids(e.fwTerms, e.fwOff[k], e.fwOff[k + 1]);
    const strs: string[] = [];
    const str = (x: string | null | undefined) => {
      if (x === null || x === undefined) w.uint(0);
      else {
        w.uint(x.length + 1);
        strs.push(x);
      }
    };
    const tag = (x: string | null | undefined) => w.uint(x === null || x === undefined ? 0 : (tags.get(x) as number) + 1);
    const num = (x: number | null) => {
      if (x === null) w.uint(0);
      else if (Number.isInteger(x) && x >= 0 && x < 2 ** 31 && !Object.is(x, -0)) w.uint(x + 2);
      else {
        w.uint(1);
        str(String(x));
      }
    };
    const zig = (x: number) => w.uint(x >= 0 ? 2 * x : -2 * x - 1);
    for (const c of e.article.claims) {
      str(c.id);
      w.uint(c.start);
      zig(c.end - c.start);
      tag(c.time);
      w.uint(c.actors.length);
      for (const x of c.actors) str(x);
      w.uint(c.figures.length);
      for (const f of c.figures) {
        w.uint(f.index);
        w.uint(f.start);
        zig(f.end - f.start);
        str(f.text);
        num(f.value);
        num(f.low);
        num(f.high);
        tag(f.qualifier);
        tag(f.unit);
        tag(f.unitKey);
        tag(f.kind);
        tag(f.outcome);
        tag(f.time);
        tag(f.qclass);
      }
    }
    for (let i = 0; i + 1 < e.salience.length; i += 2) {
      tag(e.salience[i] as string);
      w.uint(e.salience[i + 1] as number);
    }
    const a = e.article;
    return {
      path: a.path, hash: a.hash, language: a.language, title: a.title, date: a.date, outlet: a.outlet, data: w.base64(), strs: strs.join(''),
      texts: a.claims.map((c) => c.text),
    };
  }

  /** The recurring short strings of the articles' claims and figures, numbered for the snapshot. */
  private snapshotTags(): Map<string, number> {
    const tags = new Map<string, number>();
    const add = (x: string | null | undefined) => {
      if (x !== null && x !== undefined && !tags.has(x)) tags.set(x, tags.size);
    };
    for (const e of this.byPath.values()) {
      for (const c of e.article.claims) {
        add(c.time);
        for (const f of c.figures) {
          add(f.qualifier);
          add(f.unit);
          add(f.unitKey);
          add(f.kind);
          add(f.outcome);
          add(f.time);
          add(f.qclass);
        }
      }
      for (let i = 0; i < e.salience.length; i += 2) add(e.salience[i] as string);
    }
    return tags;
  }

  /** The snapshot's vocabulary: the terms one after another, and their lengths as base64 varints. */
  private static packVocab(vocab: string[]): { vocab: string; vocabLen: string } {
    const w = new VarintWriter();
    for (const t of vocab) w.uint(t.length);
    return { vocab: vocab.join(''), vocabLen: w.base64() };
  }

  /**
   * A JSON-ready snapshot. Integer data (term vectors, claim terms, sketches, figure windows) is packed
   * per article as base64 varints over a compacted vocabulary, so reopening is parsing plus adopting
   * typed arrays. To save a large index, prefer writeSnapshot (the same JSON, one article at a time).
   */
  toSnapshot(): IndexSnapshot {
    const { vocab, remap } = this.compactVocab();
    const tags = this.snapshotTags();
    const articles: SnapshotArticle[] = [];
    for (const e of this.byPath.values()) articles.push(this.snapshotArticle(e, remap, tags));
    return { schema: 'claim-lens/xref-index', version: SNAPSHOT_VERSION, ...CorpusIndex.packVocab(vocab), tags: Array.from(tags.keys()), articles };
  }

  /**
   * The snapshot as JSON text (what JSON.stringify(toSnapshot()) gives), handed to `write` in pieces,
   * one article at a time: neither the whole snapshot object nor one huge string is built. Returns the
   * number of characters written.
   */
  writeSnapshot(write: (chunk: string) => void): number {
    let n = 0;
    for (const chunk of this.snapshotChunks()) {
      n += chunk.length;
      write(chunk);
    }
    return n;
  }

  /**
   * The same JSON text as `writeSnapshot`, lazily, one piece per article: a caller on a UI thread can yield to
   * its event loop between pieces. The index must not change while the pieces are taken (check and retry).
   */
  *snapshotChunks(): Generator<string> {
    const { vocab, remap } = this.compactVocab();
    const pv = CorpusIndex.packVocab(vocab);
    const tags = this.snapshotTags();
    yield `{"schema":"claim-lens/xref-index","version":${SNAPSHOT_VERSION},"vocab":${JSON.stringify(pv.vocab)},"vocabLen":${JSON.stringify(pv.vocabLen)},"tags":${JSON.stringify(Array.from(tags.keys()))},"articles":[`;
    let first = true;
    for (const e of this.byPath.values()) {
      yield (first ? '' : ',') + JSON.stringify(this.snapshotArticle(e, remap, tags));
      first = false;
    }
    yield ']}';
  }

  /** One article of a snapshot as an entry (not yet inserted; its figure vectors not built). */
  private adoptArticle(a: SnapshotArticle, arena: Arena, tags: Array<string | null>): Entry {
    const nv = this.vocabStr.length;
    const checkIds = (x: Int32Array) => {
      for (let i = 0; i < x.length; i++) if (x[i] >= nv) throw new SnapshotError('index snapshot is malformed');
    };
    // Decoded into a scratch buffer (the article's arrays are copied out of it).
    if (this.b64Scratch.length < a.data.length) this.b64Scratch = new Uint8Array(Math.max(1 << 16, 2 * a.data.length));
    const r = new VarintReader(fromBase64(a.data, this.b64Scratch));
    const nc = r.uint();
    const nt = r.uint();
    const nct = r.uint();
    const nsk = r.uint();
    const nfw = r.uint();
    const nf = r.uint();
    const nsal = r.uint();
    // One buffer for the article's integer arrays (views into it): few allocations, little overhead.
    const need = 2 * nt + nct + nsk + nfw + 3 * (nc + 1) + nf + 1;
    const { buf, at: at0 } = arena.take(need);
    let at = at0;
    const take = (n: number) => {
      const v = new Int32Array(buf.buffer, 4 * at, n);
      at += n;
      return v;
    };
    const termIds = take(nt);
    const termTf = take(nt);
    const cTerms = take(nct);
    const sk = new Uint32Array(buf.buffer, 4 * at, nsk);
    at += nsk;
    const fwTerms = take(nfw);
    const cOff = take(nc + 1);
    const skOff = take(nc + 1);
    const fOff = take(nc + 1);
    const fwOff = take(nf + 1);
    if (r.listInto(termIds, 0, true) !== nt) throw new SnapshotError('index snapshot is malformed');
    for (let i = 0; i < nt; i++) termTf[i] = r.uint();
    for (let ci = 0; ci < nc; ci++) cOff[ci + 1] = r.listInto(cTerms, cOff[ci], true);
    for (let ci = 0; ci < nc; ci++) skOff[ci + 1] = r.listInto(sk, skOff[ci], false);
    for (let k = 0; k < nf; k++) fwOff[k + 1] = r.listInto(fwTerms, fwOff[k], true);
    if (cOff[nc] !== cTerms.length || skOff[nc] !== sk.length || fwOff[nf] !== fwTerms.length) throw new SnapshotError('index snapshot is malformed');
    checkIds(termIds);
    checkIds(cTerms);
    checkIds(fwTerms);
    // Claims and figures: strings cut from `strs` by their lengths.
    const strs = a.strs;
    let sp = 0;
    const str = (): string | null => {
      const n = r.uint();
      if (n === 0) return null;
      if (sp + n - 1 > strs.length) throw new SnapshotError('index snapshot is malformed');
      return strs.slice(sp, (sp += n - 1));
    };
    const req = (): string => {
      const x = str();
      if (x === null) throw new SnapshotError('index snapshot is malformed');
      return x;
    };
    const tag = (): string | null => {
      const t = tags[r.uint()];
      if (t === undefined) throw new SnapshotError('index snapshot is malformed');
      return t;
    };
    const reqTag = (): string => {
      const x = tag();
      if (x === null) throw new SnapshotError('index snapshot is malformed');
      return x;
    };
    const num = (): number | null => {
      const x = r.uint();
      return x === 0 ? null : x >= 2 ? x - 2 : Number(req());
    };
    const unzig = () => {
      const z = r.uint();
      return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
    };
    if (a.texts.length !== nc) throw new SnapshotError('index snapshot is malformed');
    const claims: IndexedClaim[] = new Array<IndexedClaim>(nc);
    let k = 0;
    for (let ci = 0; ci < nc; ci++) {
      const id = req();
      const start = r.uint();
      const end = start + unzig();
      const text = a.texts[ci];
      if (typeof text !== 'string') throw new SnapshotError('index snapshot is malformed');
      const time = tag();
      const na = r.uint();
      let actors = NO_ACTORS;
      if (na > 0) {
        actors = new Array<string>(na);
        for (let j = 0; j < na; j++) actors[j] = req();
      }
      const nfc = r.uint();
      let figures = NO_FIGURES;
      if (nfc > 0) {
        if (k + nfc > nf) throw new SnapshotError('index snapshot is malformed');
        figures = new Array<IndexedFigure>(nfc);
        for (let j = 0; j < nfc; j++) {
          const index = r.uint();
          const fstart = r.uint();
          const fend = fstart + unzig();
          figures[j] = {
            index, start: fstart, end: fend, text: req(), value: num() as number, low: num(), high: num(),
            qualifier: reqTag() as Qualifier, unit: tag(), unitKey: tag(), kind: reqTag() as FigureKind,
            outcome: tag(), time: tag(), qclass: tag(),
          };
        }
        k += nfc;
      }
      fOff[ci + 1] = k;
      claims[ci] = { id, start, end, text, time, actors, figures };
    }
    if (k !== nf) throw new SnapshotError('index snapshot is malformed');
    let salience = NO_SALIENCE;
    if (nsal > 0) {
      salience = [];
      for (let j = 0; j < nsal; j++) salience.push(reqTag(), r.uint());
    }
    if (!r.done || sp !== strs.length) throw new SnapshotError('index snapshot is malformed');
    const article: IndexedArticle = { path: a.path, hash: a.hash, language: a.language, title: a.title, date: this.intern(a.date), outlet: this.intern(a.outlet), claims };
    const e: Entry = {
      slot: -1, article, termIds, termTf, cOff, cTerms, skOff, sk, fOff, fwOff, fwTerms,
      fvOff: EMPTY_I32, fvIds: EMPTY_I32, fvC: EMPTY_U8, fNorm: EMPTY_F64, fNormGen: -1, aOff: EMPTY_I32, aIds: EMPTY_I32, fGrp: null, monthFlags: EMPTY_I8,
      salience,
    };
    return e;
  }

  /**
   * Reopen from a snapshot: adopts the parsed vocabulary, decodes each article's packed arrays and
   * builds the postings in one counting pass. With `consume`, each article of the snapshot is released
   * (its entry set to null) once adopted, so the parsed snapshot and the index are not both held whole.
   * Throws SnapshotError on a foreign, outdated or malformed snapshot: rebuild then.
   */
  static fromSnapshot(s: unknown, opts: { consume?: boolean } = {}): CorpusIndex {
    const snap = s as Partial<IndexSnapshot> | null;
    if (!snap || typeof snap !== 'object' || snap.schema !== 'claim-lens/xref-index') {
      throw new SnapshotError('not a Claim Lens index snapshot');
    }
    if (snap.version !== SNAPSHOT_VERSION) {
      throw new SnapshotError(`index snapshot version ${String(snap.version)} is not ${SNAPSHOT_VERSION}: rebuild the index`);
    }
    if (typeof snap.vocab !== 'string' || typeof snap.vocabLen !== 'string' || !Array.isArray(snap.tags) || !Array.isArray(snap.articles)) {
      throw new SnapshotError('index snapshot is malformed');
    }
    const idx = new CorpusIndex();
    const tags: Array<string | null> = [null];
    for (const t of snap.tags) {
      if (typeof t !== 'string') throw new SnapshotError('index snapshot is malformed');
      tags.push(idx.intern(t));
    }
    const vocab: string[] = [];
    try {
      const r = new VarintReader(fromBase64(snap.vocabLen));
      let at = 0;
      while (!r.done) {
        const n = r.uint();
        vocab.push(snap.vocab.slice(at, (at += n)));
      }
      if (at !== snap.vocab.length) throw new SnapshotError('index snapshot is malformed');
    } catch (err) {
      if (err instanceof SnapshotError) throw err;
      throw new SnapshotError(`index snapshot is malformed (${err instanceof Error ? err.message : String(err)})`);
    }
    const nv = vocab.length;
    idx.vocabStr = vocab;
    idx.vocab = null;
    const df = new Array<number>(nv).fill(0);
    idx.df = df;
    idx.postings = new Array<Int32Array | undefined>(nv).fill(undefined);
    const arena = new Arena();
    try {
      const list = snap.articles as Array<SnapshotArticle | null>;
      for (let ai = 0; ai < list.length; ai++) {
        const a = list[ai];
        if (opts.consume) list[ai] = null;
        if (!a || typeof a.path !== 'string' || typeof a.data !== 'string' || typeof a.strs !== 'string' || !Array.isArray(a.texts)) {
          throw new SnapshotError('index snapshot is malformed');
        }
        const e = idx.adoptArticle(a, arena, tags);
        idx.buildFigureVectors(e, arena);
        const termIds = e.termIds;
        for (let i = 0; i < termIds.length; i++) df[termIds[i]]++;
        idx.insert(e, true);
      }
    } catch (err) {
      if (err instanceof SnapshotError) throw err;
      throw new SnapshotError(`index snapshot is malformed (${err instanceof Error ? err.message : String(err)})`);
    }
    idx.b64Scratch = new Uint8Array(0);
    // Postings in one counting pass: exact sizes, then fill.
    const fill = new Int32Array(nv);
    for (let t = 0; t < nv; t++) if (df[t] > 0) idx.postings[t] = new Int32Array(2 * df[t]);
    for (const e of idx.slots) {
      if (!e) continue;
      for (let i = 0; i < e.termIds.length; i++) {
        const t = e.termIds[i];
        const p = idx.postings[t] as Int32Array;
        const k = 2 * fill[t]++;
        p[k] = e.slot;
        p[k + 1] = e.termTf[i];
      }
    }
    return idx;
  }
}

const ALL_COUNTS = '*';
/** The bucket of every percentage (the rarity of a share: 11,12 Prozent against 50 Prozent). */
const ALL_PERCENTS = '%*';

interface Bucket {
  values: Float64Array;
  /** The figures (indices into FigureIndex.figs), in value order. */
  fig: Int32Array;
}

interface FigureIndex {
  gen: number;
  byClass: Map<string, Bucket>;
  /** Classes of people ("person", "person:dead", …). */
  people: string[];
  /** Compound classes and their heads, both ways ("tatverdachtig" ↔ "verdachtig"; classAffinity). */
  compounds: Map<string, string[]>;
  /** Every bucketed figure, with its slot, claim and ordinal in its article. */
  figs: IndexedFigure[];
  slot: Int32Array;
  claim: Int32Array;
  ord: Int32Array;
}

/**
 * Int32 storage for many articles' arrays (views into shared chunks) when reopening a snapshot:
 * one allocation per megabyte instead of several per article.
 */
class Arena {
  private buf = new Int32Array(0);
  private at = 0;

  take(n: number): { buf: Int32Array; at: number } {
    if (this.at + n > this.buf.length) {
      this.buf = new Int32Array(Math.max(n, 1 << 18));
      this.at = 0;
    }
    const at = this.at;
    this.at += n;
    return { buf: this.buf, at };
  }
}

/** State of one allLinks pass: path order of the slots and article postings in that order. */
interface LinkRun {
  /** slot → rank in path order, and back. */
  rank: Int32Array;
  slotOf: Int32Array;
  /** Per term: (rank, tf) pairs in ascending rank (only terms with a weight). */
  post: Array<Int32Array | undefined>;
}

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface SearchIndex {
  gen: number;
  values: Float64Array;
  refs: Float64Array;
  byActor: Map<string, number[]>;
  /** Slots in path order. */
  inOrder: Int32Array;
  vocabSorted: string[] | null;
}

/** Lower-cased query word with the stems' letter folding. */
function foldQuery(w: string): string {
  return actorKey(w);
}
