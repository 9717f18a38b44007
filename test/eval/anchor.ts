/**
 * Converts scratch annotations (exact phrases, kept OUTSIDE the repository)
 * into committed gold (offsets only). Usage:
 *   node out/test/eval/anchor.js <scratch dir> [--report FILE]
 *
 * Scratch format, one `.ann` file per article:
 *   @ corpus:425                      (or: @ seed:000_xxx.txt)
 *   F <span> | <numeral> | <value or low-high> | <qualifier> | <unit or ->
 *   A <region> | <cue> | <source or -> | <actor or -> | <kind>   (alternative actors: `A; B`)
 *   Q <inner> | <speaker or ->
 * A <span>/<region>/<inner> pattern is literal text; `...` is a gap of up to
 * 600 characters; whitespace matches any whitespace. It is searched from the
 * start of the previous item of the same type (items in text order); a leading
 * `^` searches from the beginning. <numeral>, <cue>, <source> are searched
 * inside the matched span; a `#n` suffix picks the n-th occurrence there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AttributionKind, Qualifier } from '../../src/core/types';
import { findRepoRoot, sha256, sharedDir, SourceReader } from './corpus';
import { type GoldArticle, type GoldFile, goldDir, type Split, SPLITS } from './gold';
import { draw } from './sample';
import { drawDev2 } from './sample-dev2';
import { drawDev3, drawDev4, drawDev5 } from './sample-dev3';

const QUALIFIERS = new Set<Qualifier>(['exact', 'approx', 'at-least', 'more-than', 'at-most', 'less-than', 'range']);
const KINDS = new Set<AttributionKind>(['according-to', 'said', 'direct-quote', 'reported']);

function patternToRegex(p: string): RegExp {
  const parts = p.split('...').map((s) =>
    s
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  return new RegExp(parts.join('[\\s\\S]{0,600}?'), 'g');
}

function find(text: string, pattern: string, from: number, to: number): { start: number; end: number } | null {
  let nth = 1;
  const m = /#(\d+)$/.exec(pattern);
  if (m) {
    nth = Number(m[1]);
    pattern = pattern.slice(0, m.index);
  }
  const re = patternToRegex(pattern);
  re.lastIndex = from;
  let hit: RegExpExecArray | null = null;
  for (let k = 0; k < nth; k++) {
    hit = re.exec(text);
    if (!hit) return null;
    if (hit[0].length === 0) re.lastIndex++;
  }
  if (!hit || hit.index + hit[0].length > to) return null;
  return { start: hit.index, end: hit.index + hit[0].length };
}

/** Alternative names are written `A; B` in scratch files (`|` separates fields) and stored `A|B`. */
function alternatives(name: string): string {
  return name
    .split(';')
    .map((x) => x.trim())
    .join('|');
}

function parseValue(v: string): { value: number; low: number | null; high: number | null } {
  const r = /^(-?[\d.e+]+)\s*-\s*([\d.e+]+)$/.exec(v);
  if (r) return { value: Number(r[2]), low: Number(r[1]), high: Number(r[2]) };
  const x = v.includes('/') ? Number(v.split('/')[0]) / Number(v.split('/')[1]) : Number(v);
  return { value: x, low: null, high: null };
}

interface Issue {
  file: string;
  line: number;
  msg: string;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0];
  const reportAt = args.indexOf('--report');
  const reportFile = reportAt >= 0 ? args[reportAt + 1] : null;
  const root = findRepoRoot(__dirname);
  const reader = new SourceReader(sharedDir(root));
  const rows = reader.corpusRows();
  if (!rows) throw new Error('shared corpus missing');
  const splitOf = new Map<string, { split: Split; label: string }>();
  for (const d of [...draw(rows), ...drawDev2(rows), ...drawDev3(rows), ...drawDev4(rows), ...drawDev5(rows)]) splitOf.set(d.source, { split: d.split, label: d.label });

  const out = new Map<Split, GoldArticle[]>(SPLITS.map((s) => [s, []]));
  const issues: Issue[] = [];
  const report: string[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
    let art: GoldArticle | null = null;
    let text = '';
    const cursor = { F: 0, A: 0, Q: 0 };
    const fail = (line: number, msg: string) => issues.push({ file: name, line: line + 1, msg });
    lines.forEach((raw, ln) => {
      const line = raw.trim();
      if (!line || line.startsWith('//')) return;
      const tag = line[0];
      if (tag === '@') {
        const source = line.slice(1).trim();
        const t = reader.read(source);
        if (t === null) return fail(ln, `no text for ${source}`);
        text = t;
        const where = source.startsWith('seed:') ? { split: 'seeds' as Split, label: 'seed' } : splitOf.get(source);
        if (!where) return fail(ln, `${source} is not in the draw`);
        art = { source, label: where.label, sha256: sha256(t), length: t.length, figures: [], attributions: [], quotes: [] };
        out.get(where.split)!.push(art);
        report.push(`\n=== ${source} (${where.split})`);
        return;
      }
      if (!art) return fail(ln, 'item before @ line');
      const a: GoldArticle = art;
      const f = line.slice(1).split('|').map((s) => s.trim());
      if (tag !== 'F' && tag !== 'A' && tag !== 'Q') return fail(ln, `unknown tag ${tag}`);
      let pat = f[0];
      let from = cursor[tag];
      if (pat.startsWith('^')) {
        pat = pat.slice(1);
        from = 0;
      }
      const span = find(text, pat, from, text.length);
      if (!span) return fail(ln, `not found: ${f[0]}`);
      cursor[tag] = span.start;
      const sub = (p: string) => find(text, p, span.start, span.end);
      if (tag === 'F') {
        if (f.length !== 5) return fail(ln, 'F needs 5 fields');
        const num = sub(f[1]);
        if (!num) return fail(ln, `numeral not in span: ${f[1]}`);
        const v = parseValue(f[2]);
        if (!Number.isFinite(v.value)) return fail(ln, `bad value ${f[2]}`);
        const q = f[3] as Qualifier;
        if (!QUALIFIERS.has(q)) return fail(ln, `bad qualifier ${f[3]}`);
        if ((q === 'range') !== (v.low !== null)) return fail(ln, 'range qualifier and low-high value go together');
        a.figures.push({ ...span, numStart: num.start, numEnd: num.end, ...v, qualifier: q, unit: f[4] === '-' ? null : f[4] });
        report.push(`F [${text.slice(span.start, span.end)}] num=[${text.slice(num.start, num.end)}] ${f[2]} ${q} ${f[4]}`);
      } else if (tag === 'A') {
        if (f.length !== 5) return fail(ln, 'A needs 5 fields');
        const cue = sub(f[1]);
        if (!cue) return fail(ln, `cue not in region: ${f[1]}`);
        const src = f[2] === '-' ? null : sub(f[2]);
        if (f[2] !== '-' && !src) return fail(ln, `source not in region: ${f[2]}`);
        const kind = f[4] as AttributionKind;
        if (!KINDS.has(kind)) return fail(ln, `bad kind ${f[4]}`);
        a.attributions.push({
          cueStart: cue.start,
          cueEnd: cue.end,
          sourceStart: src ? src.start : null,
          sourceEnd: src ? src.end : null,
          actor: f[3] === '-' ? null : alternatives(f[3]),
          kind,
        });
        report.push(`A cue=[${text.slice(cue.start, cue.end)}] src=[${src ? text.slice(src.start, src.end) : ''}] ${f[3]} ${kind}`);
      } else {
        if (f.length !== 2) return fail(ln, 'Q needs 2 fields');
        a.quotes.push({ innerStart: span.start, innerEnd: span.end, speaker: f[1] === '-' ? null : alternatives(f[1]) });
        report.push(`Q [${text.slice(span.start, Math.min(span.end, span.start + 60))}…] ${f[1]}`);
      }
    });
    if (art) {
      const a: GoldArticle = art;
      a.figures.sort((x, y) => x.start - y.start || x.numStart - y.numStart);
      a.attributions.sort((x, y) => x.cueStart - y.cueStart || (x.sourceStart ?? 0) - (y.sourceStart ?? 0));
      a.quotes.sort((x, y) => x.innerStart - y.innerStart);
      // Coverage aid: numerals outside every gold figure (years and "12." ordinals/dates left out).
      const covered = (i: number) => a.figures.some((g) => i >= g.start && i < g.end);
      const misses: string[] = [];
      for (const m of text.matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu)) {
        if (covered(m.index!)) continue;
        if (/^(?:1[89]|20)\d\d$/.test(m[0]) || text[m.index! + m[0].length] === '.') continue;
        misses.push(`${m[0]}: …${text.slice(Math.max(0, m.index! - 30), m.index! + m[0].length + 25)}…`);
      }
      const seen = new Set<string>();
      for (const x of a.attributions) {
        const k = `${x.cueStart}:${x.cueEnd}:${x.sourceStart}`;
        if (seen.has(k)) issues.push({ file: name, line: 0, msg: `two attributions on one cue and source at ${x.cueStart}` });
        seen.add(k);
      }
      for (const kind of ['figures', 'quotes'] as const) {
        const starts = (a[kind] as Array<{ start?: number; innerStart?: number }>).map((x) => x.start ?? x.innerStart);
        if (new Set(starts).size !== starts.length) issues.push({ file: name, line: 0, msg: `two ${kind} at one offset` });
      }
      if (misses.length) report.push('  uncovered numerals:\n    ' + misses.join('\n    '));
    }
  }
  for (const [split, articles] of out) {
    if (!articles.length) continue;
    articles.sort((x, y) => x.source.localeCompare(y.source, 'en', { numeric: true }));
    const g: GoldFile = { schema: 'claim-lens/gold@1', split, articles };
    fs.writeFileSync(path.join(goldDir(root), `${split}.json`), serialize(g));
  }
  if (reportFile) fs.writeFileSync(reportFile, report.join('\n') + '\n');
  for (const i of issues) console.error(`${i.file}:${i.line}: ${i.msg}`);
  const n = (s: Split) => out.get(s)!.length;
  console.log(`anchored: seeds ${n('seeds')}, dev ${n('dev')}, test ${n('test')}, dev2 ${n('dev2')}, dev3 ${n('dev3')}, dev4 ${n('dev4')}, dev5 ${n('dev5')} articles; ${issues.length} issue(s)`);
  if (issues.length) process.exitCode = 1;
}

/** One item per line: small diffs, easy to review. */
function serialize(g: GoldFile): string {
  const arts = g.articles.map((a) => {
    const items = (xs: object[]) => (xs.length ? '[\n' + xs.map((x) => '        ' + JSON.stringify(x)).join(',\n') + '\n      ]' : '[]');
    return [
      '    {',
      `      "source": ${JSON.stringify(a.source)}, "label": ${JSON.stringify(a.label)}, "sha256": ${JSON.stringify(a.sha256)}, "length": ${a.length},`,
      `      "figures": ${items(a.figures)},`,
      `      "attributions": ${items(a.attributions)},`,
      `      "quotes": ${items(a.quotes)}`,
      '    }',
    ].join('\n');
  });
  return `{\n  "schema": "claim-lens/gold@1",\n  "split": ${JSON.stringify(g.split)},\n  "articles": [\n${arts.join(',\n')}\n  ]\n}\n`;
}

main();
