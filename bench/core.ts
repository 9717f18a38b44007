/**
 * Reading-core benchmark over the 1,028 corpus articles (../shared/corpus):
 * in-process throughput and per-stage times, per-article latency, heap, and
 * the whole `claim-lens analyze` process end to end (spawned, output
 * discarded) with its peak RSS.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../src/core/analyze';
import { findRepoRoot, parseCorpusCsv, sharedDir } from '../test/eval/corpus';

const mb = (b: number) => (b / 1048576).toFixed(1) + ' MB';

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function run(): Promise<void> {
  const root = findRepoRoot(__dirname);
  const csv = path.join(sharedDir(root), 'corpus', '10kgnad-test.csv');
  if (!fs.existsSync(csv)) {
    console.log(`core: SKIPPED — ${csv} not found (the corpus lives in ../shared beside the checkout)`);
    return;
  }
  const rows = parseCorpusCsv(fs.readFileSync(csv, 'utf8'));
  const texts = rows.map((r) => r.text);
  const chars = texts.reduce((s, t) => s + t.length, 0);
  console.log(`corpus: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M chars`);

  // Warm-up (JIT), then measured passes.
  for (let i = 0; i < Math.min(100, texts.length); i++) analyzeArticle(texts[i]);
  const passes = 3;
  const timings: Record<string, number> = {};
  const lat: number[] = [];
  let counts = { numbers: 0, attributions: 0, quotes: 0, claims: 0 };
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let heapPeak = heap0;
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) {
    counts = { numbers: 0, attributions: 0, quotes: 0, claims: 0 };
    for (const t of texts) {
      const a0 = performance.now();
      const a = analyzeArticle(t, { timings });
      lat.push(performance.now() - a0);
      counts.numbers += a.numbers.length;
      counts.attributions += a.attributions.length;
      counts.quotes += a.quotes.length;
      counts.claims += a.claims.length;
    }
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const ms = (performance.now() - t0) / passes;
  lat.sort((a, b) => a - b);
  console.log(`in-process analysis: ${(chars / 1e6 / (ms / 1000)).toFixed(2)} M chars/s (${ms.toFixed(0)} ms per pass of the corpus)`);
  console.log(`  found per pass: ${counts.numbers} figures, ${counts.attributions} attributions, ${counts.quotes} quotes, ${counts.claims} claims`);
  console.log(`  per-article latency: p50 ${percentile(lat, 50).toFixed(2)} ms, p95 ${percentile(lat, 95).toFixed(2)} ms, max ${lat[lat.length - 1].toFixed(2)} ms`);
  console.log('  per stage (share of time, M chars/s of that stage alone):');
  const total = Object.values(timings).reduce((s, v) => s + v, 0);
  for (const [stage, v] of Object.entries(timings)) {
    const perPass = v / passes;
    console.log(`    ${stage.padEnd(10)} ${((100 * v) / total).toFixed(1).padStart(5)} %  ${(chars / 1e6 / (perPass / 1000)).toFixed(1).padStart(7)} M chars/s`);
  }
  console.log(`  heap: ${mb(heap0)} before, ${mb(heapPeak)} peak`);

  // Large single article: the corpus joined into ~2.7 MB of text, one call.
  const big = texts.join('\n\n');
  const b0 = performance.now();
  const ba = analyzeArticle(big);
  const bms = performance.now() - b0;
  console.log(`one ${(big.length / 1e6).toFixed(1)} M-char article: ${bms.toFixed(0)} ms (${(big.length / 1e6 / (bms / 1000)).toFixed(2)} M chars/s), ${ba.claims.length} claims`);

  // The whole CLI process end to end on the corpus written out as files.
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    console.log('cli: dist/cli.js missing (run npm run build)');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claim-lens-bench-'));
  try {
    texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), t));
    const preload = path.join(dir, '..', `claim-lens-rss-${process.pid}.js`);
    fs.writeFileSync(preload, "process.on('exit',()=>{const r=process.resourceUsage();process.stderr.write('\\nMAXRSS '+r.maxRSS+' CPU '+(r.userCPUTime+r.systemCPUTime)+'\\n')});");
    /** Best of 3 (wall, and CPU of all the process's threads) of `claim-lens analyze` on `inputs`. */
    const measure = (inputs: string[], extra: string[]) => {
      const runs: number[] = [];
      const cpus: number[] = [];
      let rss = 0;
      for (let i = 0; i < 3; i++) {
        const s0 = performance.now();
        const r = spawnSync(process.execPath, ['-r', preload, cli, 'analyze', ...inputs, '--format', 'json', ...extra], { maxBuffer: 1 << 30, encoding: 'utf8' });
        runs.push(performance.now() - s0);
        const m = /MAXRSS (\d+) CPU (\d+)/.exec(r.stderr ?? '');
        if (m) {
          rss = Math.max(rss, +m[1] * 1024);
          cpus.push(+m[2] / 1000);
        }
        if (r.status !== 0) console.log(`cli exited ${r.status}: ${(r.stderr ?? '').slice(0, 300)}`);
      }
      return { wall: Math.min(...runs), cpu: Math.min(...cpus), rss };
    };
    // One untimed run first: it leaves the code cache (see src/cliLaunch.ts) that every later run starts from.
    measure([path.join(dir, 'a0000.txt')], []);
    const small = measure([path.join(dir, 'a0000.txt')], []);
    let single = 0;
    for (const jobs of ['1', 'auto']) {
      const r = measure([dir], jobs === 'auto' ? [] : ['--jobs', jobs]);
      if (jobs === '1') single = r.wall;
      console.log(
        `claim-lens analyze <1,028 files> --jobs ${jobs} (whole process, best of 3): ${r.wall.toFixed(0)} ms wall → ${(chars / 1e6 / (r.wall / 1000)).toFixed(2)} M chars/s; ` +
          `CPU ${r.cpu.toFixed(0)} ms (all threads${jobs === '1' ? '' : ': main + workers'}); peak RSS ${mb(r.rss)}`,
      );
    }
    console.log(
      `  start-up and exit (the same process on one ${(texts[0].length / 1000).toFixed(1)} k-char article): ${small.wall.toFixed(0)} ms wall, CPU ${small.cpu.toFixed(0)} ms ` +
        `— ${((100 * small.wall) / single).toFixed(0)} % of the --jobs 1 run`,
    );
    fs.rmSync(preload, { force: true });
    console.log(`  load average now: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores (wall-clock figures shrink on a quiet machine)`);
    console.log(`  (Recognizers-Text number model alone: ~0.25 M chars/s; goal ≥ 2.5 M chars/s end to end)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
