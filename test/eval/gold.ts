/**
 * The gold format. Committed gold holds no article text: a source id, the
 * sha256 and length of the text, and items anchored by UTF-16 offsets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AttributionKind, Qualifier } from '../../src/core/types';

/** `dev2`: a second development set (test/eval/sample-dev2.ts), treated like `dev`. */
export type Split = 'seeds' | 'dev' | 'test' | 'dev2' | 'dev3' | 'dev4' | 'dev5';
export const SPLITS: readonly Split[] = ['seeds', 'dev', 'test', 'dev2', 'dev3', 'dev4', 'dev5'];

export interface GoldFigure {
  /** The figure as a reader would mark it (qualifier + numeral + counted noun). */
  start: number;
  end: number;
  /** The numeral (with its scale word: "1,5 Millionen"). For ranges: first to last numeral. */
  numStart: number;
  numEnd: number;
  /** For ranges: the upper bound. */
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** Lemma of the counted noun or unit ("Soldat", "Prozent", "Euro"), or null. */
  unit: string | null;
}

export interface GoldAttribution {
  cueStart: number;
  cueEnd: number;
  /** The source as written; null when the text names none ("hieß es"). */
  sourceStart: number | null;
  sourceEnd: number | null;
  /** Canonical actor, or null when no source is named ("Berichten zufolge"). */
  actor: string | null;
  kind: AttributionKind;
}

export interface GoldQuote {
  innerStart: number;
  innerEnd: number;
  speaker: string | null;
}

export interface GoldArticle {
  /** `seed:<file>` or `corpus:<row>`. */
  source: string;
  /** Corpus label (10kGNAD category) or "seed". */
  label: string;
  sha256: string;
  length: number;
  figures: GoldFigure[];
  attributions: GoldAttribution[];
  quotes: GoldQuote[];
}

export interface GoldFile {
  schema: 'claim-lens/gold@1';
  split: Split;
  articles: GoldArticle[];
}

export function goldDir(repoRoot: string): string {
  return path.join(repoRoot, 'test', 'eval', 'gold');
}

export function loadGold(repoRoot: string, split: Split): GoldFile {
  const file = path.join(goldDir(repoRoot), `${split}.json`);
  const g = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
  if (g.schema !== 'claim-lens/gold@1' || g.split !== split) throw new Error(`${file}: not a ${split} gold file`);
  return g;
}
