/**
 * The third development set (`dev3`, see GUIDELINES.md): 25 corpus rows drawn
 * after dev/test and dev2, none of them in those draws. It was annotated after
 * the recogniser had been tuned on dev and dev2, so its first score is a fresh
 * read of generalisation. Run: `node out/test/eval/sample-dev3.js [--dump DIR]`
 * — prints the rows and, with --dump, writes their texts to DIR (outside the
 * repository) for annotation.
 *
 * Same kind of draw as `sample-dev2.ts` (same eligibility, at least two cues of
 * reported speech, per-label quota, mulberry32 with its own seed, one
 * generator, labels in quota order, Fisher–Yates, first k).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type CorpusRow, findRepoRoot, sharedDir, SourceReader } from './corpus';
import { draw, eligible, mulberry32 } from './sample';
import { drawDev2, speechCues } from './sample-dev2';

export const DEV3_SEED = 20261122;
export const DEV3_QUOTA: ReadonlyArray<[string, number]> = [
  ['International', 6],
  ['Inland', 6],
  ['Wirtschaft', 5],
  ['Panorama', 5],
  ['Web', 1],
  ['Wissenschaft', 1],
  ['Etat', 1],
];

export interface Drawn3 {
  source: string;
  label: string;
  split: 'dev3' | 'dev4';
}

/** A further draw like dev2's: eligible rows with two cues of reported speech, none of `taken`, per-label quota. */
export function drawMore(rows: CorpusRow[], split: 'dev3' | 'dev4', seed: number, quota: ReadonlyArray<[string, number]>, taken: Set<number>): Drawn3[] {
  const rnd = mulberry32(seed);
  const out: Drawn3[] = [];
  for (const [label, k] of quota) {
    const pool: number[] = [];
    rows.forEach((r, i) => {
      if (r.label === label && !taken.has(i) && eligible(r.text) && speechCues(r.text) >= 2) pool.push(i);
    });
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    for (const i of pool.slice(0, k)) out.push({ source: `corpus:${i}`, label, split });
  }
  return out;
}

const rowOf = (d: { source: string }): number => Number(d.source.slice(7));

export function drawDev3(rows: CorpusRow[]): Drawn3[] {
  return drawMore(rows, 'dev3', DEV3_SEED, DEV3_QUOTA, new Set([...draw(rows), ...drawDev2(rows)].map(rowOf)));
}

/** The fourth development set (`dev4`): the same draw again, none of the 90 rows before it, seed `DEV4_SEED`. */
export const DEV4_SEED = 20261123;
export function drawDev4(rows: CorpusRow[]): Drawn3[] {
  return drawMore(rows, 'dev4', DEV4_SEED, DEV3_QUOTA, new Set([...draw(rows), ...drawDev2(rows), ...drawDev3(rows)].map(rowOf)));
}

if (require.main === module) {
  const reader = new SourceReader(sharedDir(findRepoRoot(__dirname)));
  const rows = reader.corpusRows();
  if (!rows) {
    console.log('shared corpus not found: nothing to draw');
    process.exit(0);
  }
  const dumpAt = process.argv.indexOf('--dump');
  const dir = dumpAt >= 0 ? process.argv[dumpAt + 1] : null;
  for (const d of process.argv.includes('--dev4') ? drawDev4(rows) : drawDev3(rows)) {
    const text = rows[Number(d.source.slice(7))].text;
    console.log(`${d.split}\t${d.source}\t${d.label}\t${text.length}`);
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${d.source.replace(':', '-')}.txt`), text);
    }
  }
}
