import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { findRepoRoot, sha256, sharedDir, SourceReader } from '../eval/corpus';
import { findPattern } from '../eval/xref/anchor';
import {
  assignSplits,
  loadXrefGold,
  quantityPairs,
  sameValue,
  type XrefGoldCluster,
  type XrefGoldFigure,
} from '../eval/xref/gold';
import { overlaps, type PredEnd, type PredLink, type PredRelation, scoreSplit, summarize } from '../eval/xref/score';

const fig = (source: string, numStart: number, value: number, quantity: string | null, low: number | null = null): XrefGoldFigure => ({
  id: `${source}@${numStart}`,
  source,
  numStart,
  numEnd: numStart + String(value).length,
  value,
  low,
  quantity,
});

/** A link end: the claim spans [claimStart, claimStart + 100), the figure's numeral starts at numStart. */
const end = (source: string | null, claimStart: number, numStart: number | null): PredEnd => ({
  source,
  path: source ?? 'elsewhere.txt',
  claim: { start: claimStart, end: claimStart + 100 },
  num: numStart === null ? null : { start: numStart, end: numStart + 3 },
});
const link = (from: PredEnd, to: PredEnd, relation: PredRelation, score = 0.5): PredLink => ({ from, to, relation, score });

describe('eval-xref: gold helpers', () => {
  it('pairs the figures of one quantity across articles, by value', () => {
    const figs = [
      fig('corpus:1', 10, 130, 'dead'),
      fig('corpus:1', 50, 130, 'dead'), // same article: never paired with its neighbour
      fig('corpus:2', 20, 130, 'dead'),
      fig('corpus:3', 30, 129, 'dead'),
      fig('corpus:3', 70, 38, 'other'),
      fig('corpus:4', 5, 130, null), // look-alike only
    ];
    const pairs = quantityPairs(figs);
    const rel = (a: string, b: string) => pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.relation;
    assert.equal(pairs.length, 5);
    assert.equal(rel('corpus:1@10', 'corpus:2@20'), 'same-figure');
    assert.equal(rel('corpus:1@50', 'corpus:2@20'), 'same-figure');
    assert.equal(rel('corpus:2@20', 'corpus:3@30'), 'different-figure');
    assert.equal(rel('corpus:1@10', 'corpus:1@50'), undefined);
    assert.equal(rel('corpus:4@5', 'corpus:2@20'), undefined);
  });

  it('compares ranges by both bounds', () => {
    assert.ok(sameValue({ value: 4e6, low: 3e6 }, { value: 4e6, low: 3e6 }));
    assert.ok(!sameValue({ value: 4e6, low: 3e6 }, { value: 4e6, low: null }));
    assert.ok(!sameValue({ value: 4e6, low: 2e6 }, { value: 4e6, low: 3e6 }));
    assert.ok(sameValue({ value: 3.6, low: null }, { value: 3.6000000000001, low: null }));
  });

  it('splits clusters by their smallest corpus row, alternating dev and test; seeds apart', () => {
    const s = assignSplits([
      { id: 'late', members: ['corpus:900', 'corpus:12'] },
      { id: 'seed', members: ['seed:000_a.txt', 'seed:002_b.txt'] },
      { id: 'early', members: ['corpus:3', 'corpus:700'] },
      { id: 'middle', members: ['corpus:40'] },
    ]);
    assert.equal(s.get('seed'), 'seeds');
    assert.equal(s.get('early'), 'dev');
    assert.equal(s.get('late'), 'test'); // smallest row 12
    assert.equal(s.get('middle'), 'dev');
    // A cluster added later is dev and does not shift the others.
    const t = assignSplits([
      { id: 'late', members: ['corpus:900', 'corpus:12'] },
      { id: 'added', members: ['corpus:1'], added: true },
      { id: 'early', members: ['corpus:3', 'corpus:700'] },
    ]);
    assert.equal(t.get('added'), 'dev');
    assert.equal(t.get('early'), 'dev');
    assert.equal(t.get('late'), 'test');
  });

  it('anchors phrases with gaps, flexible whitespace and n-th occurrences', () => {
    const text = 'Erst kamen 1.500 Soldaten, dann  1.500 weitere Soldaten nach Russland.';
    const span = findPattern(text, 'dann 1.500 weitere', 0, text.length);
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), 'dann  1.500 weitere');
    const gap = findPattern(text, 'Erst ... Russland', 0, text.length);
    assert.equal(gap?.start, 0);
    const second = findPattern(text, '1.500#2', 0, text.length);
    assert.equal(second?.start, text.lastIndexOf('1.500'));
    assert.equal(findPattern(text, '1.500#3', 0, text.length), null);
    // The numeral must lie inside the span it is searched in.
    assert.equal(findPattern(text, 'Russland', 0, 20), null);
  });

  it('treats touching spans as not overlapping', () => {
    assert.ok(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 }));
    assert.ok(!overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }));
  });
});

describe('eval-xref: scoring', () => {
  // Two articles report the death toll (130 vs 129), a third the same 130; one look-alike 130 elsewhere.
  const cluster: XrefGoldCluster = {
    id: 'attack',
    split: 'dev',
    topic: 'death toll of one attack',
    members: ['corpus:1', 'corpus:2', 'corpus:3'],
    figures: [fig('corpus:1', 110, 130, 'dead'), fig('corpus:2', 220, 129, 'dead'), fig('corpus:3', 330, 130, 'dead'), fig('corpus:9', 990, 130, null)],
    pairs: [],
  };
  cluster.pairs = [...quantityPairs(cluster.figures), { a: 'corpus:3@330', b: 'corpus:9@990', relation: 'unrelated', note: 'another event' }];

  it('counts a pair as linked only when the link sits on both gold numerals', () => {
    const links = [
      // 1 ~ 2: right figures, right relation (reversed orientation).
      link(end('corpus:2', 200, 221), end('corpus:1', 100, 111), 'different-figure'),
      // 1 ~ 3: right claims, wrong figure in article 3 → claim level only.
      link(end('corpus:1', 100, 111), end('corpus:3', 300, 360), 'same-figure'),
      // 2 ~ 3: right figures, wrong relation.
      link(end('corpus:2', 200, 220), end('corpus:3', 300, 331), 'same-figure', 0.4),
    ];
    const s = scoreSplit([cluster], links);
    const m = summarize(s);
    assert.equal(m.pairs, 3);
    assert.equal(m.linked, 2);
    assert.equal(m.same.linked, 0);
    assert.equal(m.same.claimLinked, 1);
    assert.equal(m.different.linked, 2);
    assert.equal(m.different.correct, 1);
    assert.equal(m.relationAccuracy, 0.5);
    assert.equal(m.claimRecall, 1);
    // The claim-level-only link matches no gold pair on its figures: it is an extra link inside the cluster.
    assert.equal(m.extraLinks.sameCluster, 1);
    assert.equal(m.extraLinks.otherArticle, 0);
    assert.equal(m.unrelated.linked, 0);
  });

  it('takes the best-scoring link of a pair for the relation', () => {
    const links = [
      link(end('corpus:1', 100, 110), end('corpus:2', 200, 220), 'same-figure', 0.3),
      link(end('corpus:1', 100, 110), end('corpus:2', 200, 220), 'different-figure', 0.8),
    ];
    const m = summarize(scoreSplit([cluster], links));
    assert.equal(m.different.correct, 1);
    assert.equal(m.extraLinks.total, 0);
  });

  it('reports links on unrelated pairs and links to articles outside the cluster', () => {
    const links = [
      link(end('corpus:3', 300, 330), end('corpus:9', 900, 990), 'same-figure'),
      link(end('corpus:1', 100, 110), end(null, 0, 5), 'same-figure'),
      link(end('corpus:1', 100, null), end('corpus:2', 200, null), 'same-statement'),
      link(end('corpus:7', 700, 710), end('corpus:8', 800, 810), 'same-figure'), // not about the cluster at all
    ];
    const m = summarize(scoreSplit([cluster], links));
    assert.equal(m.unrelated.pairs, 1);
    assert.equal(m.unrelated.linked, 1);
    assert.equal(m.extraLinks.otherArticle, 2);
    assert.equal(m.otherRelationLinks, 1);
    assert.equal(m.linked, 0);
    assert.equal(m.recall, 0);
  });

  it('rejects a pair that names an unknown figure', () => {
    const broken: XrefGoldCluster = { ...cluster, pairs: [{ a: 'corpus:1@110', b: 'corpus:5@1', relation: 'same-figure' }] };
    assert.throws(() => scoreSplit([broken], []), /unknown figure/);
  });
});

describe('eval-xref: committed gold', () => {
  const root = findRepoRoot(__dirname);
  const gold = loadXrefGold(root);

  it('is consistent: known figures, cross-article pairs, quantity pairs complete, documented splits', () => {
    const sources = new Set(gold.articles.map((a) => a.source));
    const splits = assignSplits(gold.clusters);
    for (const c of gold.clusters) {
      assert.equal(c.split, splits.get(c.id), `${c.id} split`);
      const ids = new Set(c.figures.map((f) => f.id));
      assert.equal(ids.size, c.figures.length, `${c.id}: duplicate figure ids`);
      for (const f of c.figures) {
        assert.ok(sources.has(f.source), `${f.id}: article not listed`);
        assert.ok(f.numStart < f.numEnd, f.id);
      }
      const byId = new Map(c.figures.map((f) => [f.id, f]));
      for (const p of c.pairs) {
        const a = byId.get(p.a);
        const b = byId.get(p.b);
        assert.ok(a && b, `${c.id}: ${p.a} | ${p.b}`);
        assert.notEqual(a.source, b.source, `${c.id}: pair inside one article`);
      }
      const derived = quantityPairs(c.figures).length;
      assert.equal(c.pairs.filter((p) => p.relation !== 'unrelated').length, derived, `${c.id}: quantity pairs`);
    }
    for (const split of ['dev', 'test'] as const) {
      const n = gold.clusters.filter((c) => c.split === split).reduce((k, c) => k + c.pairs.filter((p) => p.relation !== 'unrelated').length, 0);
      assert.ok(n >= 20, `${split}: only ${n} gold pairs`);
      assert.ok(gold.clusters.some((c) => c.split === split && c.pairs.some((p) => p.relation === 'unrelated')), `${split}: no unrelated pairs`);
    }
  });

  it('stores no article text', () => {
    const raw = fs.readFileSync(require.resolve('../../../test/eval/xref/gold.json'), 'utf8');
    const allowed = new Set(['schema', 'splitRule', 'articles', 'clusters', 'source', 'label', 'sha256', 'length', 'id', 'split', 'added', 'topic', 'members', 'figures', 'pairs', 'numStart', 'numEnd', 'value', 'low', 'quantity', 'a', 'b', 'relation', 'note']);
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) {
        assert.ok(allowed.has(k), `unexpected field ${k}`);
        walk(v);
      }
    };
    walk(JSON.parse(raw));
  });

  const reader = new SourceReader(sharedDir(root));
  (reader.available() ? it : it.skip)(
    reader.available() ? 'anchors on the current texts in ../shared (sha256, numerals look like numbers)' : `skipped: ${reader.shared} not found`,
    () => {
      for (const a of gold.articles) {
        const t = reader.read(a.source);
        assert.ok(t !== null, `${a.source}: no text`);
        assert.equal(sha256(t), a.sha256, `${a.source}: text changed`);
        assert.equal(t.length, a.length);
      }
      for (const c of gold.clusters) {
        for (const f of c.figures) {
          const numeral = reader.read(f.source)!.slice(f.numStart, f.numEnd);
          assert.match(numeral, /\d|[a-zäöü]/i, `${f.id}: ${numeral}`);
        }
      }
    },
  );
});
