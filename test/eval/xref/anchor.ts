/**
 * Converts scratch cross-reference annotations (exact phrases, kept OUTSIDE
 * the repository) into the committed gold (offsets only):
 *   node out/test/eval/xref/anchor.js <scratch dir> [--report FILE] [--merge]
 * (--merge keeps the clusters of the committed gold that the scratch dir does
 * not hold, with their articles: scratch files of earlier rounds need not be
 * kept to add clusters)
 *
 * Scratch format, one `.xann` file per story cluster:
 *   cluster <id> | <topic in our own words> [| dev]
 * (`| dev`: a cluster added after the split rule was fixed; it is dev and
 * takes no part in the alternation, see GUIDELINES.md)
 *   @ corpus:54                            (or: @ seed:000_xxx.txt)
 *   F <quantity or -> | <span> | <numeral> | <value or low-high> [| <label>]
 *   X <label> | <label> | <why unrelated>
 * <span> is literal text (`...` a gap of up to 600 characters, whitespace
 * matches any whitespace), searched from the start of the article; a `#n`
 * suffix takes the n-th occurrence. <numeral> is searched inside the span
 * (`#n` likewise). Figures of one quantity in different articles become
 * gold pairs (same value: same-figure, else different-figure); `-` marks a
 * look-alike that only serves `X` (unrelated) pairs. Labels are global.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findRepoRoot, sha256, sharedDir, SourceReader } from '../corpus';
import {
  assignSplits,
  quantityPairs,
  SPLIT_RULE,
  type XrefGoldArticle,
  type XrefGoldCluster,
  type XrefGoldFigure,
  type XrefGoldFile,
  type XrefGoldPair,
  type XrefSplit,
  loadXrefGold,
  xrefGoldFile,
} from './gold';

function patternToRegex(p: string): RegExp {
  const parts = p.split('...').map((s) =>
    s
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  return new RegExp(parts.join('[\\s\\S]{0,600}?'), 'g');
}

export function findPattern(text: string, pattern: string, from: number, to: number): { start: number; end: number } | null {
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

function parseValue(v: string): { value: number; low: number | null } {
  const r = /^(-?[\d.e+]+)\s*-\s*([\d.e+]+)$/.exec(v);
  if (r) return { value: Number(r[2]), low: Number(r[1]) };
  return { value: Number(v), low: null };
}

interface Draft {
  id: string;
  topic: string;
  /** A split given on the cluster line (clusters added after the split rule was fixed are `dev`). */
  split?: XrefSplit;
  figures: XrefGoldFigure[];
  unrelated: Array<{ a: string; b: string; note: string }>;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args[0];
  if (!dir) {
    console.error('usage: anchor <scratch dir> [--report FILE] [--merge]');
    process.exit(2);
  }
  const reportAt = args.indexOf('--report');
  const reportFile = reportAt >= 0 ? args[reportAt + 1] : null;
  const root = findRepoRoot(__dirname);
  const reader = new SourceReader(sharedDir(root));
  const rows = reader.corpusRows();
  if (!rows) throw new Error('shared corpus missing');

  const issues: string[] = [];
  const report: string[] = [];
  const articles = new Map<string, XrefGoldArticle>();
  const labels = new Map<string, XrefGoldFigure>();
  const drafts: Draft[] = [];
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.xann')).sort()) {
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
    let draft: Draft | null = null;
    let source: string | null = null;
    let text = '';
    lines.forEach((raw, ln) => {
      const fail = (msg: string) => issues.push(`${name}:${ln + 1}: ${msg}`);
      const line = raw.trim();
      if (!line || line.startsWith('//')) return;
      if (line.startsWith('cluster ')) {
        const [id, topic, split] = line.slice(8).split('|').map((s) => s.trim());
        if (split !== undefined && split !== 'dev') return fail(`a cluster line may only name the dev split, not ${split}`);
        draft = { id, topic: topic ?? '', figures: [], unrelated: [], ...(split ? { split: 'dev' as const } : {}) };
        drafts.push(draft);
        report.push(`\n##### cluster ${id}`);
        return;
      }
      if (!draft) return fail('item before cluster line');
      const d: Draft = draft;
      if (line.startsWith('@')) {
        source = line.slice(1).trim();
        const t = reader.read(source);
        if (t === null) {
          source = null;
          return fail(`no text for ${line}`);
        }
        text = t;
        if (!articles.has(source)) {
          const label = source.startsWith('seed:') ? 'seed' : rows[Number(source.slice(7))].label;
          articles.set(source, { source, label, sha256: sha256(t), length: t.length });
        }
        report.push(`=== ${source}`);
        return;
      }
      const f = line.slice(1).split('|').map((s) => s.trim());
      if (line[0] === 'X') {
        if (f.length !== 3) return fail('X needs 3 fields');
        d.unrelated.push({ a: f[0], b: f[1], note: f[2] });
        return;
      }
      if (line[0] !== 'F') return fail(`unknown tag ${line[0]}`);
      if (!source) return fail('F before @');
      if (f.length !== 4 && f.length !== 5) return fail('F needs 4 or 5 fields');
      const span = findPattern(text, f[1], 0, text.length);
      if (!span) return fail(`span not found: ${f[1]}`);
      const num = findPattern(text, f[2], span.start, span.end);
      if (!num) return fail(`numeral not in span: ${f[2]}`);
      const v = parseValue(f[3]);
      if (!Number.isFinite(v.value)) return fail(`bad value ${f[3]}`);
      const fig: XrefGoldFigure = {
        id: `${source}@${num.start}`,
        source,
        numStart: num.start,
        numEnd: num.end,
        value: v.value,
        low: v.low,
        quantity: f[0] === '-' ? null : f[0],
      };
      if (d.figures.some((x) => x.id === fig.id)) return fail(`figure anchored twice: ${fig.id}`);
      d.figures.push(fig);
      if (f[4]) {
        if (labels.has(f[4])) return fail(`label used twice: ${f[4]}`);
        labels.set(f[4], fig);
      }
      const ctx = text.slice(Math.max(0, num.start - 40), num.end + 30).replace(/\s+/g, ' ');
      report.push(`F ${fig.quantity ?? '-'} ${fig.value}${fig.low !== null ? ` (low ${fig.low})` : ''}: …${ctx}…`);
    });
  }

  const clusters: XrefGoldCluster[] = [];
  for (const d of drafts) {
    const members = Array.from(new Set(d.figures.filter((x) => x.quantity !== null).map((x) => x.source)));
    const pairs: XrefGoldPair[] = quantityPairs(d.figures);
    for (const u of d.unrelated) {
      const a = labels.get(u.a);
      const b = labels.get(u.b);
      if (!a || !b) {
        issues.push(`${d.id}: unknown label in X ${u.a} | ${u.b}`);
        continue;
      }
      if (a.source === b.source) issues.push(`${d.id}: unrelated pair inside one article: ${u.a} | ${u.b}`);
      pairs.push({ a: a.id, b: b.id, relation: 'unrelated', note: u.note });
      // A figure borrowed from another cluster is stored in this one too, so every pair resolves locally.
      for (const x of [a, b]) if (!d.figures.some((y) => y.id === x.id)) d.figures.push({ ...x, quantity: null });
    }
    clusters.push({ id: d.id, split: 'dev', topic: d.topic, members, figures: d.figures, pairs, ...(d.split ? { added: true as const } : {}) });
  }
  if (args.includes('--merge') && fs.existsSync(xrefGoldFile(root))) {
    const before = loadXrefGold(root);
    const used = new Set<string>();
    for (const c of before.clusters) {
      if (drafts.some((d) => d.id === c.id)) continue;
      clusters.push(c);
      for (const f of c.figures) used.add(f.source);
    }
    for (const a of before.articles) if (used.has(a.source) && !articles.has(a.source)) articles.set(a.source, a);
  }
  const splits = assignSplits(clusters);
  for (const c of clusters) c.split = splits.get(c.id)!;
  clusters.sort((x, y) => (x.split === y.split ? 0 : x.split === 'seeds' ? -1 : y.split === 'seeds' ? 1 : x.split < y.split ? -1 : 1) || (x.id < y.id ? -1 : 1));

  const gold: XrefGoldFile = {
    schema: 'claim-lens/xref-gold@1',
    splitRule: SPLIT_RULE,
    articles: Array.from(articles.values()).sort((x, y) => x.source.localeCompare(y.source, 'en', { numeric: true })),
    clusters,
  };
  fs.writeFileSync(xrefGoldFile(root), serialize(gold));
  if (reportFile) fs.writeFileSync(reportFile, report.join('\n') + '\n');
  for (const i of issues) console.error(i);
  for (const c of clusters) {
    const n = (r: string) => c.pairs.filter((p) => p.relation === r).length;
    console.log(`${c.split.padEnd(5)} ${c.id.padEnd(16)} ${c.members.length} articles, same ${n('same-figure')}, different ${n('different-figure')}, unrelated ${n('unrelated')}`);
  }
  if (issues.length) process.exitCode = 1;
}

/** One item per line: small diffs, easy to review. */
function serialize(g: XrefGoldFile): string {
  const list = (xs: object[], indent: string) => (xs.length ? '[\n' + xs.map((x) => indent + JSON.stringify(x)).join(',\n') + '\n' + indent.slice(2) + ']' : '[]');
  const clusters = g.clusters.map((c) =>
    [
      '    {',
      `      "id": ${JSON.stringify(c.id)}, "split": ${JSON.stringify(c.split)},${c.added ? ' "added": true,' : ''}`,
      `      "topic": ${JSON.stringify(c.topic)},`,
      `      "members": ${JSON.stringify(c.members)},`,
      `      "figures": ${list(c.figures, '        ')},`,
      `      "pairs": ${list(c.pairs, '        ')}`,
      '    }',
    ].join('\n'),
  );
  return [
    '{',
    '  "schema": "claim-lens/xref-gold@1",',
    `  "splitRule": ${JSON.stringify(g.splitRule)},`,
    `  "articles": ${list(g.articles, '    ')},`,
    `  "clusters": [\n${clusters.join(',\n')}\n  ]`,
    '}',
    '',
  ].join('\n');
}

if (require.main === module) main();
