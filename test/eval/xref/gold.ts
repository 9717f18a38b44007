/**
 * The cross-reference gold (see GUIDELINES.md in this folder). Like the figure
 * gold in `test/eval/gold`, it holds no article text: source ids
 * (`corpus:<row>` / `seed:<file>`), the sha256 and length of each text, and
 * figures anchored by the UTF-16 offsets of their numerals.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type XrefSplit = 'seeds' | 'dev' | 'test';
export const XREF_SPLITS: readonly XrefSplit[] = ['seeds', 'dev', 'test'];

export type GoldRelation = 'same-figure' | 'different-figure' | 'unrelated';

export interface XrefGoldArticle {
  source: string;
  /** 10kGNAD label, or "seed". */
  label: string;
  sha256: string;
  length: number;
}

export interface XrefGoldFigure {
  /** `<source>@<numStart>`, unique in the file. */
  id: string;
  source: string;
  /** The numeral (with its scale word); for ranges first to last numeral. */
  numStart: number;
  numEnd: number;
  /** Resolved value; for ranges the upper bound. */
  value: number;
  low: number | null;
  /** What is counted (a key local to the cluster), or null for a look-alike that only serves an `unrelated` pair. */
  quantity: string | null;
}

export interface XrefGoldPair {
  a: string;
  b: string;
  relation: GoldRelation;
  /** Why an `unrelated` pair is unrelated, in our own words. */
  note?: string;
}

export interface XrefGoldCluster {
  id: string;
  split: XrefSplit;
  /** The story, in our own words. */
  topic: string;
  /** Articles with at least one figure of a quantity of the story. */
  members: string[];
  figures: XrefGoldFigure[];
  pairs: XrefGoldPair[];
  /**
   * Added after the split rule was fixed: the split is given (always `dev`) and the cluster takes no
   * part in the alternation, so the clusters there before keep their splits.
   */
  added?: true;
}

export interface XrefGoldFile {
  schema: 'claim-lens/xref-gold@1';
  splitRule: string;
  articles: XrefGoldArticle[];
  clusters: XrefGoldCluster[];
}

export function xrefGoldFile(repoRoot: string): string {
  return path.join(repoRoot, 'test', 'eval', 'xref', 'gold.json');
}

export function loadXrefGold(repoRoot: string): XrefGoldFile {
  const file = xrefGoldFile(repoRoot);
  const g = JSON.parse(fs.readFileSync(file, 'utf8')) as XrefGoldFile;
  if (g.schema !== 'claim-lens/xref-gold@1') throw new Error(`${file}: not an xref gold file`);
  return g;
}

/** Two figures report the same value: equal values and equal lower bounds (qualifiers are ignored). */
export function sameValue(a: { value: number; low: number | null }, b: { value: number; low: number | null }): boolean {
  const eq = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return eq(a.value, b.value) && (a.low === null) === (b.low === null) && (a.low === null || eq(a.low, b.low!));
}

/**
 * Every pair of figures of one quantity in different articles: `same-figure`
 * when they report the same value, else `different-figure`.
 */
export function quantityPairs(figures: readonly XrefGoldFigure[]): XrefGoldPair[] {
  const out: XrefGoldPair[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i];
    if (a.quantity === null) continue;
    for (let j = i + 1; j < figures.length; j++) {
      const b = figures[j];
      if (b.quantity !== a.quantity || b.source === a.source) continue;
      out.push({ a: a.id, b: b.id, relation: sameValue(a, b) ? 'same-figure' : 'different-figure' });
    }
  }
  return out;
}

/**
 * The documented split rule: seed clusters are `seeds`; corpus clusters are
 * sorted by the smallest corpus row among their members and alternate dev,
 * test, dev, … (1st dev).
 */
export const SPLIT_RULE =
  'seed clusters: seeds; corpus clusters sorted by the smallest corpus row of their members, alternating dev, test, dev, … (1st dev); clusters marked added (annotated later) are dev and take no part in the alternation';

export function assignSplits(clusters: Array<{ id: string; members: string[]; added?: true }>): Map<string, XrefSplit> {
  const out = new Map<string, XrefSplit>();
  for (const c of clusters) if (c.added) out.set(c.id, 'dev');
  clusters = clusters.filter((c) => !c.added);
  const minRow = (m: string[]) => Math.min(...m.filter((s) => s.startsWith('corpus:')).map((s) => Number(s.slice(7))));
  const corpus = clusters.filter((c) => c.members.some((m) => m.startsWith('corpus:')));
  for (const c of clusters) if (!corpus.includes(c)) out.set(c.id, 'seeds');
  corpus
    .slice()
    .sort((x, y) => minRow(x.members) - minRow(y.members) || (x.id < y.id ? -1 : 1))
    .forEach((c, i) => out.set(c.id, i % 2 === 0 ? 'dev' : 'test'));
  return out;
}
