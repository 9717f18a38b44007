/**
 * Cross-reference benchmark: cold index of 10,000 articles, warm reopen from a
 * snapshot, query latency at growing corpus sizes, peak memory. Prints figures,
 * asserts nothing. Articles are ten perturbed copies of each corpus article,
 * built in memory (the corpus is never written anywhere).
 *
 * Analyses come from `analyzeArticle` when the reading core is built; without it
 * a small stand-in (sentences + figures with the following noun as unit) keeps
 * the benchmark runnable.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../src/core/sentences';
import type { ArticleAnalysis, NumberMention, Qualifier } from '../src/core/types';
import { CorpusIndex } from '../src/core/xref/index';

type Analyze = (text: string, opts: { path?: string }) => ArticleAnalysis;

const repoRoot = path.resolve(__dirname, '..', '..');
const sharedDir = path.resolve(repoRoot, '..', 'shared');

/** Rows `Label;'text'` with quote char `'` (doubled inside), one article a line. */
export function readCorpus(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const semi = src.indexOf(';', i);
    if (semi < 0) break;
    let j = semi + 1;
    let text = '';
    if (src[j] === "'") {
      j++;
      for (;;) {
        const q = src.indexOf("'", j);
        if (q < 0) {
          text += src.slice(j);
          j = n;
          break;
        }
        if (src[q + 1] === "'") {
          text += src.slice(j, q + 1);
          j = q + 2;
        } else {
          text += src.slice(j, q);
          j = q + 1;
          break;
        }
      }
    } else {
      const nl = src.indexOf('\n', j);
      text = src.slice(j, nl < 0 ? n : nl);
      j = nl < 0 ? n : nl;
    }
    const nl = src.indexOf('\n', j);
    i = nl < 0 ? n : nl + 1;
    if (text.trim()) out.push(text.trim());
  }
  return out;
}

const NUM_RE = /(?:(etwa|rund|ungefähr|ca\.|mehr als|über|mindestens|knapp|fast)\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s+(Millionen|Milliarden|Mio\.|Mrd\.))?\s+([\p{Lu}\p{Ll}%€][\p{L}-]*)/gu;
const QUAL: Record<string, Qualifier> = {
  etwa: 'approx', rund: 'approx', ungefähr: 'approx', 'ca.': 'approx', knapp: 'approx', fast: 'approx',
  'mehr als': 'more-than', über: 'more-than', mindestens: 'at-least',
};

/** Stand-in analysis: every sentence a claim, figures with the following word as unit. */
export function standInAnalysis(text: string, p: string): ArticleAnalysis {
  const sentences = splitSentences(text, 'de');
  const numbers: NumberMention[] = [];
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(text)) !== null) {
    let value = Number(m[2].replace(/\./g, '') + (m[3] ? '.' + m[3] : ''));
    if (m[4]) value *= /^Mil?l?i?a?r?d|^Mrd/.test(m[4]) ? 1e9 : 1e6;
    const unit = m[5];
    if (/^(19|20)\d\d$/.test(m[2]) && !m[3]) continue;
    const u = unit.toLowerCase();
    const unitKey = u === '%' || u === 'prozent' ? 'percent' : u === 'euro' || u === '€' ? 'EUR' : u.replace(/(en|n|e|s)$/, '');
    numbers.push({
      start: m.index, end: m.index + m[0].length, text: m[0], value, low: null, high: null,
      qualifier: m[1] ? QUAL[m[1]] ?? 'exact' : 'exact', unit, unitKey,
      kind: unitKey === 'percent' ? 'percent' : unitKey === 'EUR' ? 'money' : 'count',
      numStart: m.index + (m[1] ? m[1].length + 1 : 0), numEnd: m.index + m[0].length - unit.length,
    });
  }
  let ni = 0;
  const claims = sentences.map((s, i) => {
    const nums: number[] = [];
    while (ni < numbers.length && numbers[ni].start < s.start) ni++;
    for (let k = ni; k < numbers.length && numbers[k].start < s.end; k++) nums.push(k);
    return {
      id: `${i}`, start: s.start, end: s.end, text: text.slice(s.start, s.end), numbers: nums,
      attributions: [], quotes: [], time: null, terms: [],
    };
  });
  return {
    path: p, language: 'de', title: null, date: null, outlet: null, byline: null, url: null, frontMatter: null,
    titleSpan: null, boilerplate: [], sentences, numbers, attributions: [], quotes: [], claims, diagnostics: [],
  };
}

function loadAnalyze(): { analyze: Analyze; name: string } {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, '..', 'src', 'core', 'analyze.js')) as { analyzeArticle?: Analyze };
    if (typeof mod.analyzeArticle === 'function') return { analyze: mod.analyzeArticle, name: 'analyzeArticle' };
  } catch {
    /* reading core not built yet */
  }
  return { analyze: (t, o) => standInAnalysis(t, o.path ?? ''), name: 'stand-in analyser' };
}

/** Copy k of an article: drops every 7th sentence at an offset, so copies are near-duplicates, not clones. */
function perturb(text: string, k: number): string {
  if (k === 0) return text;
  const parts = text.split(/(?<=[.!?])\s+/);
  return parts.filter((_, i) => (i + k) % 7 !== 0).join(' ') + ` (Fassung ${k})`;
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function mb(x: number): string {
  return (x / 1048576).toFixed(0) + ' MB';
}

export async function run(): Promise<void> {
  const csv = path.join(sharedDir, 'corpus', '10kgnad-test.csv');
  if (!fs.existsSync(csv)) {
    console.log(`xref bench: skipped, corpus not found at ${csv}`);
    return;
  }
  const base = readCorpus(csv);
  const { analyze, name } = loadAnalyze();
  console.log(`xref bench: ${base.length} corpus articles × 10 perturbed copies, analyses by ${name}`);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };

  // Cold index: analyse and index article by article (only indexing is timed; analyses are not kept).
  if (global.gc) global.gc();
  const heap0 = process.memoryUsage().heapUsed;
  const target = 10000;
  const idx = new CorpusIndex();
  let tAnalyse = 0;
  let tCold = 0;
  let claims = 0;
  const order: string[] = [];
  let edited: { a: ArticleAnalysis; hash: string } | null = null;
  for (let k = 0; k < 10 && idx.size < target; k++) {
    for (let i = 0; i < base.length && idx.size < target; i++) {
      const p = `copy${k}/article-${String(i).padStart(4, '0')}.txt`;
      let t = performance.now();
      const a = analyze(perturb(base[i], k), { path: p });
      tAnalyse += performance.now() - t;
      t = performance.now();
      idx.upsert(a, `${k}:${i}`);
      tCold += performance.now() - t;
      claims += a.claims.length;
      order.push(p);
      if (idx.size === 124) edited = { a, hash: `${k}:${i}` };
    }
    sample();
  }
  if (global.gc) global.gc();
  const heapIndex = process.memoryUsage().heapUsed - heap0;
  console.log(`  analysed ${idx.size} articles (${claims} claims) in ${(tAnalyse / 1000).toFixed(1)} s`);
  console.log(`  cold index of ${idx.size} articles: ${(tCold / 1000).toFixed(2)} s (goal ≤ 10 s), index heap ≈ ${mb(heapIndex)}`);

  // Warm reopen.
  let t0 = performance.now();
  let json: string | null = JSON.stringify(idx.toSnapshot());
  const tSave = performance.now() - t0;
  const jsonSize = json.length;
  sample();
  t0 = performance.now();
  let warm: CorpusIndex | null = CorpusIndex.fromSnapshot(JSON.parse(json));
  const tWarm = performance.now() - t0;
  sample();
  console.log(
    `  snapshot ${mb(jsonSize)} JSON, save ${(tSave / 1000).toFixed(2)} s, warm reopen (parse + load) ${(tWarm / 1000).toFixed(2)} s (goal ≤ 1 s), ${warm.size} articles`,
  );
  json = null;
  warm = null;
  if (global.gc) global.gc();

  // All links once (what `claim-lens xref` does).
  t0 = performance.now();
  const all = idx.allLinks();
  sample();
  const byRel = new Map<string, number>();
  for (const l of all) byRel.set(l.relation, (byRel.get(l.relation) ?? 0) + 1);
  console.log(
    `  allLinks over ${idx.size} articles: ${all.length} links in ${((performance.now() - t0) / 1000).toFixed(2)} s (${Array.from(byRel, ([r, n]) => `${r} ${n}`).join(', ')})`,
  );

  // Incremental edit.
  if (edited) {
    t0 = performance.now();
    idx.upsert(edited.a, edited.hash + '*');
    console.log(`  re-index one edited article: ${(performance.now() - t0).toFixed(2)} ms`);
  }

  // Query latency at shrinking sizes (articles removed incrementally, latest copies first).
  const query = (label: string) => {
    const picks: Array<{ path: string; id: string }> = [];
    for (const p of idx.paths()) for (const c of idx.get(p)?.claims ?? []) if (c.figures.length > 0) picks.push({ path: p, id: c.id });
    const times: number[] = [];
    let links = 0;
    const n = Math.min(500, picks.length);
    for (let i = 0; i < n; i++) {
      const q = picks[Math.floor((i * 7919) % picks.length)];
      const s = performance.now();
      links += idx.crossReference(q.path, q.id).length;
      times.push(performance.now() - s);
    }
    times.sort((x, y) => x - y);
    let c = 0;
    for (const p of idx.paths()) c += idx.get(p)?.claims.length ?? 0;
    console.log(
      `  query at ${c} claims (${idx.size} articles): p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms over ${n} claims with figures, ${(links / Math.max(1, n)).toFixed(1)} links/claim${label}`,
    );
    sample();
  };
  query(' (goal p95 ≤ 5 ms)');
  for (const want of [100000, 10000, 1000]) {
    let c = 0;
    for (const p of idx.paths()) c += idx.get(p)?.claims.length ?? 0;
    while (c > want && order.length > 0) {
      const p = order.pop() as string;
      c -= idx.get(p)?.claims.length ?? 0;
      idx.remove(p);
    }
    query('');
  }
  console.log(`  peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)} (goal ≤ 300 MB)`);
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
