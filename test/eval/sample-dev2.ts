/**
 * The second development set (`dev2`, see GUIDELINES.md): 25 corpus rows drawn
 * after the first 40, none of them in the dev/test draw. Run:
 * `node out/test/eval/sample-dev2.js [--dump DIR]` — prints the rows and, with
 * --dump, writes their texts to DIR (outside the repository) for annotation.
 *
 * Same kind of draw as `sample.ts`: the same eligibility, plus at least two
 * cues of reported speech (articles with reported speech are favoured), rows of
 * the first draw left out, a per-label quota, mulberry32 with its own seed
 * (`DEV2_SEED`), one generator, labels in quota order, Fisher–Yates, first k.
 */
import type { CorpusRow } from './corpus';
import { draw, type DrawnRow, drawByQuota, eligible, printDraw, rowOf } from './sample';

export const DEV2_SEED = 20260101;
export const DEV2_QUOTA: ReadonlyArray<[string, number]> = [
  ['Inland', 5],
  ['International', 5],
  ['Wirtschaft', 5],
  ['Panorama', 5],
  ['Etat', 3],
  ['Kultur', 2],
];

const SPEECH_ALL =
  /\b(?:sagte|sagt|laut|zufolge|erklärte|erklärt|betonte|berichtete|teilte|hieß es|meinte|Angaben|kündigte|warnte)\b/gu;

export function speechCues(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(SPEECH_ALL)) n++;
  return n;
}

export interface Drawn2 {
  source: string;
  label: string;
  split: 'dev2';
}

/** A further draw after the first: eligible rows with at least two cues of reported speech, none of `taken`. */
export function drawFurther<S extends string>(rows: CorpusRow[], split: S, seed: number, quota: ReadonlyArray<[string, number]>, taken: Set<number>): Array<DrawnRow<S>> {
  return drawByQuota(rows, seed, quota, split, (r, i) => !taken.has(i) && eligible(r.text) && speechCues(r.text) >= 2);
}

export function drawDev2(rows: CorpusRow[]): Drawn2[] {
  return drawFurther(rows, 'dev2', DEV2_SEED, DEV2_QUOTA, new Set(draw(rows).map(rowOf)));
}

if (require.main === module) printDraw(drawDev2);
