/**
 * Speed of the figures stage alone (`findNumbers`) on the corpus, in CPU time
 * (`process.cpuUsage()`, user + system), since the machine is shared and wall
 * clock is noisy. The first pass runs with a cold JIT, as the CLI does; the
 * warm figure is the median of the following passes.
 *
 *   npx tsc -p . && node --expose-gc out/bench/numbers.js [passes]
 *
 * Skips itself when `../shared/corpus/10kgnad-test.csv` is missing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNumbers } from '../src/core/numbers';
import { CORPUS_FILE, findRepoRoot, parseCorpusCsv, sharedDir } from '../test/eval/corpus';

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

function main(): void {
  const root = findRepoRoot(__dirname);
  const file = path.join(sharedDir(root), 'corpus', CORPUS_FILE);
  if (!fs.existsSync(file)) {
    console.log(`bench/numbers: skipped — corpus not found at ${file}`);
    return;
  }
  // parseCorpusCsv builds each text by appending characters (a deep rope); the first charCodeAt would
  // flatten it, which is the parser's cost, not ours. Re-decode each text into a flat string, as a CLI
  // reading a file gets it.
  const texts = parseCorpusCsv(fs.readFileSync(file, 'utf8')).map((r) => Buffer.from(r.text, 'utf8').toString('utf8'));
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const passes = Math.max(2, Number(process.argv[2] ?? 8));
  const times: number[] = [];
  let found = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let p = 0; p < passes; p++) {
    gc?.(); // the corpus parse's garbage is not the figures stage's
    const t0 = process.cpuUsage();
    let n = 0;
    for (const t of texts) n += findNumbers(t, 'de').length;
    times.push(cpuMs(t0));
    found = n;
  }
  const rate = (ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(1);
  const warm = times.slice(1).sort((a, b) => a - b);
  const med = warm[Math.floor(warm.length / 2)];
  console.log(`figures stage: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${found} figures per pass`);
  console.log(`  cold (first pass): ${times[0].toFixed(1)} ms CPU = ${rate(times[0])} M chars/s`);
  console.log(`  warm (median of ${warm.length}): ${med.toFixed(1)} ms CPU = ${rate(med)} M chars/s (best ${rate(warm[0])})`);
  if (process.env.VERBOSE) console.log(`  passes (ms CPU): ${times.map((t) => t.toFixed(0)).join(" ")}`);
}

main();
