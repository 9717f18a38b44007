/**
 * Held-out evaluation of cross-referencing on real articles, against the gold
 * in test/eval/xref/gold.json (offsets only; texts are read at runtime from
 * ../shared). The seed articles, the gold articles and ALL corpus articles (as
 * distractors) go into one CorpusIndex; its allLinks() are scored per split.
 *
 *   npm run eval:xref -- [--split seeds|dev|test|all] [--show-errors [--i-am-not-tuning]] [--json]
 *                        [--no-distractors]
 *
 * --show-errors lists missed pairs, wrong relations, links on unrelated pairs
 * and links from/to cluster articles that are no gold pair, with context; it
 * refuses the held-out `test` split unless --i-am-not-tuning is given.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CorpusIndex as CorpusIndexType, Link } from '../src/core/xref/index';
import type { ArticleAnalysis, Lexicon } from '../src/core/types';
import { findRepoRoot, sha256, sharedDir, SourceReader } from '../test/eval/corpus';
import { loadXrefGold, XREF_SPLITS, type XrefGoldCluster, type XrefSplit } from '../test/eval/xref/gold';
import { type PredEnd, type PredLink, scoreSplit, type SplitScore, summarize, type Summary } from '../test/eval/xref/score';

type Analyze = (text: string, opts?: { path?: string; lexicon?: Lexicon }) => ArticleAnalysis;
type IndexCtor = new () => CorpusIndexType;

interface Options {
  splits: XrefSplit[];
  showErrors: boolean;
  notTuning: boolean;
  json: boolean;
  distractors: boolean;
}

function usage(msg: string): never {
  console.error(
    `eval-xref: ${msg}\nusage: eval-xref [--split seeds|dev|test|all] [--show-errors [--i-am-not-tuning]] [--json] [--no-distractors]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { splits: [...XREF_SPLITS], showErrors: false, notTuning: false, json: false, distractors: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--split') {
      const s = argv[++i];
      if (s === 'all') o.splits = [...XREF_SPLITS];
      else if ((XREF_SPLITS as readonly string[]).includes(s)) o.splits = [s as XrefSplit];
      else usage(`unknown split ${s}`);
    } else if (a === '--show-errors') o.showErrors = true;
    else if (a === '--i-am-not-tuning') o.notTuning = true;
    else if (a === '--json') o.json = true;
    else if (a === '--no-distractors') o.distractors = false;
    else usage(`unknown argument ${a}`);
  }
  return o;
}

const pct = (x: number | null) => (x === null ? '   –  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

function printSummary(split: string, s: Summary): void {
  console.log(`\n${split}: ${s.clusters} cluster(s), ${s.articles} member article(s), ${s.pairs} gold pairs`);
  console.log(`  pair recall        ${pct(s.recall)}  (${s.linked}/${s.pairs} linked on the figures; claim level ${pct(s.claimRecall)})`);
  console.log(`    same-figure      ${pct(s.same.recall)}  (${s.same.linked}/${s.same.pairs})`);
  console.log(`    different-figure ${pct(s.different.recall)}  (${s.different.linked}/${s.different.pairs})`);
  console.log(`  relation accuracy  ${pct(s.relationAccuracy)}  (${s.same.correct + s.different.correct}/${s.linked} linked pairs)`);
  console.log(`  unrelated linked   ${s.unrelated.linked} of ${s.unrelated.pairs} pairs (must be 0; claim level ${s.unrelated.claimLinked})`);
  console.log(
    `  non-gold figure links from/to cluster articles: ${s.extraLinks.total} ` +
      `(${s.extraLinks.sameCluster} inside a cluster, ${s.extraLinks.otherArticle} to other articles); ` +
      `statement/reuse links: ${s.otherRelationLinks}`,
  );
}

function context(text: string, claim: { start: number; end: number }, num: { start: number; end: number } | null): string {
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  if (!num) {
    const t = clean(text.slice(claim.start, claim.end));
    return t.length > 160 ? t.slice(0, 157) + '…' : t;
  }
  const a = Math.max(claim.start, num.start - 70);
  const b = Math.min(claim.end, num.end + 50);
  return `…${clean(text.slice(a, num.start))}[[${clean(text.slice(num.start, num.end))}]]${clean(text.slice(num.end, b))}…`;
}

function main(): void {
  const t0 = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  if (opts.showErrors && !opts.notTuning && opts.splits.length === 1 && opts.splits[0] === 'test') {
    usage('the test split is held out: --show-errors refuses it (add --i-am-not-tuning if you really are not tuning)');
  }
  const root = findRepoRoot(__dirname);
  const reader = new SourceReader(sharedDir(root));
  if (!reader.available()) {
    console.log(`eval-xref: skipped: ${reader.shared} not found (the gold texts live there, not in the repository)`);
    return;
  }
  const rows = reader.corpusRows();
  if (!rows) {
    console.log(`eval-xref: skipped: the corpus is missing under ${reader.shared}`);
    return;
  }
  let analyze: Analyze;
  let CorpusIndex: IndexCtor;
  try {
    analyze = (require(path.join(root, 'out', 'src', 'core', 'analyze.js')) as { analyzeArticle: Analyze }).analyzeArticle;
    CorpusIndex = (require(path.join(root, 'out', 'src', 'core', 'xref', 'index.js')) as { CorpusIndex: IndexCtor }).CorpusIndex;
    if (typeof analyze !== 'function' || typeof CorpusIndex !== 'function') throw new Error('missing export');
  } catch (e) {
    console.error(`eval-xref: cannot load the engine from out/ (run npm run build): ${(e as Error).message}`);
    process.exit(1);
  }

  const gold = loadXrefGold(root);
  // Which gold articles still have their text; clusters with a changed text are skipped.
  const skipped: string[] = [];
  const bad = new Set<string>();
  const texts = new Map<string, string>(); // source → text
  for (const a of gold.articles) {
    const t = reader.read(a.source);
    if (t === null) {
      skipped.push(`${a.source}: text not found`);
      bad.add(a.source);
    } else if (sha256(t) !== a.sha256) {
      skipped.push(`${a.source}: text changed (sha256 mismatch), gold not applicable`);
      bad.add(a.source);
    } else texts.set(a.source, t);
  }
  const usable = (c: XrefGoldCluster) => c.figures.every((f) => !bad.has(f.source));
  for (const c of gold.clusters) if (!usable(c)) skipped.push(`cluster ${c.id}: skipped (a text is missing or changed)`);

  // Everything in one index: the seeds, the gold articles, and (as distractors) the whole corpus.
  const sources: string[] = [];
  const seedsDir = path.join(reader.shared, 'seeds');
  if (fs.existsSync(seedsDir)) for (const f of fs.readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) sources.push(`seed:${f}`);
  if (opts.distractors) for (let i = 0; i < rows.length; i++) sources.push(`corpus:${i}`);
  else for (const a of gold.articles) if (a.source.startsWith('corpus:')) sources.push(a.source);
  const sourceOfPath = new Map<string, string>();
  const analyses = new Map<string, ArticleAnalysis>(); // path → analysis
  const textOfPath = new Map<string, string>();
  const index = new CorpusIndex();
  let chars = 0;
  const a0 = Date.now();
  for (const s of sources) {
    const text = texts.get(s) ?? reader.read(s);
    if (text === null) continue;
    const p = SourceReader.pathFor(s);
    sourceOfPath.set(p, s);
    textOfPath.set(p, text);
    const a = analyze(text, { path: p });
    analyses.set(p, a);
    chars += text.length;
  }
  const analysisMs = Date.now() - a0;
  const i0 = Date.now();
  for (const [p, a] of analyses) index.upsert(a, sha256(textOfPath.get(p)!), textOfPath.get(p)!);
  const indexMs = Date.now() - i0;
  const l0 = Date.now();
  const links: Link[] = index.allLinks();
  const linkMs = Date.now() - l0;

  const toEnd = (ref: { path: string; claimId: string }, fig: number | null): PredEnd => {
    const c = index.claim(ref.path, ref.claimId);
    const n = fig !== null ? analyses.get(ref.path)?.numbers[fig] : undefined;
    return {
      source: sourceOfPath.get(ref.path) ?? null,
      path: ref.path,
      claim: c ? { start: c.start, end: c.end } : { start: 0, end: 0 },
      num: n ? { start: n.numStart, end: n.numEnd } : null,
    };
  };
  const pred: PredLink[] = links.map((l) => ({
    from: toEnd(l.from, l.fromFigure),
    to: toEnd(l.to, l.toFigure),
    relation: l.relation,
    score: l.score,
  }));

  const scores = new Map<XrefSplit, SplitScore>();
  for (const split of opts.splits) {
    const clusters = gold.clusters.filter((c) => c.split === split && usable(c));
    scores.set(split, scoreSplit(clusters, pred));
  }
  const withheld = (split: XrefSplit) => split === 'test' && !opts.notTuning;

  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          schema: 'claim-lens/eval-xref@1',
          index: { articles: analyses.size, chars, links: links.length, distractors: opts.distractors },
          splits: Object.fromEntries([...scores].map(([s, x]) => [s, summarize(x)])),
          skipped,
          timing: { analysisMs, indexMs, allLinksMs: linkMs, totalMs: Date.now() - t0 },
        },
        null,
        2,
      ),
    );
    return;
  }
  for (const s of skipped) console.log(`skipped ${s}`);
  console.log(
    `index: ${analyses.size} articles (${(chars / 1e6).toFixed(2)} M chars${opts.distractors ? ', whole corpus as distractors' : ', gold articles only'}), ` +
      `${links.length} links; analysis ${analysisMs} ms, upsert ${indexMs} ms, allLinks ${linkMs} ms`,
  );
  for (const [split, s] of scores) {
    printSummary(split, summarize(s));
    if (!opts.showErrors) continue;
    if (withheld(split)) {
      console.log('  (errors of the held-out test split are not shown; add --i-am-not-tuning to see them)');
      continue;
    }
    const textOf = (source: string) => texts.get(source) ?? reader.read(source) ?? '';
    const ctxGold = (f: { source: string; numStart: number; numEnd: number }) => {
      const t = textOf(f.source);
      const a = index.get(SourceReader.pathFor(f.source));
      const claim = a?.claims.find((c) => c.start <= f.numStart && f.numEnd <= c.end) ?? { start: Math.max(0, f.numStart - 80), end: Math.min(t.length, f.numEnd + 60) };
      return context(t, claim, { start: f.numStart, end: f.numEnd });
    };
    const lines: string[] = [];
    for (const r of s.results) {
      const tag = `${r.cluster}: ${r.a.source} ~ ${r.b.source}`;
      if (r.pair.relation === 'unrelated') {
        if (r.link || r.claimLink) {
          const l = (r.link ?? r.claimLink)!;
          lines.push(`  UNRELATED LINKED (${l.relation} ${l.score.toFixed(2)}${r.link ? '' : ', claim level'}) ${tag}\n      ${ctxGold(r.a)}\n      ${ctxGold(r.b)}`);
        }
        continue;
      }
      if (!r.link) {
        const via = r.claimLink ? ` (claims linked: ${r.claimLink.relation} on other figures)` : '';
        lines.push(`  MISS [${r.pair.relation}] ${tag}${via}\n      ${ctxGold(r.a)}\n      ${ctxGold(r.b)}`);
      } else if (r.link.relation !== r.pair.relation) {
        lines.push(`  RELATION gold ${r.pair.relation}, got ${r.link.relation} ${tag}\n      ${ctxGold(r.a)}\n      ${ctxGold(r.b)}`);
      }
    }
    for (const e of s.extra) {
      const l = e.link;
      const side = (x: PredEnd) => `${x.source ?? x.path}: ${context(textOfPath.get(x.path) ?? '', x.claim, x.num)}`;
      lines.push(`  EXTRA ${l.relation} ${l.score.toFixed(2)} (${e.kind})\n      ${side(l.from)}\n      ${side(l.to)}`);
    }
    if (lines.length) console.log(lines.join('\n'));
  }
  console.log(`\ntime: total ${Date.now() - t0} ms`);
}

main();
