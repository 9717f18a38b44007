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
import type { CorpusRow } from './corpus';
import { draw, type DrawnRow, printDraw, rowOf } from './sample';
import { drawDev2, drawFurther } from './sample-dev2';

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

export type Drawn3 = DrawnRow<'dev3' | 'dev4' | 'dev5'>;

export function drawDev3(rows: CorpusRow[]): Drawn3[] {
  return drawFurther(rows, 'dev3', DEV3_SEED, DEV3_QUOTA, new Set([...draw(rows), ...drawDev2(rows)].map(rowOf)));
}

/** The fourth development set (`dev4`): the same draw again, none of the 90 rows before it, seed `DEV4_SEED`. */
export const DEV4_SEED = 20261123;
export function drawDev4(rows: CorpusRow[]): Drawn3[] {
  return drawFurther(rows, 'dev4', DEV4_SEED, DEV3_QUOTA, new Set([...draw(rows), ...drawDev2(rows), ...drawDev3(rows)].map(rowOf)));
}

/** The fifth development set (`dev5`): the same draw again, none of the 115 rows before it, seed `DEV5_SEED`. */
export const DEV5_SEED = 20261124;
export function drawDev5(rows: CorpusRow[]): Drawn3[] {
  const before = [...draw(rows), ...drawDev2(rows), ...drawDev3(rows), ...drawDev4(rows)];
  return drawFurther(rows, 'dev5', DEV5_SEED, DEV3_QUOTA, new Set(before.map(rowOf)));
}

if (require.main === module) {
  printDraw(process.argv.includes('--dev5') ? drawDev5 : process.argv.includes('--dev4') ? drawDev4 : drawDev3);
}
