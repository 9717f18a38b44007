/**
 * Timelines of a figure across articles: the connected components of
 * same-figure / different-figure links over one unit, each ordered by when the
 * figure was claimed (the claim's time, else the article's date, unknown last).
 */

import type { Qualifier } from '../types';
import { valuesAgree, type CorpusIndex, type IndexedFigure, type Link } from './index';

export interface TimelineEntry {
  path: string;
  claimId: string;
  /** The figure's time in its claim (else the claim time), else the article date, else null. */
  date: string | null;
  outlet: string | null;
  /** Who claims it (the claim's first resolved actor), or null. */
  actor: string | null;
  /** The figure as written ("etwa 14.000 Soldaten"). */
  text: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
  /** The claim sentence. */
  claim: string;
  start: number;
  end: number;
  /** Compared with the entry before it: same value, another value, or the first entry. */
  relation: 'first' | 'same-figure' | 'different-figure';
}

export interface Timeline {
  unitKey: string;
  entries: TimelineEntry[];
  /** Distinct articles in the group. */
  articles: number;
}

function key(path: string, claimId: string, fig: number): string {
  return path + '\u0000' + claimId + '\u0000' + fig;
}

/** Dates sort as strings (ISO, possibly partial); unknown dates last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** All figure timelines of the index (groups of at least two articles), largest first. */
export function timelines(index: CorpusIndex, links: Link[] = index.allLinks()): Timeline[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let y = x;
    while (y !== r) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const nodes = new Map<string, { path: string; claimId: string; fig: number }>();
  const add = (path: string, claimId: string, fig: number): string => {
    const k = key(path, claimId, fig);
    if (!parent.has(k)) {
      parent.set(k, k);
      nodes.set(k, { path, claimId, fig });
    }
    return k;
  };
  for (const l of links) {
    if ((l.relation !== 'same-figure' && l.relation !== 'different-figure') || l.fromFigure === null || l.toFigure === null) continue;
    const a = find(add(l.from.path, l.from.claimId, l.fromFigure));
    const b = find(add(l.to.path, l.to.claimId, l.toFigure));
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, string[]>();
  for (const k of nodes.keys()) {
    const r = find(k);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(k);
  }
  const out: Timeline[] = [];
  for (const members of groups.values()) {
    const entries: TimelineEntry[] = [];
    let unitKey = '';
    for (const k of members) {
      const n = nodes.get(k) as { path: string; claimId: string; fig: number };
      const art = index.get(n.path);
      const claim = index.claim(n.path, n.claimId);
      const f = claim?.figures.find((x) => x.index === n.fig);
      if (!art || !claim || !f) continue;
      unitKey = f.unitKey ?? unitKey;
      entries.push({
        path: n.path,
        claimId: n.claimId,
        // The figure's own time where the claim places it (two figures, two times), else the claim's.
        date: (f.time !== undefined ? f.time : claim.time) ?? art.date,
        outlet: art.outlet,
        actor: claim.actors[0] ?? null,
        text: f.text,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        unit: f.unit,
        claim: claim.text,
        start: f.start,
        end: f.end,
        relation: 'first',
      });
    }
    entries.sort(
      (a, b) => compareDates(a.date, b.date) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.start - b.start,
    );
    for (let i = 1; i < entries.length; i++) {
      const p = entries[i - 1];
      const c = entries[i];
      c.relation = agree(p, c) ? 'same-figure' : 'different-figure';
    }
    const articles = new Set(entries.map((e) => e.path)).size;
    if (articles >= 2) out.push({ unitKey, entries, articles });
  }
  out.sort((a, b) => b.entries.length - a.entries.length || (a.unitKey < b.unitKey ? -1 : 1));
  return out;
}

function agree(a: TimelineEntry, b: TimelineEntry): boolean {
  const fig = (e: TimelineEntry): IndexedFigure => ({
    index: 0, start: e.start, end: e.end, text: e.text, value: e.value, low: e.low, high: e.high,
    qualifier: e.qualifier, unit: e.unit, unitKey: null, kind: 'count', outcome: null,
  });
  return valuesAgree(fig(a), fig(b));
}
