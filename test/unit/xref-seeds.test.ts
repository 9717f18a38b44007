import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { CorpusIndex, type IndexedFigure, type Link } from '../../src/core/xref/index';
import { timelines } from '../../src/core/xref/timeline';

/**
 * Eval on the five seed articles (../shared/seeds, not in the repo): the troop figures of
 * the story (1.500, 3.000, 11.000, 12.000, 14.000 soldiers) must be linked across articles,
 * and no figure may be linked to a figure of another unit or with a different outcome.
 * Figures are found by value + unitKey, never by offset.
 */
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
const TROOP_VALUES = new Set([1500, 3000, 11000, 12000, 14000]);

describe('xref: seed story eval', function () {
  if (!fs.existsSync(seedsDir)) {
    it.skip(`skipped: ${seedsDir} not found (seeds live outside the repo)`, () => undefined);
    return;
  }
  const idx = new CorpusIndex();
  const troops: Array<{ path: string; fig: IndexedFigure }> = [];
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = fs.readFileSync(path.join(seedsDir, f), 'utf8');
    const a = analyzeArticle(text, { path: f });
    idx.upsert(a, String(text.length), text);
  }
  for (const p of idx.paths()) {
    for (const c of idx.get(p)?.claims ?? []) {
      for (const fig of c.figures) if (fig.unitKey === 'soldat' && TROOP_VALUES.has(fig.value)) troops.push({ path: p, fig });
    }
  }
  const links = idx.allLinks();
  const figLinks = links.filter((l) => l.fromFigure !== null && l.toFigure !== null);
  const linked = new Set<string>();
  for (const l of figLinks) {
    linked.add(`${l.from.path}#${l.fromFigure}|${l.to.path}#${l.toFigure}`);
    linked.add(`${l.to.path}#${l.toFigure}|${l.from.path}#${l.fromFigure}`);
  }
  const figureOf = (l: Link, side: 'from' | 'to') =>
    idx.claim(l[side].path, l[side].claimId)?.figures.find((f) => f.index === (side === 'from' ? l.fromFigure : l.toFigure));

  it('finds the troop figures in at least four seed articles', () => {
    assert.ok(new Set(troops.map((t) => t.path)).size >= 4, `troop figures in ${new Set(troops.map((t) => t.path)).size} articles`);
  });

  it('links ≥ 90% of the cross-article pairs of troop figures', () => {
    let pairs = 0;
    let hit = 0;
    const missed: string[] = [];
    for (let i = 0; i < troops.length; i++) {
      for (let j = i + 1; j < troops.length; j++) {
        const a = troops[i];
        const b = troops[j];
        if (a.path === b.path) continue;
        pairs++;
        if (linked.has(`${a.path}#${a.fig.index}|${b.path}#${b.fig.index}`)) hit++;
        else missed.push(`${a.fig.text} (${a.path}) ~ ${b.fig.text} (${b.path})`);
      }
    }
    console.log(`      troop figure pairs linked: ${hit}/${pairs} (${((100 * hit) / pairs).toFixed(0)}%)`);
    assert.ok(pairs >= 20, `only ${pairs} pairs`);
    assert.ok(hit / pairs >= 0.9, `linked ${hit}/${pairs}; missed:\n${missed.join('\n')}`);
  });

  it('links troop figures of equal value as same-figure and others as different-figure', () => {
    for (const l of figLinks) {
      const a = figureOf(l, 'from');
      const b = figureOf(l, 'to');
      assert.ok(a && b);
      if (a.unitKey !== 'soldat') continue;
      if (a.value === b.value && a.qualifier === 'exact' && b.qualifier === 'exact') assert.equal(l.relation, 'same-figure', `${a.text} ~ ${b.text}`);
      if (Math.max(a.value, b.value) / Math.min(a.value, b.value) > 1.2) assert.equal(l.relation, 'different-figure', `${a.text} ~ ${b.text}`);
    }
  });

  it('never links a figure to a figure of another unit, and no link stays inside one article', () => {
    for (const l of links) assert.notEqual(l.from.path, l.to.path);
    for (const l of figLinks) {
      const a = figureOf(l, 'from');
      const b = figureOf(l, 'to');
      assert.ok(a && b);
      // An elided noun ("3.000 weitere") has no unit key of its own but the class of the figure it continues.
      assert.equal(a.qclass, b.qclass, `${a.text} ~ ${b.text}`);
      assert.ok(a.unitKey === null || b.unitKey === null || a.unitKey === b.unitKey, `${a.text} ~ ${b.text}`);
    }
    // The casualty figures of the Kyiv strike and the EU's 27 countries have nothing to link to.
    const others = figLinks.map((l) => figureOf(l, 'from')).concat(figLinks.map((l) => figureOf(l, 'to')));
    assert.ok(others.every((f) => f && f.qclass === 'soldier'), others.map((f) => f?.text).join(', '));
  });

  it('orders the troop timeline by time, the 14.000 total after the 1.500 first report', () => {
    const tl = timelines(idx, links).find((t) => t.unitKey === 'soldat');
    assert.ok(tl);
    const first1500 = tl.entries.findIndex((e) => e.value === 1500);
    const last14000 = tl.entries.map((e) => e.value).lastIndexOf(14000);
    assert.ok(first1500 >= 0 && last14000 >= 0);
    const d1500 = tl.entries[first1500].date;
    const d14000 = tl.entries[last14000].date;
    if (d1500 && d14000) assert.ok(d1500 <= d14000, `${d1500} > ${d14000}`);
    console.log(
      '      timeline: ' + tl.entries.map((e) => `${e.value}${e.actor ? ` (${e.actor})` : ''}@${e.date ?? '?'}`).join(' → '),
    );
  });
});
