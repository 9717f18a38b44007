/**
 * Links through a shared figure (one hop of transitivity), as a property of the direct links.
 *
 * When article A's figure is linked as the same figure to B's, and B's figure is linked (same or
 * different figure) to C's, then A's and C's figures are reports of one quantity too: "130 Tote" in
 * a background paragraph, "130 Todesopfer" in a report of the day, "mindestens 129 Toten" in an
 * early report. A and C may share too few words around the figure to link on their own.
 *
 * The rule is stated on direct links only (never on links it made itself), so it is bounded and
 * symmetric: A–C is proposed exactly when some B is directly linked to both, from whichever end
 * one asks. At least one hop must be a same-figure link (the shared figure states A's or C's value,
 * so the relation of A–C is the relation of the other hop, read from the values), and a figure
 * linked to more than `hubMax` others (a round number many reports use) passes nothing on.
 * The index checks each proposal against what the two claims say (CorpusIndex.closureLink).
 */

/** A direct figure link seen from its shared figure: the figure at the other end. */
export interface Neighbour {
  /** Node id of the figure (the index's slot · 65536 + ordinal). */
  node: number;
  /** The article (slot) of that figure. */
  slot: number;
  same: boolean;
  score: number;
}

/** A proposed link between two neighbours of one shared figure. */
export interface Proposal {
  a: Neighbour;
  c: Neighbour;
  /** The weaker hop's score. */
  score: number;
}

/** A figure linked to more figures than this passes no link on. */
export const CLOSURE_HUB_MAX = 8;

/** Distinct neighbours (first link per node wins; a same-figure link over a different-figure one). */
export function distinctNeighbours(list: readonly Neighbour[]): Neighbour[] {
  const by = new Map<number, Neighbour>();
  for (const n of list) {
    const cur = by.get(n.node);
    if (!cur || (n.same && !cur.same) || (n.same === cur.same && n.score > cur.score)) by.set(n.node, n);
  }
  return Array.from(by.values()).sort((x, y) => x.node - y.node);
}

/**
 * Pairs of neighbours of one shared figure that the shared figure links (each pair once, a before c
 * by node id): in different articles, at least one hop a same-figure link, at most hubMax neighbours.
 * With `only`, just the pairs that include that node.
 */
export function proposals(neighbours: readonly Neighbour[], only: number | null = null, hubMax = CLOSURE_HUB_MAX): Proposal[] {
  const ns = distinctNeighbours(neighbours);
  const out: Proposal[] = [];
  if (ns.length < 2 || ns.length > hubMax) return out;
  for (let i = 0; i < ns.length; i++) {
    for (let j = i + 1; j < ns.length; j++) {
      const a = ns[i];
      const c = ns[j];
      if (only !== null && a.node !== only && c.node !== only) continue;
      if (a.slot === c.slot || !(a.same || c.same)) continue;
      out.push({ a, c, score: Math.min(a.score, c.score) });
    }
  }
  return out;
}

/** Order-free key of a pair of nodes. */
export function pairKey(u: number, v: number): string {
  return u < v ? `${u}:${v}` : `${v}:${u}`;
}

/** The direct figure links of one pass, as adjacency lists of figure nodes. */
export class ClosureGraph {
  readonly adj = new Map<number, Neighbour[]>();
  readonly direct = new Set<string>();

  add(u: number, uSlot: number, v: number, vSlot: number, same: boolean, score: number): void {
    this.direct.add(pairKey(u, v));
    this.push(u, { node: v, slot: vSlot, same, score });
    this.push(v, { node: u, slot: uSlot, same, score });
  }

  private push(u: number, n: Neighbour): void {
    const l = this.adj.get(u);
    if (l) l.push(n);
    else this.adj.set(u, [n]);
  }

  /** Every pair the graph's shared figures propose and no direct link joins: key → best proposal. */
  proposals(hubMax = CLOSURE_HUB_MAX): Map<string, Proposal> {
    const best = new Map<string, Proposal>();
    for (const list of this.adj.values()) {
      for (const p of proposals(list, null, hubMax)) {
        const k = pairKey(p.a.node, p.c.node);
        if (this.direct.has(k)) continue;
        const cur = best.get(k);
        if (!cur || p.score > cur.score) best.set(k, p);
      }
    }
    return best;
  }
}
