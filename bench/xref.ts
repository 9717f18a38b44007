/**
 * Cross-reference benchmark: cold index of 10,000 articles, warm reopen from a
 * snapshot, query latency at growing corpus sizes, peak memory. Prints figures,
 * asserts nothing. Articles are ten perturbed copies of each corpus article,
 * built in memory (the corpus is never written anywhere; the index snapshot goes
 * to a temporary folder, removed afterwards).
 *
 * Each part runs in a process of its own, so that its peak RSS (the kernel's
 * high-water mark) is its own and not what an earlier part left behind:
 *  - build: analyse an article, upsert it with its text, drop the analysis (what
 *    the extension's indexer does), 10,000 times; save the snapshot; then the
 *    CLI's allLinks report over the same index, measured apart;
 *  - reopen: a fresh process reads and adopts the snapshot (the extension's
 *    warm start) and answers queries: the first pass in the fresh process, a
 *    second pass, and at shrinking corpus sizes.
 *
 * Analyses come from `analyzeArticle` when the reading core is built; without it
 * a small stand-in (sentences + figures with the following noun as unit) keeps
 * the benchmark runnable.
 */

import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
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

function gc(): void {
  if (global.gc) global.gc();
}

/** The process's peak RSS so far (kernel high-water mark), in bytes. */
function maxRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Articles indexed: 10,000 (ten copies of the corpus); XREF_BENCH_ARTICLES=15000 reaches ~100,000 claims. */
const TARGET = Number(process.env.XREF_BENCH_ARTICLES) > 0 ? Number(process.env.XREF_BENCH_ARTICLES) : 10000;
const CSV = path.join(sharedDir, 'corpus', '10kgnad-test.csv');

/** Path of copy k of corpus article i. */
function articlePath(k: number, i: number): string {
  return `copy${k}/article-${String(i).padStart(4, '0')}.txt`;
}

/** Build part: the extension's cold index (analyse → upsert → drop), the snapshot, then allLinks. */
async function buildPart(snapFile: string): Promise<void> {
  const base = readCorpus(CSV);
  const { analyze, name } = loadAnalyze();
  const copies = Math.ceil(TARGET / base.length);
  console.log(`xref bench: ${base.length} corpus articles × ${copies} perturbed copies, analyses by ${name}`);
  if (!global.gc) console.log('  (run with node --expose-gc for steadier memory figures)');
  gc();
  const m0 = process.memoryUsage();
  const rss0 = maxRss();
  const idx = new CorpusIndex();
  let analyseCpu = 0;
  let coldCpu = 0;
  let coldWall = 0;
  let claims = 0;
  let peakHeap = 0;
  let peakAb = 0;
  const quarters: string[] = [];
  let lastCpu = 0;
  for (let k = 0; k < copies && idx.size < TARGET; k++) {
    for (let i = 0; i < base.length && idx.size < TARGET; i++) {
      const text = perturb(base[i], k);
      const c0 = cpuMs();
      const a = analyze(text, { path: articlePath(k, i) });
      analyseCpu += cpuMs() - c0;
      const w0 = performance.now();
      const c1 = cpuMs();
      idx.upsert(a, `${k}:${i}`, text);
      coldCpu += cpuMs() - c1;
      coldWall += performance.now() - w0;
      claims += a.claims.length;
      if (idx.size % 25 === 0) {
        const m = process.memoryUsage();
        peakHeap = Math.max(peakHeap, m.heapUsed);
        peakAb = Math.max(peakAb, m.arrayBuffers);
      }
      if (idx.size % (TARGET / 4) === 0) {
        quarters.push(`${((1000 * (coldCpu - lastCpu)) / (TARGET / 4)).toFixed(2)}`);
        lastCpu = coldCpu;
      }
    }
  }
  const rssBuilt = maxRss();
  gc();
  const m1 = process.memoryUsage();
  const heapIndex = m1.heapUsed - m0.heapUsed;
  const abIndex = m1.arrayBuffers - m0.arrayBuffers;
  console.log(`  analysed ${idx.size} articles (${claims} claims): ${(analyseCpu / 1000).toFixed(1)} s CPU`);
  console.log(
    `  cold index of ${idx.size} articles (upsert with text): ${secs({ wall: coldWall, cpu: coldCpu })} (goal ≤ 10 s); µs CPU per article in each quarter: ${quarters.join(', ')}`,
  );
  console.log(
    `  memory while indexing (analyse → upsert → drop): peak RSS ${mb(rssBuilt)} (goal ≤ 300 MB); before indexing ${mb(rss0)} ` +
      `(node, code, the corpus texts); index ${mb(heapIndex)} heap + ${mb(abIndex)} array buffers (after GC); ` +
      `analysis transients: heap peaked ${mb(peakHeap - m1.heapUsed)} and array buffers ${mb(Math.max(0, peakAb - m1.arrayBuffers))} above the index`,
  );

  // Re-index one edited article (a new analysis of article 124's text, as after an edit), five edits: the median.
  const edits: Array<{ cpu: number; wall: number }> = [];
  for (let j = 1; j <= 5; j++) {
    const editText = perturb(base[124], 0) + ` Nachtrag: ${16 + j} weitere Menschen wurden verletzt.`;
    const edited = analyze(editText, { path: articlePath(0, 124) });
    edits.push(timed(() => idx.upsert(edited, `edited${j}`, editText)));
  }
  edits.sort((x, y) => x.cpu - y.cpu);
  console.log(`  re-index one edited article (median of 5): ${edits[2].cpu.toFixed(2)} ms CPU (${edits[2].wall.toFixed(2)} ms wall)`);

  // Save: one article at a time to a file, as the extension writes its cache.
  const fd = fs.openSync(snapFile, 'w');
  const tSave = timed(() => idx.writeSnapshot((chunk) => fs.writeSync(fd, chunk)));
  fs.closeSync(fd);
  console.log(`  snapshot ${mb(fs.statSync(snapFile).size)}, save (writeSnapshot, article by article, to a file) ${secs(tSave)}`);

  // The CLI's report over all links (not on the extension's path; the CLI also keeps every analysis).
  const tLinks = timed(() => idx.allLinks());
  const byRel = new Map<string, number>();
  for (const l of tLinks.value) byRel.set(l.relation, (byRel.get(l.relation) ?? 0) + 1);
  console.log(
    `  allLinks over ${idx.size} articles (the CLI report): ${tLinks.value.length} links in ${secs(tLinks)}, ${((1000 * tLinks.cpu) / Math.max(1, tLinks.value.length)).toFixed(1)} µs CPU/link (${Array.from(byRel, ([r, n]) => `${r} ${n}`).join(', ')}); peak RSS with it ${mb(maxRss())}`,
  );
}

function pickClaims(idx: CorpusIndex): Array<{ path: string; id: string }> {
  const picks: Array<{ path: string; id: string }> = [];
  for (const p of idx.paths()) for (const c of idx.get(p)?.claims ?? []) if (c.figures.length > 0) picks.push({ path: p, id: c.id });
  return picks;
}

/**
 * 500 crossReference calls over claims with figures, spread over the corpus: CPU ms of the process
 * each (which includes V8's compiler and GC threads working meanwhile) and wall ms each.
 */
function queryPass(idx: CorpusIndex): { times: number[]; wall: number[]; links: number } {
  const picks = pickClaims(idx);
  const times: number[] = [];
  const wall: number[] = [];
  let links = 0;
  const n = Math.min(500, picks.length);
  for (let i = 0; i < n; i++) {
    const q = picks[Math.floor((i * 7919) % picks.length)];
    const w = performance.now();
    const s = cpuMs();
    links += idx.crossReference(q.path, q.id).length;
    times.push(cpuMs() - s);
    wall.push(performance.now() - w);
  }
  times.sort((x, y) => x - y);
  wall.sort((x, y) => x - y);
  return { times, wall, links };
}

/** "Find Claims…" keystrokes: prefixes of claim words, and figure values. */
function keystrokes(idx: CorpusIndex): number[] {
  const picks = pickClaims(idx);
  const kt: number[] = [];
  for (let i = 0; i < Math.min(200, picks.length); i++) {
    const q = picks[Math.floor((i * 104729) % picks.length)];
    const c = idx.claim(q.path, q.id);
    if (!c) continue;
    const words = c.text.split(/\s+/).filter((w) => /^\p{L}{6,}$/u.test(w));
    const typed = i % 3 === 0 ? String(c.figures[0]?.value ?? 1000) : (words[i % Math.max(1, words.length)] ?? 'Regierung').slice(0, 3 + (i % 5));
    const s = cpuMs();
    idx.claimsByText(typed, 200);
    kt.push(cpuMs() - s);
  }
  return kt.sort((x, y) => x - y);
}

function claimCount(idx: CorpusIndex): number {
  let c = 0;
  for (const p of idx.paths()) c += idx.get(p)?.claims.length ?? 0;
  return c;
}

function latency(label: string, q: { times: number[]; wall: number[] }): string {
  return `${label} p50 ${pct(q.times, 50).toFixed(2)} ms, p95 ${pct(q.times, 95).toFixed(2)} ms, max ${pct(q.times, 100).toFixed(1)} ms (wall p95 ${pct(q.wall, 95).toFixed(2)} ms)`;
}

/** Reopen part: a fresh process adopts the snapshot and answers queries. */
async function reopenPart(snapFile: string): Promise<void> {
  // As the extension reopens its cache: read, parse, adopt; the text and the parsed snapshot are not kept.
  let json: string | null = null;
  const tRead = timed(() => void (json = fs.readFileSync(snapFile, 'utf8')));
  let parsed: unknown = null;
  const tParse = timed(() => void (parsed = JSON.parse(json as string)));
  json = null;
  let adopted: CorpusIndex | null = null;
  const tAdopt = timed(() => void (adopted = CorpusIndex.fromSnapshot(parsed, { consume: true })));
  parsed = null;
  const idx = adopted as unknown as CorpusIndex;
  gc();
  const mAdopted = process.memoryUsage();
  console.log(
    `  warm reopen of ${idx.size} articles in a fresh process: parse ${secs(tParse)} + adopt ${secs(tAdopt)} = ${((tParse.cpu + tAdopt.cpu) / 1000).toFixed(2)} s CPU (goal ≤ 1 s; reading the file ${secs(tRead)})`,
  );
  const picks = pickClaims(idx);
  const first = timed(() => idx.crossReference(picks[0].path, picks[0].id));
  console.log(`  first query after reopen (norms and figure buckets built once): ${first.cpu.toFixed(0)} ms CPU`);
  const claims = claimCount(idx);
  const q1 = queryPass(idx);
  const q2 = queryPass(idx);
  const kt = keystrokes(idx);
  console.log(
    `  query (CPU) at ${claims} claims (${idx.size} articles), ${q1.times.length} claims with figures, ${(q1.links / Math.max(1, q1.times.length)).toFixed(1)} links/claim: ` +
      `${latency('first pass in the fresh process', q1)}; ${latency('again', q2)} (goal p95 ≤ 5 ms); find-claims keystroke p50 ${pct(kt, 50).toFixed(2)} ms, p95 ${pct(kt, 95).toFixed(2)} ms`,
  );
  gc();
  const m = process.memoryUsage();
  console.log(
    `  reopened index: ${mb(mAdopted.heapUsed)} heap + ${mb(mAdopted.arrayBuffers)} array buffers after adopting, ${mb(m.heapUsed)} + ${mb(m.arrayBuffers)} with the queries' caches; ` +
      `peak RSS of this process ${mb(maxRss())} (goal ≤ 300 MB)`,
  );
  // Smaller corpora: articles removed, latest copies first.
  const order: string[] = [];
  for (let k = 0; k < 20; k++) for (let i = 0; i < 1100; i++) order.push(articlePath(k, i));
  let c = claims;
  for (const want of [100000, 50000, 10000, 1000]) {
    if (c <= want) continue;
    while (c > want && order.length > 0) {
      const p = order.pop() as string;
      c -= idx.get(p)?.claims.length ?? 0;
      idx.remove(p);
    }
    const q = queryPass(idx);
    const k2 = keystrokes(idx);
    console.log(
      `  query (CPU) at ${claimCount(idx)} claims (${idx.size} articles): ${latency('', q).trim()}, ${(q.links / Math.max(1, q.times.length)).toFixed(1)} links/claim; find-claims keystroke p50 ${pct(k2, 50).toFixed(2)} ms, p95 ${pct(k2, 95).toFixed(2)} ms`,
    );
  }
}

/** Claims of the largest index the query latency is measured at (issue: p50/p95 at 1k, 10k and 100k claims). */
const SCALE_CLAIMS = Number(process.env.XREF_BENCH_SCALE_CLAIMS) > 0 ? Number(process.env.XREF_BENCH_SCALE_CLAIMS) : 100000;

/**
 * Scale part: a fresh process indexes perturbed copies until the index holds SCALE_CLAIMS claims (about
 * 15,000 articles), then measures queries there: the cost per article and per query at half again the size.
 */
async function scalePart(): Promise<void> {
  const base = readCorpus(CSV);
  const { analyze } = loadAnalyze();
  const idx = new CorpusIndex();
  let claims = 0;
  let coldCpu = 0;
  for (let k = 0; claims < SCALE_CLAIMS && k < 40; k++) {
    for (let i = 0; i < base.length && claims < SCALE_CLAIMS; i++) {
      const text = perturb(base[i], k);
      const a = analyze(text, { path: articlePath(k, i) });
      const c0 = cpuMs();
      idx.upsert(a, `${k}:${i}`, text);
      coldCpu += cpuMs() - c0;
      claims += a.claims.length;
    }
  }
  const q1 = queryPass(idx);
  const q2 = queryPass(idx);
  const kt = keystrokes(idx);
  console.log(
    `  query (CPU) at ${claimCount(idx)} claims (${idx.size} articles; cold index ${(coldCpu / 1000).toFixed(1)} s CPU, ` +
      `${((1000 * coldCpu) / idx.size).toFixed(0)} µs/article; peak RSS ${mb(maxRss())} with the analyses' transients): ` +
      `${latency('first pass', q1)}; ${latency('again', q2)}, ${(q2.links / Math.max(1, q2.times.length)).toFixed(1)} links/claim; ` +
      `find-claims keystroke p50 ${pct(kt, 50).toFixed(2)} ms, p95 ${pct(kt, 95).toFixed(2)} ms`,
  );
}

/** Runs one part in a child process (same node, --expose-gc) and waits for it. */
function part(name: string, snapFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--xref-part', name, snapFile], { execArgv: ['--expose-gc'], stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xref bench: part ${name} exited with ${code}`))));
  });
}

export async function run(): Promise<void> {
  if (!fs.existsSync(CSV)) {
    console.log(`xref bench: skipped, corpus not found at ${CSV}`);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-lens-xref-bench-'));
  const snapFile = path.join(tmp, 'index.json');
  try {
    await part('build', snapFile);
    await part('reopen', snapFile);
    await part('scale', snapFile);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const at = process.argv.indexOf('--xref-part');
  const parts: Record<string, (snapFile: string) => Promise<void>> = { build: buildPart, reopen: reopenPart, scale: scalePart };
  const job = at >= 0 ? parts[process.argv[at + 1]](process.argv[at + 2]) : run();
  job.catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
