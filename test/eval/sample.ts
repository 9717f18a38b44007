/**
 * The documented, seeded draw of corpus rows for the gold set (see GUIDELINES.md).
 * Run: `node out/test/eval/sample.js [--dump DIR]` — prints the chosen rows and,
 * with --dump, writes their texts to DIR (outside the repository) for annotation.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRepoRoot, sharedDir, SourceReader, type CorpusRow } from './corpus';

export const DRAW_SEED = 20151231;
export const MIN_CHARS = 600;
export const MAX_CHARS = 3500;
/** Rows per label, in this order; the concatenated list alternates dev / test. */
export const QUOTA: ReadonlyArray<[string, number]> = [
  ['International', 8],
  ['Inland', 8],
  ['Wirtschaft', 8],
  ['Panorama', 8],
  ['Web', 2],
  ['Wissenschaft', 2],
  ['Etat', 2],
  ['Sport', 1],
  ['Kultur', 1],
];

/** mulberry32: a small, well-known seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMERAL = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;
const SPEECH =
  /\b(?:sagte|sagt|laut|zufolge|erklärte|erklärt|betonte|berichtete|teilte|hieß es|meinte|Angaben|kündigte|warnte)\b/u;

/** An article qualifies when it has ≥ 2 numerals that are not years and a cue of reported speech. */
export function eligible(text: string): boolean {
  if (text.length < MIN_CHARS || text.length > MAX_CHARS) return false;
  let count = 0;
  for (const m of text.matchAll(NUMERAL)) if (!YEAR.test(m[0])) count++;
  return count >= 2 && SPEECH.test(text);
}

export interface Drawn {
  source: string;
  label: string;
  split: 'dev' | 'test';
}

/** A drawn row: its source id, label and split. */
export interface DrawnRow<S extends string> {
  source: string;
  label: string;
  split: S;
}

/** The row number of a drawn `corpus:<row>` source. */
export const rowOf = (d: { source: string }): number => Number(d.source.slice(7));

/**
 * The draw every split uses: per label in quota order, the rows `accept` takes are shuffled with one mulberry32
 * generator (Fisher–Yates) and the first k kept.
 */
export function drawByQuota<S extends string>(
  rows: CorpusRow[],
  seed: number,
  quota: ReadonlyArray<[string, number]>,
  split: S,
  accept: (r: CorpusRow, i: number) => boolean,
): Array<DrawnRow<S>> {
  const rnd = mulberry32(seed);
  const out: Array<DrawnRow<S>> = [];
  for (const [label, k] of quota) {
    const pool: number[] = [];
    rows.forEach((r, i) => {
      if (r.label === label && accept(r, i)) pool.push(i);
    });
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    for (const i of pool.slice(0, k)) out.push({ source: `corpus:${i}`, label, split });
  }
  return out;
}

export function draw(rows: CorpusRow[]): Drawn[] {
  const out: Drawn[] = drawByQuota<'dev' | 'test'>(rows, DRAW_SEED, QUOTA, 'dev', (r) => eligible(r.text));
  out.forEach((d, i) => (d.split = i % 2 === 0 ? 'dev' : 'test'));
  return out;
}

/**
 * The command line of the sampling scripts: prints the rows `drawFn` picks (split, source, label, length) and, with
 * `--dump DIR`, writes their texts to DIR (outside the repository) for annotation.
 */
export function printDraw(drawFn: (rows: CorpusRow[]) => Array<{ source: string; label: string; split: string }>): void {
  const reader = new SourceReader(sharedDir(findRepoRoot(__dirname)));
  const rows = reader.corpusRows();
  if (!rows) {
    console.log('shared corpus not found: nothing to draw');
    return;
  }
  const dumpAt = process.argv.indexOf('--dump');
  const dir = dumpAt >= 0 ? process.argv[dumpAt + 1] : null;
  for (const d of drawFn(rows)) {
    const text = rows[rowOf(d)].text;
    console.log(`${d.split}\t${d.source}\t${d.label}\t${text.length}`);
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${d.source.replace(':', '-')}.txt`), text);
    }
  }
}

if (require.main === module) printDraw(draw);
