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

export function loadAnalyze(): { analyze: Analyze; name: string } {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, '..', 'src', 'core', 'analyze.js')) as { analyzeArticle?: Analyze };
    if (typeof mod.analyzeArticle === 'function') return { analyze: mod.analyzeArticle, name: 'analyzeArticle' };
  } catch {
    /* reading core not built yet */
  }
  return { analyze: (t, o) => standInAnalysis(t, o.path ?? ''), name: 'stand-in analyser' };
}

/** A small deterministic PRNG (mulberry32), so every run perturbs the copies alike. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Copy k of an article, edited the way follow-up reports and agency rewrites differ: a stretch of
 * sentences dropped (a paragraph), a few sentences dropped or moved, some figures updated (other values,
 * other roundings), so that copies share text (reuse) and stories (figures) without being clones.
 */
export function perturb(text: string, k: number): string {
  if (k === 0) return text;
  const rnd = rng(k * 7919 + text.length);
  let parts = text.split(/(?<=[.!?])\s+/);
  if (parts.length > 6) {
    // Drop a paragraph-sized run of 2–4 sentences (not the first: the lead stays).
    const len = 2 + Math.floor(rnd() * 3);
    const at = 1 + Math.floor(rnd() * Math.max(1, parts.length - len - 1));
    parts.splice(at, len);
  }
  parts = parts.filter(() => rnd() > 0.1);
  for (let i = 1; i + 1 < parts.length; i++) {
    if (rnd() < 0.15) {
      const j = i + 1 + Math.floor(rnd() * Math.min(3, parts.length - i - 1));
      const [x] = parts.splice(i, 1);
      parts.splice(j, 0, x);
    }
  }
  const out = parts.join(' ').replace(/\b\d{1,3}(?:\.\d{3})+\b|\b\d{2,}\b/g, (m) => {
    if (/^(?:19|20)\d\d$/.test(m) || rnd() > 0.35) return m;
    const v = Number(m.replace(/\./g, ''));
    const nv = Math.max(1, Math.round(v * (0.7 + rnd() * 0.6)));
    return m.includes('.') ? nv.toLocaleString('de-DE') : String(nv);
  });
  return out;
}

function pct(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function mb(x: number): string {
  return (x / 1048576).toFixed(0) + ' MB';
}

/** CPU milliseconds of this process (user + system): steadier than wall-clock on a shared machine. */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = cpuMs();
  const value = f();
  return { value, wall: performance.now() - w0, cpu: cpuMs() - c0 };
}

function secs(t: { wall: number; cpu: number }): string {
  return `${(t.cpu / 1000).toFixed(2)} s CPU (${(t.wall / 1000).toFixed(2)} s wall)`;
}

type Sample = (phase?: string) => void;

function linkStep(idx: CorpusIndex, sample: Sample): void {
  const t = timed(() => idx.allLinks());
  sample('allLinks');
  const byRel = new Map<string, number>();
  for (const l of t.value) byRel.set(l.relation, (byRel.get(l.relation) ?? 0) + 1);
  console.log(
    `  allLinks over ${idx.size} articles: ${t.value.length} links in ${secs(t)}, ${((1000 * t.cpu) / Math.max(1, t.value.length)).toFixed(1)} µs CPU/link (${Array.from(byRel, ([r, n]) => `${r} ${n}`).join(', ')})`,
  );
}

function editStep(idx: CorpusIndex, e: { a: ArticleAnalysis; hash: string }): void {
  const t = timed(() => idx.upsert(e.a, e.hash + '*'));
  console.log(`  re-index one edited article: ${t.cpu.toFixed(2)} ms CPU (${t.wall.toFixed(2)} ms wall)`);
}

function saveStep(idx: CorpusIndex, sample: Sample): string {
  // One article at a time (as a file would be written); the pieces are joined here only for the reopen step.
  const parts: string[] = [];
  const t = timed(() => idx.writeSnapshot((chunk) => parts.push(chunk)));
  sample('saved');
  const json = parts.join('');
  console.log(`  snapshot ${mb(json.length)} JSON, save (writeSnapshot, article by article) ${secs(t)}`);
  return json;
}

/** Parse + adopt, the way a new session reopens: the parsed articles are released as they are adopted. */
function reopenStep(json: string, sample: Sample, size: number): CorpusIndex {
  const tParse = timed(() => JSON.parse(json) as unknown);
  sample('parsed');
  const tAdopt = timed(() => CorpusIndex.fromSnapshot(tParse.value, { consume: true }));
  sample('adopted');
  console.log(
    `  warm reopen of ${tAdopt.value.size}/${size} articles: parse ${secs(tParse)} + adopt ${secs(tAdopt)} = ${((tParse.cpu + tAdopt.cpu) / 1000).toFixed(2)} s CPU (goal ≤ 1 s)`,
  );
  return tAdopt.value;
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
  if (!global.gc) console.log('  (run with node --expose-gc for steadier memory figures)');
  let peakRss = 0;
  let peakHeap = 0;
  const phases: string[] = [];
  const sample = (phase?: string) => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (phase) phases.push(`${phase} ${mb(m.heapUsed)}+${mb(m.arrayBuffers)}/${mb(m.rss)}`);
  };
  const gc = () => {
    if (global.gc) global.gc();
  };

  // Cold index: analyse and index article by article (only indexing is timed; analyses are not kept).
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const target = 10000;
  let idx: CorpusIndex | null = new CorpusIndex();
  let tAnalyse = 0;
  let coldWall = 0;
  let coldCpu = 0;
  let claims = 0;
  const order: string[] = [];
  let edited: { a: ArticleAnalysis; hash: string } | null = null;
  for (let k = 0; k < 10 && idx.size < target; k++) {
    for (let i = 0; i < base.length && idx.size < target; i++) {
      const p = `copy${k}/article-${String(i).padStart(4, '0')}.txt`;
      const t = performance.now();
      const a = analyze(perturb(base[i], k), { path: p });
      tAnalyse += performance.now() - t;
      const w0 = performance.now();
      const c0 = cpuMs();
      idx.upsert(a, `${k}:${i}`);
      coldCpu += cpuMs() - c0;
      coldWall += performance.now() - w0;
      claims += a.claims.length;
      order.push(p);
      if (idx.size === 124) edited = { a, hash: `${k}:${i}` };
    }
    sample();
  }
  gc();
  const heapIndex = process.memoryUsage().heapUsed - heap0;
  sample('indexed');
  console.log(`  analysed ${idx.size} articles (${claims} claims) in ${(tAnalyse / 1000).toFixed(1)} s`);
  console.log(`  cold index of ${idx.size} articles: ${secs({ wall: coldWall, cpu: coldCpu })} (goal ≤ 10 s), index heap ≈ ${mb(heapIndex)}`);

  // Each step runs in its own function, so nothing it made outlives it (no stale locals in this frame).
  linkStep(idx, sample);
  gc();
  if (edited) editStep(idx, edited);
  let json: string | null = saveStep(idx, sample);
  const size = idx.size;
  idx = null;
  gc();
  sample('freed');
  const warm = reopenStep(json, sample, size);
  json = null;
  gc();
  sample('reopened');

  // Query latency at shrinking sizes (articles removed incrementally, latest copies first).
  const query = (label: string) => {
    const picks: Array<{ path: string; id: string }> = [];
    for (const p of warm.paths()) for (const c of warm.get(p)?.claims ?? []) if (c.figures.length > 0) picks.push({ path: p, id: c.id });
    const times: number[] = [];
    let links = 0;
    const n = Math.min(500, picks.length);
    for (let i = 0; i < n; i++) {
      const q = picks[Math.floor((i * 7919) % picks.length)];
      const s = cpuMs();
      links += warm.crossReference(q.path, q.id).length;
      times.push(cpuMs() - s);
    }
    times.sort((x, y) => x - y);
    // "Find Claims…" keystrokes: prefixes of claim words, and figure values.
    const kt: number[] = [];
    for (let i = 0; i < Math.min(200, picks.length); i++) {
      const q = picks[Math.floor((i * 104729) % picks.length)];
      const c = warm.claim(q.path, q.id);
      if (!c) continue;
      const words = c.text.split(/\s+/).filter((w) => /^\p{L}{6,}$/u.test(w));
      const typed = i % 3 === 0 ? String(c.figures[0]?.value ?? 1000) : (words[i % Math.max(1, words.length)] ?? 'Regierung').slice(0, 3 + (i % 5));
      const s = cpuMs();
      warm.claimsByText(typed, 200);
      kt.push(cpuMs() - s);
    }
    kt.sort((x, y) => x - y);
    let c = 0;
    for (const p of warm.paths()) c += warm.get(p)?.claims.length ?? 0;
    console.log(
      `  query (CPU) at ${c} claims (${warm.size} articles): p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms over ${n} claims with figures, ${(links / Math.max(1, n)).toFixed(1)} links/claim${label}; find-claims keystroke p50 ${pct(kt, 50).toFixed(2)} ms, p95 ${pct(kt, 95).toFixed(2)} ms`,
    );
    sample();
  };
  query(' (goal p95 ≤ 5 ms)');
  for (const want of [50000, 10000, 1000]) {
    let c = 0;
    for (const p of warm.paths()) c += warm.get(p)?.claims.length ?? 0;
    while (c > want && order.length > 0) {
      const p = order.pop() as string;
      c -= warm.get(p)?.claims.length ?? 0;
      warm.remove(p);
    }
    query('');
  }
  console.log(`  peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)} (goal ≤ 300 MB); heap+array buffers/RSS after: ${phases.join(', ')}`);
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
