/** Builds the side panel's data from an analysis and the cross-references (pure). */
import type { ArticleAnalysis, NumberMention } from '../core/types';
import type { CrossRef, IndexedFigure } from '../core/xref/index';
import type { PanelArticle, PanelClaim, PanelFigure, PanelRef, TimelinePoint } from '../webview/protocol';
import { actorSlot, countRefs, dateKey, isNamedActor, qualifierGlyph, qualifierWords, shorten } from './format';

export function panelFigure(f: NumberMention | IndexedFigure): PanelFigure {
  return {
    text: f.text,
    value: f.value,
    low: f.low,
    high: f.high,
    glyph: qualifierGlyph(f.qualifier),
    qualifier: qualifierWords(f.qualifier),
    unit: f.unit,
  };
}

/** Actors of a claim: attribution actors, then quote speakers, deduplicated. */
export function claimActors(a: ArticleAnalysis, claimIndex: number): string[] {
  const c = a.claims[claimIndex];
  const out: string[] = [];
  for (const i of c.attributions) {
    const x = a.attributions[i]?.actor;
    if (isNamedActor(x) && !out.includes(x)) out.push(x);
  }
  for (const i of c.quotes) {
    const x = a.quotes[i]?.speaker;
    if (isNamedActor(x) && !out.includes(x)) out.push(x);
  }
  return out;
}

export function panelArticle(
  uri: string,
  label: string,
  a: ArticleAnalysis,
  refsOf: (claimId: string) => CrossRef[],
  maxClaims = 2000,
  /** Cross-reference counts for at most this many claims (each is a lookup); the rest show none. */
  maxCounted = 400,
): PanelArticle {
  const claims: PanelClaim[] = [];
  for (let i = 0; i < a.claims.length && claims.length < maxClaims; i++) {
    const c = a.claims[i];
    const counts = i < maxCounted ? countRefs(refsOf(c.id)) : { total: 0, conflicts: 0, articles: 0 };
    claims.push({
      id: c.id,
      start: c.start,
      end: c.end,
      text: shorten(c.text, 220),
      figures: c.numbers.map((n) => panelFigure(a.numbers[n])),
      actors: claimActors(a, i).map((name) => ({ name, slot: actorSlot(name) })),
      quotes: c.quotes.length,
      time: c.time?.from ?? null,
      timeTo: c.time?.to ?? null,
      timeText: c.time?.text ?? null,
      refs: counts.total,
      conflicts: counts.conflicts,
    });
  }
  return {
    uri,
    label,
    title: a.title,
    outlet: a.outlet,
    date: a.date,
    language: a.language,
    claims,
    figures: a.numbers.length,
    attributions: a.attributions.length,
    quotes: a.quotes.length,
  };
}

export function panelRefs(refs: CrossRef[], uriLabel: (uri: string) => string): PanelRef[] {
  return refs
    .map((r) => ({
      relation: r.relation,
      score: r.score,
      uri: r.path,
      label: uriLabel(r.path),
      claimId: r.claimId,
      start: r.start,
      end: r.end,
      text: shorten(r.text, 400),
      date: r.date,
      outlet: r.outlet,
      actor: isNamedActor(r.actor) ? r.actor : null,
      actorSlot: isNamedActor(r.actor) ? actorSlot(r.actor) : 0,
      figure: r.figure ? panelFigure(r.figure) : null,
    }))
    .sort((x, y) => (dateKey(x.date) < dateKey(y.date) ? -1 : dateKey(x.date) > dateKey(y.date) ? 1 : y.score - x.score));
}

/**
 * The timeline of a figure: this claim's figure and every other report of it (same or
 * different figure), one point per report, sorted by date (undated last).
 */
export function timeline(
  uri: string,
  a: ArticleAnalysis,
  claimIndex: number,
  refs: CrossRef[],
): { points: TimelinePoint[]; unit: string | null } {
  const c = a.claims[claimIndex];
  const figRefs = refs.filter((r) => (r.relation === 'same-figure' || r.relation === 'different-figure') && r.figure);
  // The own figure: the one the links were matched with, else the claim's first figure.
  const ownIdx = figRefs.find((r) => r.ownFigure)?.ownFigure?.index ?? c.numbers[0];
  const own = ownIdx !== undefined ? a.numbers[ownIdx] : undefined;
  const points: TimelinePoint[] = [];
  const ownSource = claimActors(a, claimIndex)[0] ?? a.outlet ?? 'this article';
  if (own) {
    points.push({
      value: own.value, low: own.low, high: own.high, glyph: qualifierGlyph(own.qualifier),
      date: c.time?.from ?? a.date, source: ownSource, slot: actorSlot(ownSource), relation: 'this',
      uri, start: own.start, end: own.end,
    });
  }
  for (const r of figRefs) {
    const f = r.figure as IndexedFigure;
    const source = (isNamedActor(r.actor) ? r.actor : null) ?? r.outlet ?? 'unnamed source';
    points.push({
      value: f.value, low: f.low, high: f.high, glyph: qualifierGlyph(f.qualifier),
      date: r.date, source, slot: actorSlot(source), relation: r.relation, uri: r.path, start: f.start, end: f.end,
    });
  }
  points.sort((x, y) => (dateKey(x.date) < dateKey(y.date) ? -1 : dateKey(x.date) > dateKey(y.date) ? 1 : 0));
  return { points, unit: own?.unit ?? null };
}
