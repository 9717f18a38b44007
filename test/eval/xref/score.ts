/**
 * Pure scoring of predicted cross-article links against the xref gold (no
 * file system, no engine: the caller turns the engine's links into PredLinks).
 *
 * A gold pair is *linked* when a figure link (same-figure / different-figure)
 * joins the two articles and its figures' numerals overlap the two gold
 * numerals (either orientation). *Claim-linked* is the looser reading: a
 * figure link between claims whose spans contain the two gold numerals.
 */
import type { GoldRelation, XrefGoldCluster, XrefGoldFigure, XrefGoldPair } from './gold';

export type PredRelation = 'same-figure' | 'different-figure' | 'same-statement' | 'text-reuse';

export interface NumSpan {
  start: number;
  end: number;
}

export interface PredEnd {
  /** The article's source id (`corpus:<row>` / `seed:<file>`), or null for an article outside the gold. */
  source: string | null;
  path: string;
  claim: NumSpan;
  /** The numeral of the linked figure, or null (statement links). */
  num: NumSpan | null;
}

export interface PredLink {
  from: PredEnd;
  to: PredEnd;
  relation: PredRelation;
  score: number;
}

export const isFigureRelation = (r: PredRelation): boolean => r === 'same-figure' || r === 'different-figure';

export const overlaps = (a: NumSpan, b: NumSpan): boolean => a.start < b.end && b.start < a.end;

const figSpan = (f: XrefGoldFigure): NumSpan => ({ start: f.numStart, end: f.numEnd });

/** The link's figures overlap the two gold numerals, in either orientation. */
export function linkMatchesFigures(l: PredLink, a: XrefGoldFigure, b: XrefGoldFigure): boolean {
  if (!l.from.num || !l.to.num) return false;
  const fit = (x: PredEnd, g: XrefGoldFigure) => x.source === g.source && overlaps(x.num!, figSpan(g));
  return (fit(l.from, a) && fit(l.to, b)) || (fit(l.from, b) && fit(l.to, a));
}

/** The link's claims contain the two gold numerals, in either orientation. */
export function linkMatchesClaims(l: PredLink, a: XrefGoldFigure, b: XrefGoldFigure): boolean {
  const fit = (x: PredEnd, g: XrefGoldFigure) => x.source === g.source && overlaps(x.claim, figSpan(g));
  return (fit(l.from, a) && fit(l.to, b)) || (fit(l.from, b) && fit(l.to, a));
}

export interface PairResult {
  cluster: string;
  pair: XrefGoldPair;
  a: XrefGoldFigure;
  b: XrefGoldFigure;
  /** Best (highest-score) figure link on the two figures, or null. */
  link: PredLink | null;
  /** Best figure link between the claims containing the two figures, or null. */
  claimLink: PredLink | null;
}

export type ExtraKind = 'same-cluster' | 'other-article';

export interface ExtraLink {
  link: PredLink;
  /** Both ends in members of one cluster (maybe a pair the gold does not list), or one end elsewhere. */
  kind: ExtraKind;
}

export interface RelationTally {
  pairs: number;
  linked: number;
  claimLinked: number;
  /** Linked with the gold relation. */
  correct: number;
}

export interface SplitScore {
  clusters: number;
  articles: number;
  same: RelationTally;
  different: RelationTally;
  unrelated: { pairs: number; linked: number; claimLinked: number };
  /** Figure links from/to member articles that match no gold same/different pair (unrelated-pair hits included). */
  extra: ExtraLink[];
  /** Statement / reuse links from/to member articles (not scored, counted). */
  otherRelations: number;
  results: PairResult[];
}

function best(links: PredLink[]): PredLink | null {
  let b: PredLink | null = null;
  for (const l of links) if (!b || l.score > b.score) b = l;
  return b;
}

const emptyTally = (): RelationTally => ({ pairs: 0, linked: 0, claimLinked: 0, correct: 0 });

/** Scores one split: the clusters given, against all predicted links of the index. */
export function scoreSplit(clusters: readonly XrefGoldCluster[], links: readonly PredLink[]): SplitScore {
  // Links by unordered article pair, so each gold pair looks only at links between its two articles.
  const byArticles = new Map<string, PredLink[]>();
  const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  for (const l of links) {
    if (l.from.source === null || l.to.source === null) continue;
    const k = key(l.from.source, l.to.source);
    let list = byArticles.get(k);
    if (!list) byArticles.set(k, (list = []));
    list.push(l);
  }
  const out: SplitScore = {
    clusters: clusters.length,
    articles: 0,
    same: emptyTally(),
    different: emptyTally(),
    unrelated: { pairs: 0, linked: 0, claimLinked: 0 },
    extra: [],
    otherRelations: 0,
    results: [],
  };
  const members = new Map<string, Set<string>>(); // source → clusters it is a member of
  const goldMatched = new Set<PredLink>();
  for (const c of clusters) {
    for (const m of c.members) {
      let s = members.get(m);
      if (!s) members.set(m, (s = new Set()));
      s.add(c.id);
    }
    const figs = new Map(c.figures.map((f) => [f.id, f]));
    for (const p of c.pairs) {
      const a = figs.get(p.a);
      const b = figs.get(p.b);
      if (!a || !b) throw new Error(`${c.id}: pair ${p.a} | ${p.b} names an unknown figure`);
      const cand = (byArticles.get(key(a.source, b.source)) ?? []).filter((l) => isFigureRelation(l.relation));
      const onFigures = cand.filter((l) => linkMatchesFigures(l, a, b));
      const onClaims = cand.filter((l) => linkMatchesClaims(l, a, b));
      const r: PairResult = { cluster: c.id, pair: p, a, b, link: best(onFigures), claimLink: best(onClaims) };
      out.results.push(r);
      if (p.relation === 'unrelated') {
        out.unrelated.pairs++;
        if (r.link) out.unrelated.linked++;
        if (r.claimLink) out.unrelated.claimLinked++;
        continue;
      }
      for (const l of onFigures) goldMatched.add(l);
      const t = p.relation === 'same-figure' ? out.same : out.different;
      t.pairs++;
      if (r.link) t.linked++;
      if (r.claimLink) t.claimLinked++;
      if (r.link && r.link.relation === p.relation) t.correct++;
    }
  }
  out.articles = members.size;
  for (const l of links) {
    const fromIn = l.from.source !== null && members.has(l.from.source);
    const toIn = l.to.source !== null && members.has(l.to.source);
    if (!fromIn && !toIn) continue;
    if (!isFigureRelation(l.relation)) {
      out.otherRelations++;
      continue;
    }
    if (goldMatched.has(l)) continue;
    let kind: ExtraKind = 'other-article';
    if (fromIn && toIn) {
      const a = members.get(l.from.source!)!;
      for (const id of members.get(l.to.source!)!) if (a.has(id)) kind = 'same-cluster';
    }
    out.extra.push({ link: l, kind });
  }
  return out;
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

/** The headline numbers of a split. */
export function summarize(s: SplitScore) {
  const pairs = s.same.pairs + s.different.pairs;
  const linked = s.same.linked + s.different.linked;
  const claimLinked = s.same.claimLinked + s.different.claimLinked;
  const correct = s.same.correct + s.different.correct;
  return {
    clusters: s.clusters,
    articles: s.articles,
    pairs,
    linked,
    recall: ratio(linked, pairs),
    claimRecall: ratio(claimLinked, pairs),
    relationAccuracy: ratio(correct, linked),
    same: { ...s.same, recall: ratio(s.same.linked, s.same.pairs) },
    different: { ...s.different, recall: ratio(s.different.linked, s.different.pairs) },
    unrelated: s.unrelated,
    extraLinks: {
      total: s.extra.length,
      sameCluster: s.extra.filter((e) => e.kind === 'same-cluster').length,
      otherArticle: s.extra.filter((e) => e.kind === 'other-article').length,
    },
    otherRelationLinks: s.otherRelations,
  };
}

export type Summary = ReturnType<typeof summarize>;

/** Gold relation as the engine names it. */
export const expectedRelation = (r: GoldRelation): PredRelation | null => (r === 'unrelated' ? null : r);
