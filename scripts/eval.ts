/**
 * Held-out accuracy evaluation of the analysis pipeline against the gold in
 * test/eval/gold (offsets only; texts are read at runtime from ../shared).
 *
 *   npm run eval -- [--split dev|dev2|dev3|dev4|dev5|test|seeds|all] [--show-errors [--i-am-not-tuning]] [--json]
 *
 * --show-errors prints misses and false positives with context; it refuses the
 * held-out `test` split unless --i-am-not-tuning is given.
 * --analyzer <module> evaluates another module exporting analyzeArticle (development only).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleAnalysis, Lexicon } from '../src/core/types';
import { findRepoRoot, sha256, sharedDir, SourceReader } from '../test/eval/corpus';
import { type GoldArticle, goldDir, loadGold, type Split, SPLITS } from '../test/eval/gold';
import {
  addCounts,
  type ArticleResult,
  figureValueCorrect,
  type Counts,
  type PredAttribution,
  type PredFigure,
  type PredQuote,
  prf,
  scoreAttributionCues,
  scoreAttributions,
  scoreFigures,
  scoreQuotes,
  speakerCorrect,
  ZERO,
} from '../test/eval/metrics';

type Analyze = (text: string, opts?: { path?: string; lexicon?: Lexicon }) => ArticleAnalysis;

interface Options {
  splits: Split[];
  showErrors: boolean;
  notTuning: boolean;
  json: boolean;
  analyzer: string | null;
}

function usage(msg: string): never {
  console.error(`eval: ${msg}\nusage: eval [--split dev|dev2|dev3|dev4|dev5|test|seeds|all] [--show-errors [--i-am-not-tuning]] [--json]`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { splits: [...SPLITS], showErrors: false, notTuning: false, json: false, analyzer: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') {
      const s = argv[++i];
      if (s === 'all') o.splits = [...SPLITS];
      else if ((SPLITS as readonly string[]).includes(s)) o.splits = [s as Split];
      else usage(`unknown split ${s}`);
    } else if (a === '--show-errors') o.showErrors = true;
    else if (a === '--i-am-not-tuning') o.notTuning = true;
    else if (a === '--json') o.json = true;
    else if (a === '--analyzer') o.analyzer = argv[++i] ?? usage('--analyzer needs a module path');
    else usage(`unknown argument ${a}`);
  }
  return o;
}

interface Tally {
  articles: number;
  chars: number;
  figures: Counts;
  figureValues: number;
  attributions: Counts;
  cues: Counts;
  cueActors: number;
  quotes: Counts;
  speakers: number;
}

const emptyTally = (): Tally => ({
  articles: 0,
  chars: 0,
  figures: ZERO,
  figureValues: 0,
  attributions: ZERO,
  cues: ZERO,
  cueActors: 0,
  quotes: ZERO,
  speakers: 0,
});

function addTally(a: Tally, b: Tally): Tally {
  return {
    articles: a.articles + b.articles,
    chars: a.chars + b.chars,
    figures: addCounts(a.figures, b.figures),
    figureValues: a.figureValues + b.figureValues,
    attributions: addCounts(a.attributions, b.attributions),
    cues: addCounts(a.cues, b.cues),
    cueActors: a.cueActors + b.cueActors,
    quotes: addCounts(a.quotes, b.quotes),
    speakers: a.speakers + b.speakers,
  };
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

function summary(t: Tally) {
  return {
    articles: t.articles,
    chars: t.chars,
    figures: { ...t.figures, ...prf(t.figures), valueAccuracy: ratio(t.figureValues, t.figures.tp) },
    attributions: {
      ...t.attributions,
      ...prf(t.attributions),
      cue: { ...t.cues, ...prf(t.cues), actorAccuracy: ratio(t.cueActors, t.cues.tp) },
    },
    quotes: { ...t.quotes, ...prf(t.quotes), speakerAccuracy: ratio(t.speakers, t.quotes.tp) },
  };
}

const pct = (x: number | null) => (x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function prfLine(name: string, c: Counts, extraName: string, extra: number | null): string {
  const m = prf(c);
  return `  ${name.padEnd(13)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})   ${extraName} ${pct(extra)}`;
}

function printTally(name: string, t: Tally): void {
  console.log(`\n${name}: ${t.articles} article(s), ${t.chars} chars`);
  console.log(prfLine('figures', t.figures, 'value acc.', ratio(t.figureValues, t.figures.tp)));
  console.log(prfLine('attributions', t.attributions, '', null).replace(/\s+–\s*$/, ''));
  console.log(prfLine('  cue only', t.cues, 'actor acc.', ratio(t.cueActors, t.cues.tp)));
  console.log(prfLine('quotes', t.quotes, 'speaker acc.', ratio(t.speakers, t.quotes.tp)));
}

function context(text: string, start: number, end: number, width = 50): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `…${clean(text.slice(a, start))}[[${clean(text.slice(start, end))}]]${clean(text.slice(end, b))}…`;
}

function showErrors(
  g: GoldArticle,
  text: string,
  a: ArticleAnalysis,
  r: { fig: ArticleResult; att: ArticleResult; quo: ArticleResult },
): void {
  const lines: string[] = [];
  for (const i of r.fig.missed) {
    const f = g.figures[i];
    lines.push(`  figure MISS  value ${f.low !== null ? `${f.low}–${f.high}` : f.value}: ${context(text, f.start, f.end)}`);
  }
  for (const m of r.fig.matches) {
    const f = g.figures[m.gold];
    const p = a.numbers[m.pred];
    if (!figureValueCorrect(f, p)) lines.push(`  figure VALUE gold ${f.low !== null ? `${f.low}–${f.high}` : f.value}, got ${p.low !== null ? `${p.low}–${p.high}` : p.value}: ${context(text, f.start, f.end)}`);
  }
  for (const i of r.fig.spurious) {
    const p = a.numbers[i];
    lines.push(`  figure FP    value ${p.value}: ${context(text, p.start, p.end)}`);
  }
  for (const i of r.att.missed) {
    const x = g.attributions[i];
    lines.push(`  attrib MISS  ${x.actor ?? '(no actor)'} [${x.kind}]: ${context(text, x.cueStart, x.cueEnd)}`);
  }
  for (const i of r.att.spurious) {
    const p = a.attributions[i];
    lines.push(`  attrib FP    ${p.actor} / "${p.source}" [${p.kind}]: ${context(text, p.start, p.end)}`);
  }
  for (const i of r.quo.missed) {
    const q = g.quotes[i];
    lines.push(`  quote MISS   ${q.speaker ?? '(no speaker)'}: ${context(text, q.innerStart, Math.min(q.innerEnd, q.innerStart + 80), 30)}`);
  }
  for (const m of r.quo.matches) {
    const q = g.quotes[m.gold];
    const p = a.quotes[m.pred];
    if (!speakerCorrect(q.speaker, p.speaker)) {
      lines.push(`  quote SPEAKER gold ${q.speaker ?? '(none)'}, got ${p.speaker ?? '(none)'}: ${context(text, q.innerStart, Math.min(q.innerEnd, q.innerStart + 80), 30)}`);
    }
  }
  for (const i of r.quo.spurious) {
    const p = a.quotes[i];
    lines.push(`  quote FP     ${p.speaker ?? '(no speaker)'}: ${context(text, p.innerStart, Math.min(p.innerEnd, p.innerStart + 80), 30)}`);
  }
  if (lines.length) console.log(`\n${g.source} (${g.label})\n${lines.join('\n')}`);
}

function main(): void {
  const t0 = process.hrtime.bigint();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.showErrors && !opts.notTuning && opts.splits.length === 1 && opts.splits[0] === 'test') {
    usage('the test split is held out: --show-errors refuses it (add --i-am-not-tuning if you really are not tuning)');
  }
  const root = findRepoRoot(__dirname);
  const reader = new SourceReader(sharedDir(root));
  if (!reader.available()) {
    console.log(`eval: skipped: ${reader.shared} not found (the gold texts live there, not in the repository)`);
    return;
  }
  const modPath = opts.analyzer ? path.resolve(opts.analyzer) : path.join(root, 'out', 'src', 'core', 'analyze.js');
  let analyze: Analyze;
  try {
    analyze = (require(modPath) as { analyzeArticle: Analyze }).analyzeArticle;
    if (typeof analyze !== 'function') throw new Error('no analyzeArticle export');
  } catch (e) {
    console.error(`eval: cannot load analyzeArticle from ${modPath}: ${(e as Error).message}`);
    process.exit(1);
  }

  const perSplit = new Map<Split, Tally>();
  let analysisMs = 0;
  const skipped: string[] = [];
  const analysed: Array<{ text: string; path: string }> = [];
  const withheld = opts.showErrors && !opts.notTuning && opts.splits.includes('test');
  for (const split of opts.splits) {
    let tally = emptyTally();
    if (!fs.existsSync(path.join(goldDir(root), `${split}.json`))) {
      skipped.push(`${split}: no gold file yet`);
      continue;
    }
    for (const g of loadGold(root, split).articles) {
      const text = reader.read(g.source);
      if (text === null) {
        skipped.push(`${g.source}: text not found`);
        continue;
      }
      if (sha256(text) !== g.sha256) {
        skipped.push(`${g.source}: text changed (sha256 mismatch), gold not applicable`);
        continue;
      }
      const a0 = process.hrtime.bigint();
      const a = analyze(text, { path: SourceReader.pathFor(g.source) });
      analysisMs += Number(process.hrtime.bigint() - a0) / 1e6;
      analysed.push({ text, path: SourceReader.pathFor(g.source) });
      const predF: PredFigure[] = a.numbers;
      const predA: PredAttribution[] = a.attributions;
      const predQ: PredQuote[] = a.quotes;
      const fig = scoreFigures(g.figures, predF);
      const att = scoreAttributions(g.attributions, predA);
      const cue = scoreAttributionCues(g.attributions, predA);
      const quo = scoreQuotes(g.quotes, predQ);
      tally = addTally(tally, {
        articles: 1,
        chars: text.length,
        figures: fig.counts,
        figureValues: fig.correct,
        attributions: att.counts,
        cues: cue.counts,
        cueActors: cue.correct,
        quotes: quo.counts,
        speakers: quo.correct,
      });
      if (opts.showErrors && !opts.json && !(split === 'test' && !opts.notTuning)) showErrors(g, text, a, { fig, att, quo });
    }
    perSplit.set(split, tally);
  }
  let overall = emptyTally();
  for (const t of perSplit.values()) overall = addTally(overall, t);
  // A second, warm pass: the first includes JIT warm-up and lazy initialisation.
  const w0 = process.hrtime.bigint();
  for (const x of analysed) analyze(x.text, { path: x.path });
  const warmMs = Number(process.hrtime.bigint() - w0) / 1e6;
  const totalMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const mcps = (ms: number) => (ms > 0 ? overall.chars / (ms / 1000) / 1e6 : null);

  if (opts.json) {
    const out = {
      schema: 'claim-lens/eval@1',
      splits: Object.fromEntries([...perSplit].map(([s, t]) => [s, summary(t)])),
      overall: summary(overall),
      skipped,
      timing: {
        coldAnalysisMs: Math.round(analysisMs),
        warmAnalysisMs: Math.round(warmMs),
        warmMCharsPerSec: mcps(warmMs),
        totalMs: Math.round(totalMs),
      },
    };
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const s of skipped) console.log(`skipped ${s}`);
  if (withheld) console.log('\n(errors of the held-out test split are not shown; add --i-am-not-tuning to see them)');
  for (const [s, t] of perSplit) printTally(s, t);
  if (perSplit.size > 1) printTally('overall', overall);
  const rate = (ms: number) => mcps(ms)?.toFixed(2) ?? '–';
  console.log(
    `\ntime: analysis ${analysisMs.toFixed(0)} ms cold (${rate(analysisMs)} M chars/s), ` +
      `${warmMs.toFixed(0)} ms warm (${rate(warmMs)} M chars/s); eval total ${totalMs.toFixed(0)} ms`,
  );
}

main();
