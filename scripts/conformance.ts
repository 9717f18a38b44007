/**
 * Conformance of the figures recogniser against a peer's German number specs
 * (Microsoft Recognizers-Text, `../shared/specs/recognizers-text/Number-German/NumberModel.json`).
 *
 *   npm run conformance            (builds, then runs out/scripts/conformance.js)
 *
 * A case passes when every expected value is among the values we report
 * (value, and low/high of ranges). Expected results for the indefinite
 * article ("ein", "eine", "einer" = 1) are ignored: in news text those are
 * not figures. Exits 0 and says so when the specs are absent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNumbers } from '../src/core/numbers';

interface SpecResult {
  Text: string;
  Resolution?: { value?: string };
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  Comment?: string;
}

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return start;
    dir = up;
  }
}

const INDEFINITE = new Set(['ein', 'eine', 'einer', 'einen', 'einem', 'eines']);

/** "0,5" → 0.5, "2000,352" → 2000.352 (the spec writes German decimals). */
function specValue(s: string): number {
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-6;
}

function main(): number {
  const root = findRepoRoot(__dirname);
  const file = path.resolve(root, '..', 'shared', 'specs', 'recognizers-text', 'Number-German', 'NumberModel.json');
  if (!fs.existsSync(file)) {
    console.log(`conformance: skipped — spec file not found at ${file}`);
    return 0;
  }
  const cases = JSON.parse(fs.readFileSync(file, 'utf8')) as SpecCase[];
  let passed = 0;
  for (const c of cases) {
    const found = findNumbers(c.Input, 'de');
    const values: number[] = [];
    for (const m of found) {
      values.push(m.value);
      if (m.low !== null) values.push(m.low);
      if (m.high !== null) values.push(m.high);
    }
    const expected = (c.Results ?? []).filter((r) => !INDEFINITE.has(r.Text.trim().toLowerCase()));
    const missing = expected.filter((r) => {
      const v = specValue(r.Resolution?.value ?? 'NaN');
      return !values.some((x) => close(x, v));
    });
    if (missing.length === 0) passed++;
    else {
      console.log(`FAIL ${JSON.stringify(c.Input.length > 120 ? c.Input.slice(0, 117) + '…' : c.Input)}`);
      console.log(`     missing: ${missing.map((r) => `${r.Text}=${r.Resolution?.value}`).join(', ')}`);
      console.log(`     found:   ${found.map((m) => `${JSON.stringify(m.text)}=${m.value}`).join(', ') || '(none)'}`);
    }
  }
  console.log(`conformance: ${passed} of ${cases.length} cases passed`);
  return 0;
}

process.exitCode = main();
