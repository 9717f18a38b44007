/**
 * The whole reading pipeline against the hand-made gold of our samples
 * (test/fixtures/samples-gold.json). A regression guard on realistic text:
 * the real accuracy figures come from held-out articles (npm run eval).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import type { GoldAttribution, GoldFigure, GoldQuote } from '../eval/gold';
import { addCounts, prf, scoreAttributions, scoreFigures, scoreQuotes, ZERO, type Counts } from '../eval/metrics';

const root = path.resolve(__dirname, '../../..');
const gold = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/samples-gold.json'), 'utf8'));

/** Offset of the `occ`-th occurrence of `needle` in `text`. */
function find(text: string, needle: string, occ: number): number {
  let at = -1;
  for (let i = 0; i <= occ; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`anchor not found: ${needle} #${occ}`);
  }
  return at;
}

describe('pipeline on the samples (gold of test/fixtures)', () => {
  let figs: Counts = ZERO;
  let atts: Counts = ZERO;
  let quotes: Counts = ZERO;
  let valueOk = 0;
  let valueAll = 0;
  let speakerOk = 0;
  let speakerAll = 0;

  for (const g of gold.articles) {
    const file = path.join(root, 'samples', g.file);
    const text = fs.readFileSync(file, 'utf8');
    const a = analyzeArticle(text, { path: `samples/${g.file}` });

    it(`${g.file}: metadata`, () => {
      assert.equal(a.language, g.language);
      assert.equal(a.date, g.date);
      if (g.title) assert.equal(a.title, g.title);
    });

    const gf: GoldFigure[] = g.figures.map((f: { text: string; occurrence: number; numeral: string; value: number; low: number | null; high: number | null; qualifier: GoldFigure['qualifier']; unit: string | null }) => {
      const s = find(text, f.text, f.occurrence);
      const ns = s + f.text.indexOf(f.numeral);
      return { start: s, end: s + f.text.length, numStart: ns, numEnd: ns + f.numeral.length, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit };
    });
    const ga: GoldAttribution[] = g.attributions.map((x: { text: string; occurrence: number; cue: string; source: string | null; actor: string | null; kind: GoldAttribution['kind'] }) => {
      const s = find(text, x.text, x.occurrence);
      const cs = s + x.text.indexOf(x.cue);
      const ss = x.source ? s + x.text.indexOf(x.source) : null;
      return { cueStart: cs, cueEnd: cs + x.cue.length, sourceStart: ss, sourceEnd: ss === null ? null : ss + x.source!.length, actor: x.actor, kind: x.kind };
    });
    const gq: GoldQuote[] = g.quotes.map((q: { text: string; occurrence: number; speaker: string | null }) => {
      const s = find(text, q.text, q.occurrence);
      return { innerStart: s, innerEnd: s + q.text.length, speaker: q.speaker };
    });
    const rf = scoreFigures(gf, a.numbers);
    const ra = scoreAttributions(ga, a.attributions);
    const rq = scoreQuotes(gq, a.quotes);
    figs = addCounts(figs, rf.counts);
    atts = addCounts(atts, ra.counts);
    quotes = addCounts(quotes, rq.counts);
    valueOk += rf.correct ?? 0;
    valueAll += rf.counts.tp;
    speakerOk += rq.correct ?? 0;
    speakerAll += rq.counts.tp;
  }

  it('finds the figures (F1 ≥ 0.90) with the right values (≥ 95%)', () => {
    const p = prf(figs);
    assert.ok((p.f1 ?? 0) >= 0.9, `figures ${JSON.stringify(p)}`);
    assert.ok(valueOk / valueAll >= 0.95, `values ${valueOk}/${valueAll}`);
  });

  it('finds the attributions with the right actor (F1 ≥ 0.85)', () => {
    const p = prf(atts);
    assert.ok((p.f1 ?? 0) >= 0.85, `attributions ${JSON.stringify(p)}`);
  });

  it('finds the quotes (F1 ≥ 0.85) with the right speaker (≥ 60%)', () => {
    const p = prf(quotes);
    assert.ok((p.f1 ?? 0) >= 0.85, `quotes ${JSON.stringify(p)}`);
    assert.ok(speakerOk / speakerAll >= 0.6, `speakers ${speakerOk}/${speakerAll}`);
  });
});
