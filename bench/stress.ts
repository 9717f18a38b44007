/**
 * `npm run stress`: hostile and huge inputs through the whole reading core.
 * Prints how time grows with input size (CPU time, best of 3) so superlinear
 * behaviour shows; fails only when analysis throws or returns inconsistent
 * spans — never on a timing.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../src/core/analyze';
import { checkAnalysis } from '../test/support/check';

const root = path.resolve(__dirname, '../..');
const samples = fs
  .readdirSync(path.join(root, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));

function cpuMs(f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  return best;
}

function growth(name: string, make: (k: number) => string): void {
  const rows: string[] = [];
  let prev = 0;
  let worst = 0;
  for (const k of [1, 2, 4, 8]) {
    const text = make(k);
    let a = analyzeArticle(text);
    const ms = cpuMs(() => {
      a = analyzeArticle(text);
    });
    checkAnalysis(text, a);
    if (prev) worst = Math.max(worst, ms / prev);
    rows.push(`${(text.length / 1e6).toFixed(2)} M chars ${ms.toFixed(0)} ms`);
    prev = ms;
  }
  console.log(`${name.padEnd(34)} ${rows.join(' · ')}  (worst growth per doubling ×${worst.toFixed(2)}; linear ≈ ×2)`);
}

function main(): void {
  const article = samples.join('\n\n');
  growth('articles joined with paragraphs', (k) => Array(k * 8).fill(article).join('\n\n'));
  growth('one line, no line breaks', (k) => Array(k * 8).fill(article.replace(/\s*\n\s*/g, ' ')).join(' '));
  growth('unbalanced quotes everywhere', (k) => Array(k * 8).fill(article.replace(/[“«]/g, '')).join('\n'));
  growth('digits and dots only', (k) => '1.2.3.4. 5,6 7 8.000. '.repeat(k * 20000));
  growth('one endless sentence, no period', (k) => 'und sagte er laut Angaben etwa 3 '.repeat(k * 15000));
  growth('quote marks only', (k) => '„"»«“”'.repeat(k * 30000));

  // A 1 MB single line and a 12 MB article.
  const oneMb = article.replace(/\n/g, ' ').repeat(Math.ceil(1_000_000 / article.length)).slice(0, 1_000_000);
  let t = cpuMs(() => checkAnalysis(oneMb, analyzeArticle(oneMb)));
  console.log(`1 MB single line: ${t.toFixed(0)} ms`);
  const twelve = Array(Math.ceil(12_000_000 / article.length)).fill(article).join('\n\n').slice(0, 12_000_000);
  const c0 = process.cpuUsage();
  const big = analyzeArticle(twelve);
  const c = process.cpuUsage(c0);
  checkAnalysis(twelve, big);
  t = (c.user + c.system) / 1000;
  console.log(`12 MB article: ${t.toFixed(0)} ms CPU, ${big.claims.length} claims, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);

  // Emoji, combining marks, BOM, NUL, lone surrogates.
  for (const odd of ['😀 Laut Polizei 12 Verletzte. 👍🏽', 'Zw\u0308o\u0301lf Menschen\u0000 starben, sagte er.', '\ud800 1.500 Soldaten \udfff', '']) {
    checkAnalysis(odd, analyzeArticle(odd));
  }
  assert.ok(true);
  console.log('stress: all inputs analysed, every span consistent');
}

main();
