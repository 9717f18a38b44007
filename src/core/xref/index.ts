/**
 * The corpus index: every analysed article of a workspace, with incremental
 * inverted indexes for cross-referencing claims between articles.
 *
 * Matching works in two stages, both through inverted indexes so a query costs
 * what its postings cost, not what the corpus costs:
 *  1. candidate articles: TF-IDF cosine of the articles' stemmed content terms
 *     (the "same story" signal), with a background-smoothed IDF so that a small
 *     folder of articles on one story still weighs its story terms;
 *  2. claim pairs between the article and each candidate: figures of the same
 *     unit (unitKey) compared by value and by the TF-IDF cosine of their
 *     context (claim + neighbouring claims + actors), statements of the same
 *     actor compared by claim terms, and copied sentences by word-shingle
 *     Jaccard (candidates from a bottom-k MinHash sketch index).
 *
 * Every link is symmetric (all measures are), so a claim's links are the same
 * from both ends and `allLinks()` lists each once, from < to by (path, start).
 */

import type { ArticleAnalysis, FigureKind, Lang, Qualifier } from '../types';
import { actorKey, containmentSorted, contentTerms, jaccardSorted, shingles as claimShingles, sketch as bottomK } from './terms';

export type Relation = 'same-figure' | 'different-figure' | 'same-statement' | 'text-reuse';

export const RELATIONS: readonly Relation[] = ['same-figure', 'different-figure', 'same-statement', 'text-reuse'];

/** A figure as the index keeps it (a compact copy of the analysis' NumberMention). */
export interface IndexedFigure {
  /** Index into the analysis' numbers. */
  index: number;
  start: number;
  end: number;
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
  unitKey: string | null;
  kind: FigureKind;
  /** What happened to what is counted, from the words next to the figure ("getötet" → dead), or null. */
  outcome: string | null;
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
  /** Article term vector: pairs [vocab index, tf, …]. */
  terms: number[];
  claims: Array<{
    id: string;
    start: number;
    end: number;
    text: string;
    time: string | null;
    actors: string[];
    figures: IndexedFigure[];
    /** Claim terms (vocab indices), only for claims with figures or actors. */
    terms: number[] | null;
    sketch: number[];
  }>;
}

export interface IndexSnapshot {
  schema: 'claim-lens/xref-index';
  version: number;
  vocab: string[];
  articles: SnapshotArticle[];
}

export const SNAPSHOT_VERSION = 1;

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

interface ClaimState {
  claim: IndexedClaim;
  /** Term ids with multiplicity, or null (claim has no figure and no actor). */
  terms: Int32Array | null;
  sketch: number[];
  shingles: number[] | null;
}

interface Entry {
  slot: number;
  article: IndexedArticle;
  /** Article vector: sorted term ids and their counts. */
  termIds: Int32Array;
  termTf: Float64Array;
  claims: ClaimState[];
  claimById: Map<string, number>;
  normGen: number;
  norm: number;
  /** unitKey → how present the counted thing is in the article (figures of it, mentions of its noun). */
  unitSalience: Map<string, number>;
}

interface Posting {
  slots: number[];
  tfs: number[];
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

const SLOT_MUL = 65536;

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
      return [v, v + Math.abs(v) * 0.1];
    case 'more-than':
      return [v + 2 * eps, v + Math.abs(v) * 0.1];
    case 'at-most':
      return [v - Math.abs(v) * 0.2, v];
    case 'less-than':
      return [v - Math.abs(v) * 0.2, v - 2 * eps];
    default:
      return [v - eps, v + eps];
  }
}

/** Whether two figures can be reports of the same value ("etwa 14.000" ~ "14.000", "mehr als 500" ~ "512"). */
export function valuesAgree(a: IndexedFigure, b: IndexedFigure): boolean {
  // Two open-ended figures ("mehr als 5.500", "mehr als 6.000") agree only on the same bound.
  if (OPEN.has(a.qualifier) && OPEN.has(b.qualifier)) return Math.abs(a.value - b.value) <= Math.abs(a.value) * 0.025;
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  return al <= bh && bl <= ah;
}

const OPEN = new Set<Qualifier>(['at-least', 'more-than', 'at-most', 'less-than']);

/** "Tausende", "Dutzende", "hundreds of": a magnitude, not a value — never evidence of the same figure. */
const VAGUE_RE = /^(?:(?:über|mehr als|fast|knapp|rund|etwa|mehrere|einige|viele|over|more than|several|many)\s+)?(?:dutzende|hunderte|tausende|zehntausende|hunderttausende|abertausende|dozens|hundreds|thousands|tens of thousands|hundreds of thousands)\b/iu;
const HAS_DIGIT = /\d/;

export function isVague(f: IndexedFigure): boolean {
  return !HAS_DIGIT.test(f.text) && VAGUE_RE.test(f.text);
}

/** Whether two figures count the same kind of thing (same unit key and kind). Figures without unit never match. */
export function sameQuantity(a: IndexedFigure, b: IndexedFigure): boolean {
  if (a.unitKey === null || a.unitKey !== b.unitKey || a.kind !== b.kind) return false;
  if (isVague(a) || isVague(b)) return false;
  const oa = a.outcome ?? null;
  const ob = b.outcome ?? null;
  return oa === null || ob === null || oa === ob;
}

/** Outcome words: "12 Menschen getötet" and "12 Menschen verletzt" count different things. */
const OUTCOMES: Array<[string, RegExp]> = [
  ['dead', /\b(?:tot(?:e|en|er)?|getötet|starb(?:en)?|gestorben|ums leben|todesopfer|leichen?|killed|dead|died|deaths?|fatalities|lost their lives)\b/giu],
  ['injured', /\b(?:verletzt(?:e|en)?|schwerverletzt(?:e|en)?|verwundet(?:e|en)?|injured|wounded|hurt)\b/giu],
  ['arrested', /\b(?:festgenommen|verhaftet|festnahmen?|arrested|detained)\b/giu],
  ['missing', /\b(?:vermisst(?:e|en)?|missing)\b/giu],
  ['rescued', /\b(?:gerettet|geborgen|rescued)\b/giu],
  ['evacuated', /\b(?:evakuiert|evacuated)\b/giu],
];

/** The outcome word nearest to a figure (within a clause-sized window of its claim), or null. */
export function figureOutcome(claimText: string, start: number, end: number): string | null {
  const from = Math.max(0, start - 60);
  const to = Math.min(claimText.length, end + 80);
  const win = claimText.slice(from, to);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const [name, re] of OUTCOMES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(win)) !== null) {
      const at = from + m.index;
      const d = at >= end ? at - end : at + m[0].length <= start ? start - (at + m[0].length) : 0;
      if (d < bestDist) {
        bestDist = d;
        best = name;
      }
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

export class SnapshotError extends Error {}

export class CorpusIndex {
  private readonly byPath = new Map<string, Entry>();
  private readonly slots: Array<Entry | null> = [];
  private readonly freeSlots: number[] = [];
  private readonly vocab = new Map<string, number>();
  private readonly vocabStr: string[] = [];
  private readonly df: number[] = [];
  private readonly postings: Array<Posting | undefined> = [];
  private readonly sketchIndex = new Map<number, number[]>();
  private readonly actorCounts = new Map<string, { actor: string; count: number }>();
  private gen = 0;
  private readonly linkCache = new Map<number, { gen: number; links: RawLink[] }>();

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
    const claimStems: Array<string[] | null> = [];
    const artStems: string[] = [];
    for (const c of analysis.claims) {
      const actors: string[] = [];
      const seen = new Set<string>();
      for (const ai of c.attributions) {
        const a = analysis.attributions[ai];
        if (a && a.actor && !seen.has(actorKey(a.actor))) {
          seen.add(actorKey(a.actor));
          actors.push(a.actor);
        }
      }
      for (const qi of c.quotes) {
        const q = analysis.quotes[qi];
        if (q && q.speaker && !seen.has(actorKey(q.speaker))) {
          seen.add(actorKey(q.speaker));
          actors.push(q.speaker);
        }
      }
      const figures: IndexedFigure[] = [];
      for (const ni of c.numbers) {
        const n = analysis.numbers[ni];
        if (!n) continue;
        figures.push({
          index: ni,
          start: n.start,
          end: n.end,
          text: n.text,
          value: n.value,
          low: n.low,
          high: n.high,
          qualifier: n.qualifier,
          unit: n.unit,
          unitKey: n.unitKey,
          kind: n.kind,
          outcome: figureOutcome(c.text, n.start - c.start, n.end - c.start),
        });
      }
      claims.push({ id: c.id, start: c.start, end: c.end, text: c.text, time: c.time ? c.time.from : null, actors, figures });
      const stems = contentTerms(c.text, lang);
      if (text === undefined) for (const st of stems) artStems.push(st);
      if (figures.length > 0 || actors.length > 0) {
        for (const a of actors) contentTerms(a, lang, stems);
        claimStems.push(withPrefixes(stems));
      } else {
        claimStems.push(null);
      }
    }
    // Article vector (stems only: cheaper postings; the prefix features serve the claim contexts).
    if (text !== undefined) contentTerms(this.bodyText(text, analysis), lang, artStems);
    if (analysis.title) {
      contentTerms(analysis.title, lang, artStems);
      contentTerms(analysis.title, lang, artStems);
    }
    const tf = new Map<number, number>();
    for (const st of artStems) {
      const id = this.termId(st);
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const article: IndexedArticle = {
      path: analysis.path,
      hash: contentHash,
      language: lang,
      title: analysis.title,
      date: analysis.date,
      outlet: analysis.outlet,
      claims,
    };
    const claimStates: ClaimState[] = claims.map((c, i) => {
      const st = claimStems[i];
      const sh = claimShingles(c.text);
      return {
        claim: c,
        terms: st ? Int32Array.from(st.map((s) => this.termId(s))) : null,
        sketch: sh.length >= XREF_PARAMS.reuseMinShingles ? bottomK(sh, XREF_PARAMS.sketchK) : [],
        shingles: null,
      };
    });
    const ids = Array.from(tf.keys()).sort((a, b) => a - b);
    this.insert(article, Int32Array.from(ids), Float64Array.from(ids.map((i) => tf.get(i) as number)), claimStates);
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

  private termId(s: string): number {
    let id = this.vocab.get(s);
    if (id === undefined) {
      id = this.vocabStr.length;
      this.vocab.set(s, id);
      this.vocabStr.push(s);
      this.df.push(0);
      this.postings.push(undefined);
    }
    return id;
  }

  private insert(article: IndexedArticle, termIds: Int32Array, termTf: Float64Array, claims: ClaimState[]): void {
    this.remove(article.path);
    const slot = this.freeSlots.length > 0 ? (this.freeSlots.pop() as number) : this.slots.length;
    const claimById = new Map<string, number>();
    claims.forEach((c, i) => {
      if (!claimById.has(c.claim.id)) claimById.set(c.claim.id, i);
    });
    const e: Entry = { slot, article, termIds, termTf, claims, claimById, normGen: -1, norm: 0, unitSalience: new Map() };
    this.computeSalience(e);
    this.slots[slot] = e;
    this.byPath.set(article.path, e);
    for (let i = 0; i < termIds.length; i++) {
      const t = termIds[i];
      this.df[t]++;
      let p = this.postings[t];
      if (!p) {
        p = { slots: [], tfs: [] };
        this.postings[t] = p;
      }
      p.slots.push(slot);
      p.tfs.push(termTf[i]);
    }
    claims.forEach((c, ci) => {
      const ref = slot * SLOT_MUL + ci;
      for (const h of c.sketch) {
        let list = this.sketchIndex.get(h);
        if (!list) {
          list = [];
          this.sketchIndex.set(h, list);
        }
        list.push(ref);
      }
      for (const a of c.claim.actors) {
        const k = actorKey(a);
        const rec = this.actorCounts.get(k);
        if (rec) rec.count++;
        else this.actorCounts.set(k, { actor: a, count: 1 });
      }
    });
    this.gen++;
  }

  private computeSalience(e: Entry): void {
    const figs = new Map<string, number>();
    const tfOf = new Map<string, number>();
    for (const c of e.claims) {
      for (const f of c.claim.figures) {
        if (!f.unitKey) continue;
        figs.set(f.unitKey, (figs.get(f.unitKey) ?? 0) + 1);
        if (f.unit && !tfOf.has(f.unitKey)) {
          let tf = 0;
          for (const st of contentTerms(f.unit, e.article.language)) {
            const id = this.vocab.get(st);
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
    for (const [k, n] of figs) e.unitSalience.set(k, Math.max(n, tfOf.get(k) ?? 0));
  }

  remove(path: string): boolean {
    const e = this.byPath.get(path);
    if (!e) return false;
    const slot = e.slot;
    for (let i = 0; i < e.termIds.length; i++) {
      const t = e.termIds[i];
      this.df[t]--;
      const p = this.postings[t];
      if (p) {
        const k = p.slots.lastIndexOf(slot);
        if (k >= 0) {
          const last = p.slots.length - 1;
          p.slots[k] = p.slots[last];
          p.tfs[k] = p.tfs[last];
          p.slots.pop();
          p.tfs.pop();
        }
      }
    }
    e.claims.forEach((c, ci) => {
      const ref = slot * SLOT_MUL + ci;
      for (const h of c.sketch) {
        const list = this.sketchIndex.get(h);
        if (!list) continue;
        const k = list.indexOf(ref);
        if (k >= 0) {
          list[k] = list[list.length - 1];
          list.pop();
        }
        if (list.length === 0) this.sketchIndex.delete(h);
      }
      for (const a of c.claim.actors) {
        const key = actorKey(a);
        const rec = this.actorCounts.get(key);
        if (rec && --rec.count <= 0) this.actorCounts.delete(key);
      }
    });
    this.byPath.delete(path);
    this.slots[slot] = null;
    this.freeSlots.push(slot);
    this.linkCache.delete(slot);
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
    if (e.normGen === this.gen) return e.norm;
    let s = 0;
    for (let i = 0; i < e.termIds.length; i++) {
      const w = (1 + Math.log(e.termTf[i])) * this.idf(e.termIds[i], cap);
      s += w * w;
    }
    e.norm = Math.sqrt(s);
    e.normGen = this.gen;
    return e.norm;
  }

  /** Articles whose topic cosine with `e` is at least articleMin: slot → cosine. */
  private acc = new Float64Array(0);

  private candidateArticles(e: Entry): Map<number, number> {
    const cap = this.dfCap();
    if (this.acc.length < this.slots.length) this.acc = new Float64Array(Math.max(64, this.slots.length * 2));
    const acc = this.acc;
    const touched: number[] = [];
    for (let i = 0; i < e.termIds.length; i++) {
      const t = e.termIds[i];
      const idf = this.idf(t, cap);
      if (idf === 0) continue;
      const wa = (1 + Math.log(e.termTf[i])) * idf * idf;
      const p = this.postings[t];
      if (!p) continue;
      const slots = p.slots;
      const tfs = p.tfs;
      for (let k = 0; k < slots.length; k++) {
        const s = slots[k];
        if (acc[s] === 0) touched.push(s);
        acc[s] += wa * (1 + Math.log(tfs[k]));
      }
    }
    const out = new Map<number, number>();
    const na = this.norm(e, cap);
    for (const s of touched) {
      const dot = acc[s];
      acc[s] = 0;
      if (s === e.slot || na === 0) continue;
      const other = this.slots[s];
      if (!other) continue;
      const nb = this.norm(other, cap);
      if (nb === 0) continue;
      const cos = dot / (na * nb);
      if (cos >= XREF_PARAMS.articleMin) out.set(s, Math.min(1, cos));
    }
    return out;
  }

  /** Weighted term vector of a claim's context: the claim, its neighbours at half weight. */
  private contextVector(e: Entry, ci: number, neighbours: boolean, cap: number): Map<number, number> {
    const v = new Map<number, number>();
    const add = (terms: Int32Array | null, w: number) => {
      if (!terms) return;
      for (let i = 0; i < terms.length; i++) v.set(terms[i], (v.get(terms[i]) ?? 0) + w);
    };
    add(e.claims[ci].terms, 1);
    if (neighbours) {
      if (ci > 0) add(this.neighbourTerms(e, ci - 1), 0.5);
      if (ci + 1 < e.claims.length) add(this.neighbourTerms(e, ci + 1), 0.5);
    }
    for (const [t, c] of v) {
      const idf = this.idf(t, cap);
      if (idf === 0) v.delete(t);
      else v.set(t, (1 + Math.log(1 + c)) * idf);
    }
    return v;
  }

  private neighbourTerms(e: Entry, ci: number): Int32Array | null {
    const c = e.claims[ci];
    if (c.terms) return c.terms;
    // Claims without figures/actors keep no terms; derive them on demand (not stored).
    const stems = withPrefixes(contentTerms(c.claim.text, e.article.language));
    const ids: number[] = [];
    for (const s of stems) {
      const id = this.vocab.get(s);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids);
  }

  private static cosine(a: Map<number, number>, b: Map<number, number>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [t, w] of a) {
      na += w * w;
      const wb = b.get(t);
      if (wb !== undefined) dot += w * wb;
    }
    for (const w of b.values()) nb += w * w;
    return dot / Math.sqrt(na * nb);
  }

  /**
   * What a claim says, for statement matching: its own terms without the speaker's name and
   * without prefix features, weighted by an IDF with little smoothing (story words weigh less).
   */
  private statementVector(en: Entry, ci: number): Map<number, number> {
    const c = en.claims[ci];
    const v = new Map<number, number>();
    if (!c.terms) return v;
    const actorTerms = new Set<number>();
    for (const a of c.claim.actors) {
      for (const st of contentTerms(a, en.article.language)) {
        const id = this.vocab.get(st);
        if (id !== undefined) actorTerms.add(id);
      }
    }
    for (let i = 0; i < c.terms.length; i++) {
      const t = c.terms[i];
      if (actorTerms.has(t) || this.vocabStr[t].charCodeAt(0) === 126 /* ~ */) continue;
      v.set(t, (v.get(t) ?? 0) + 1);
    }
    const n = this.byPath.size + XREF_PARAMS.statementBackgroundDocs;
    for (const [t, tf] of v) v.set(t, (1 + Math.log(tf)) * Math.log(1 + n / (this.df[t] + 1)));
    return v;
  }

  private statementSim(a: Entry, ai: number, b: Entry, bi: number, cache: Map<number, Map<number, number>>): number {
    const get = (en: Entry, ci: number) => {
      const k = en.slot * SLOT_MUL + ci;
      let v = cache.get(k);
      if (!v) cache.set(k, (v = this.statementVector(en, ci)));
      return v;
    };
    const va = get(a, ai);
    const vb = get(b, bi);
    let shared = 0;
    for (const t of va.keys()) if (vb.has(t)) shared++;
    if (shared < XREF_PARAMS.statementMinShared) return 0;
    return CorpusIndex.cosine(va, vb);
  }

  private shinglesOf(c: ClaimState): number[] {
    if (!c.shingles) c.shingles = claimShingles(c.claim.text);
    return c.shingles;
  }

  // --- linking ------------------------------------------------------------

  /** Links from the claims of `e` (or only claim `only`) to claims of other articles. */
  private computeLinks(e: Entry, only: number | null, forwardOnly = false): RawLink[] {
    const P = XREF_PARAMS;
    const cap = this.dfCap();
    const out: RawLink[] = [];
    const cand = this.candidateArticles(e);
    const ctxCache = new Map<number, Map<number, number>>();
    const ctxOf = (en: Entry, ci: number, nb: boolean): Map<number, number> => {
      const key = (en.slot * SLOT_MUL + ci) * 2 + (nb ? 1 : 0);
      let v = ctxCache.get(key);
      if (!v) {
        v = this.contextVector(en, ci, nb, cap);
        ctxCache.set(key, v);
      }
      return v;
    };
    const aRange = only === null ? e.claims.map((_, i) => i) : [only];
    const stmtCache = new Map<number, Map<number, number>>();
    for (const [bSlot, artSim] of cand) {
      const b = this.slots[bSlot] as Entry;
      if (forwardOnly && b.article.path < e.article.path) continue;
      for (const ai of aRange) {
        const ca = e.claims[ai];
        if (!ca.terms) continue;
        for (let bi = 0; bi < b.claims.length; bi++) {
          const cb = b.claims[bi];
          if (!cb.terms) continue;
          // Figures.
          if (ca.claim.figures.length > 0 && cb.claim.figures.length > 0) {
            let ctxSim = -1;
            for (const fa of ca.claim.figures) {
              for (const fb of cb.claim.figures) {
                if (!sameQuantity(fa, fb)) continue;
                if (ctxSim < 0) ctxSim = CorpusIndex.cosine(ctxOf(e, ai, true), ctxOf(b, bi, true));
                const evidence = 0.5 * artSim + 0.5 * ctxSim;
                if (valuesAgree(fa, fb)) {
                  // Equal measures (3 GB, 16 Jahre) and small counts recur by chance: ask more of the context.
                  const weak = fa.kind === 'measure' || Math.abs(fa.value) < 10;
                  const ctxMin = weak ? P.sameWeakContextMin : P.sameContextMin;
                  if (artSim >= P.sameArticleMin && ctxSim >= ctxMin && evidence >= P.sameEvidence) {
                    const score = round3(Math.min(1, 0.5 + (evidence - P.sameEvidence) / (2 * (1 - P.sameEvidence)) + 0.25 * ctxSim));
                    out.push({ aClaim: ai, bSlot, bClaim: bi, relation: 'same-figure', score, aFig: fa.index, bFig: fb.index });
                  }
                } else {
                  const lo = Math.min(Math.abs(fa.value), Math.abs(fb.value));
                  const hi = Math.max(Math.abs(fa.value), Math.abs(fb.value));
                  const ratioOk = lo > 0 && hi / lo <= P.diffMaxRatio;
                  // Another value is only news about the same quantity when the counted thing is what both
                  // articles are about; measures (durations, distances) and shares differ for many reasons.
                  const kindOk = fa.kind === 'count' ? true : fa.kind !== 'measure' && ctxSim >= P.diffNonCountContextMin;
                  const salient =
                    ((e.unitSalience.get(fa.unitKey as string) ?? 0) >= P.diffMinSalience &&
                      (b.unitSalience.get(fb.unitKey as string) ?? 0) >= P.diffMinSalience) ||
                    CorpusIndex.cosine(ctxOf(e, ai, false), ctxOf(b, bi, false)) >= P.diffClaimMin;
                  // Both figures must be claimed by someone: a different value is a conflict between reports
                  // or sources, not two counts the articles state on their own (arrivals per day, per place).
                  const attributed = ca.claim.actors.length > 0 && cb.claim.actors.length > 0;
                  if (
                    ratioOk &&
                    kindOk &&
                    attributed &&
                    salient &&
                    artSim >= P.diffArticleMin &&
                    ctxSim >= P.diffContextMin &&
                    evidence >= P.diffEvidence
                  ) {
                    const score = round3(Math.min(1, 0.5 + (evidence - P.diffEvidence) / (2 * (1 - P.diffEvidence)) + 0.15 * ctxSim));
                    out.push({ aClaim: ai, bSlot, bClaim: bi, relation: 'different-figure', score, aFig: fa.index, bFig: fb.index });
                  }
                }
              }
            }
          }
          // Statements of one actor.
          if (
            ca.claim.actors.length > 0 &&
            cb.claim.actors.length > 0 &&
            this.shareActor(ca.claim, cb.claim) &&
            !CorpusIndex.figuresDisagree(ca.claim, cb.claim)
          ) {
            const sim = this.statementSim(e, ai, b, bi, stmtCache);
            if (sim >= P.statementMin) {
              const score = round3(Math.min(1, 0.5 + (sim - P.statementMin) / (2 * (1 - P.statementMin)) + 0.1 * artSim));
              out.push({ aClaim: ai, bSlot, bClaim: bi, relation: 'same-statement', score, aFig: null, bFig: null });
            }
          }
        }
      }
    }
    // Text reuse: sketch candidates in any article.
    for (const ai of aRange) {
      const ca = e.claims[ai];
      if (ca.sketch.length === 0) continue;
      const seen = new Set<number>();
      for (const h of ca.sketch) {
        const list = this.sketchIndex.get(h);
        if (!list || list.length > P.sketchMaxPostings) continue;
        for (const ref of list) {
          const bSlot = Math.floor(ref / SLOT_MUL);
          if (bSlot === e.slot || seen.has(ref)) continue;
          seen.add(ref);
          const b = this.slots[bSlot];
          if (!b || (forwardOnly && b.article.path < e.article.path)) continue;
          const bi = ref % SLOT_MUL;
          const cb = b.claims[bi];
          const sa = this.shinglesOf(ca);
          const sb = this.shinglesOf(cb);
          if (Math.min(sa.length, sb.length) < P.reuseMinShingles) continue;
          const j = jaccardSorted(sa, sb);
          const c = containmentSorted(sa, sb);
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

  private shareActor(a: IndexedClaim, b: IndexedClaim): boolean {
    for (const x of a.actors) {
      const kx = actorKey(x);
      for (const y of b.actors) if (actorKey(y) === kx) return true;
    }
    return false;
  }

  private linksOf(e: Entry): RawLink[] {
    const c = this.linkCache.get(e.slot);
    if (c && c.gen === this.gen) return c.links;
    const links = this.computeLinks(e, null, true);
    this.linkCache.set(e.slot, { gen: this.gen, links });
    return links;
  }

  /** The links of one claim, both directions, each with the other claim's details. */
  crossReference(path: string, claimId: string): CrossRef[] {
    const e = this.byPath.get(path);
    if (!e) return [];
    const ci = e.claimById.get(claimId);
    if (ci === undefined) return [];
    const raw = this.computeLinks(e, ci);
    const own = e.claims[ci].claim;
    const out: CrossRef[] = [];
    for (const l of raw) {
      const b = this.slots[l.bSlot] as Entry;
      const cb = b.claims[l.bClaim].claim;
      out.push({
        relation: l.relation,
        score: l.score,
        path: b.article.path,
        claimId: cb.id,
        start: cb.start,
        end: cb.end,
        text: cb.text,
        date: cb.time ?? b.article.date,
        outlet: b.article.outlet,
        actor: cb.actors[0] ?? null,
        figure: l.bFig === null ? null : (cb.figures.find((f) => f.index === l.bFig) ?? null),
        ownFigure: l.aFig === null ? null : (own.figures.find((f) => f.index === l.aFig) ?? null),
      });
    }
    out.sort((x, y) => RELATIONS.indexOf(x.relation) - RELATIONS.indexOf(y.relation) || y.score - x.score || compareRef(x.path, x.start, y.path, y.start));
    return out;
  }

  /** Every cross-article link once, from < to by (path, start). */
  allLinks(): Link[] {
    const out: Link[] = [];
    const entries = Array.from(this.byPath.values()).sort((x, y) => (x.article.path < y.article.path ? -1 : x.article.path > y.article.path ? 1 : 0));
    for (const e of entries) {
      for (const l of this.linksOf(e)) {
        const b = this.slots[l.bSlot] as Entry;
        const ca = e.claims[l.aClaim].claim;
        const cb = b.claims[l.bClaim].claim;
        if (compareRef(e.article.path, ca.start, b.article.path, cb.start) >= 0) continue;
        out.push({
          from: { path: e.article.path, claimId: ca.id },
          to: { path: b.article.path, claimId: cb.id },
          relation: l.relation,
          score: l.score,
          fromFigure: l.aFig,
          toFigure: l.bFig,
        });
      }
    }
    return out;
  }

  /** The indexed claim `claimId` of `path`. */
  claim(path: string, claimId: string): IndexedClaim | undefined {
    const e = this.byPath.get(path);
    if (!e) return undefined;
    const ci = e.claimById.get(claimId);
    return ci === undefined ? undefined : e.claims[ci].claim;
  }

  /** "Find Claims…": claims matching words, a number, or a source, best first. */
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
    const hits: ClaimHit[] = [];
    for (const e of this.byPath.values()) {
      for (const cs of e.claims) {
        const c = cs.claim;
        let score = 0;
        if (value !== null) {
          for (const f of c.figures) {
            const [lo, hi] = interval(f);
            if (value >= lo && value <= hi) score = Math.max(score, f.value === value ? 1 : 0.8);
          }
        }
        for (const a of c.actors) {
          const k = actorKey(a);
          if (k === qKey) score = Math.max(score, 1);
          else if (k.includes(qKey) || (qKey.length >= 3 && qKey.includes(k))) score = Math.max(score, 0.8);
        }
        if (score === 0 && value === null) {
          const lower = c.text.toLowerCase();
          let found = 0;
          for (const w of words) if (lower.includes(w)) found++;
          if (found === words.length) score = 0.6;
        }
        if (score > 0) hits.push({ path: e.article.path, claimId: c.id, start: c.start, end: c.end, text: c.text, score });
      }
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

  toSnapshot(): IndexSnapshot {
    const vocabMap = new Map<number, number>();
    const vocab: string[] = [];
    const v = (t: number): number => {
      let i = vocabMap.get(t);
      if (i === undefined) {
        i = vocab.length;
        vocabMap.set(t, i);
        vocab.push(this.vocabStr[t]);
      }
      return i;
    };
    const articles: SnapshotArticle[] = [];
    for (const e of this.byPath.values()) {
      const terms: number[] = [];
      for (let i = 0; i < e.termIds.length; i++) terms.push(v(e.termIds[i]), e.termTf[i]);
      const a = e.article;
      articles.push({
        path: a.path,
        hash: a.hash,
        language: a.language,
        title: a.title,
        date: a.date,
        outlet: a.outlet,
        terms,
        claims: e.claims.map((cs) => ({
          id: cs.claim.id,
          start: cs.claim.start,
          end: cs.claim.end,
          text: cs.claim.text,
          time: cs.claim.time,
          actors: cs.claim.actors,
          figures: cs.claim.figures,
          terms: cs.terms ? Array.from(cs.terms, v) : null,
          sketch: cs.sketch,
        })),
      });
    }
    return { schema: 'claim-lens/xref-index', version: SNAPSHOT_VERSION, vocab, articles };
  }

  /** Reopen from a snapshot. Throws SnapshotError on a foreign or outdated snapshot: rebuild then. */
  static fromSnapshot(s: unknown): CorpusIndex {
    const snap = s as Partial<IndexSnapshot> | null;
    if (!snap || typeof snap !== 'object' || snap.schema !== 'claim-lens/xref-index') {
      throw new SnapshotError('not a Claim Lens index snapshot');
    }
    if (snap.version !== SNAPSHOT_VERSION) {
      throw new SnapshotError(`index snapshot version ${String(snap.version)} is not ${SNAPSHOT_VERSION}: rebuild the index`);
    }
    if (!Array.isArray(snap.vocab) || !Array.isArray(snap.articles)) throw new SnapshotError('index snapshot is malformed');
    const idx = new CorpusIndex();
    const map = snap.vocab.map((w) => idx.termId(w));
    for (const a of snap.articles) {
      if (!a || typeof a.path !== 'string' || !Array.isArray(a.terms) || !Array.isArray(a.claims)) {
        throw new SnapshotError('index snapshot is malformed');
      }
      const n = a.terms.length >> 1;
      const pairs: Array<[number, number]> = [];
      for (let i = 0; i < n; i++) pairs.push([map[a.terms[2 * i]], a.terms[2 * i + 1]]);
      pairs.sort((x, y) => x[0] - y[0]);
      const claims: ClaimState[] = a.claims.map((c) => ({
        claim: { id: c.id, start: c.start, end: c.end, text: c.text, time: c.time, actors: c.actors, figures: c.figures },
        terms: c.terms ? Int32Array.from(c.terms, (t) => map[t]) : null,
        sketch: c.sketch,
        shingles: null,
      }));
      const article: IndexedArticle = {
        path: a.path,
        hash: a.hash,
        language: a.language,
        title: a.title,
        date: a.date,
        outlet: a.outlet,
        claims: claims.map((c) => c.claim),
      };
      idx.insert(article, Int32Array.from(pairs, (p) => p[0]), Float64Array.from(pairs, (p) => p[1]), claims);
    }
    return idx;
  }
}
