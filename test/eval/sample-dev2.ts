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
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type CorpusRow, findRepoRoot, sharedDir, SourceReader } from './corpus';
import { draw, eligible, mulberry32 } from './sample';

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

export function drawDev2(rows: CorpusRow[]): Drawn2[] {
  const taken = new Set(draw(rows).map((d) => Number(d.source.slice(7))));
  const rnd = mulberry32(DEV2_SEED);
  const out: Drawn2[] = [];
  for (const [label, k] of DEV2_QUOTA) {
    const pool: number[] = [];
    rows.forEach((r, i) => {
      if (r.label === label && !taken.has(i) && eligible(r.text) && speechCues(r.text) >= 2) pool.push(i);
    });
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    for (const i of pool.slice(0, k)) out.push({ source: `corpus:${i}`, label, split: 'dev2' });
  }
  return out;
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
  for (const d of drawDev2(rows)) {
    const text = rows[Number(d.source.slice(7))].text;
    console.log(`${d.split}\t${d.source}\t${d.label}\t${text.length}`);
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${d.source.replace(':', '-')}.txt`), text);
    }
  }
}
