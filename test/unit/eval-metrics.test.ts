import * as assert from 'node:assert/strict';
import { findRepoRoot, sha256, sharedDir, SourceReader } from '../eval/corpus';
import { type GoldAttribution, type GoldFigure, type GoldQuote, loadGold, SPLITS } from '../eval/gold';
import {
  greedyMatch,
  namesMatch,
  normalizeName,
  prf,
  scoreAttributionCues,
  scoreAttributions,
  scoreFigures,
  scoreQuotes,
  speakerCorrect,
  valueMatches,
} from '../eval/metrics';

const fig = (numStart: number, numEnd: number, value: number, low: number | null = null, high: number | null = null): GoldFigure => ({
  start: numStart - 5,
  end: numEnd + 8,
  numStart,
  numEnd,
  value,
  low,
  high,
  qualifier: low === null ? 'exact' : 'range',
  unit: null,
});

describe('eval metrics', () => {
  describe('names', () => {
    it('folds case, diacritics and ß', () => {
      assert.equal(normalizeName('Südkoreas  Geheimdienst'), 'sudkoreas geheimdienst');
      assert.equal(normalizeName('Straße'), 'strasse');
      assert.equal(normalizeName('Kreml-Sprecher'), 'kreml sprecher');
    });
    it('accepts surname, containment and country aliases', () => {
      assert.ok(namesMatch('John Kirby', 'Kirby'));
      assert.ok(namesMatch('Dmitri Peskow', 'Kreml-Sprecher Dmitri Peskow'));
      assert.ok(namesMatch('Wolodymyr Selenskyj', 'Präsident Selenskyj'));
      assert.ok(namesMatch('Ukraine', 'ukrainischen Angaben'));
      assert.ok(namesMatch('South Korea', 'Südkorea'));
      assert.ok(namesMatch('South Korea', 'des südkoreanischen Geheimdienstes'));
      assert.ok(namesMatch('USA', 'US-Regierung'));
      assert.ok(namesMatch('Russia', 'Moskau'));
      assert.ok(namesMatch('NATO', 'Nato-Generalsekretär'));
      assert.ok(namesMatch('Polizei', 'ein Polizeivertreter'));
      assert.ok(namesMatch('Scharia-Gericht', 'Ein Vertreter des örtlichen Scharia-Gerichts'));
      assert.ok(namesMatch('Belarus', 'Weißrusslands Präsidialamt'));
      assert.ok(namesMatch('Maria Sacharowa', 'Maria Zakharova'), 'transliterated surname');
      assert.ok(namesMatch('Wolodymyr Selenskyj', 'Volodymyr Zelensky'));
      assert.ok(namesMatch('Waleri Gerassimow', 'Valery Gerasimov'));
      assert.ok(namesMatch('WKStA|Zentrale Staatsanwaltschaft', 'Zentraler Staatsanwaltschaft'), 'alternatives and inflection');
      assert.ok(namesMatch('Dmitri Peskow', 'Peskows Sprecher'));
    });
    it('rejects different actors', () => {
      assert.ok(!namesMatch('South Korea', 'Nordkorea'));
      assert.ok(!namesMatch('North Korea', 'südkoreanischen Angaben'));
      assert.ok(!namesMatch('John Kirby', 'Putin'));
      assert.ok(!namesMatch('USA', 'Russland'));
      assert.ok(!namesMatch('USA', 'unserer Quelle'), 'a short alias must match a whole word');
      assert.ok(!namesMatch('John Kirby', 'er'), 'a pronoun is not a name');
      assert.ok(!namesMatch('John Kirby', null));
      assert.ok(!namesMatch('Iran', 'Tirana'), 'containment starts at a word');
      assert.ok(!namesMatch('Wladimir Putin', 'Wladimir Klitschko'), 'a shared first name is not enough');
      assert.ok(!namesMatch('Maria Sacharowa', 'Maria Schröder'));
      assert.ok(!namesMatch('WKStA|Zentrale Staatsanwaltschaft', 'Rechnungshof'));
    });
  });

  describe('figures', () => {
    it('scores overlap with the numeral span, one-to-one', () => {
      const gold = [fig(10, 16, 14000), fig(40, 45, 3000), fig(80, 82, 12)];
      // pred 0 covers gold 0 with the right value; pred 1 overlaps gold 1 with a wrong value;
      // pred 2 overlaps gold 1's figure span but not its numeral; pred 3 is far away.
      const pred = [
        { start: 5, end: 25, value: 14000, low: null, high: null },
        { start: 44, end: 50, value: 300, low: null, high: null },
        { start: 46, end: 52, value: 3000, low: null, high: null },
        { start: 200, end: 204, value: 7, low: null, high: null },
      ];
      const r = scoreFigures(gold, pred);
      assert.deepEqual(r.counts, { tp: 2, fp: 2, fn: 1 });
      assert.deepEqual(r.missed, [2]);
      assert.deepEqual(r.spurious, [2, 3]);
      assert.equal(r.correct, 1);
      const m = prf(r.counts);
      assert.equal(m.precision, 0.5);
      assert.ok(Math.abs((m.recall ?? 0) - 2 / 3) < 1e-12);
      assert.ok(Math.abs((m.f1 ?? 0) - 4 / 7) < 1e-12);
    });
    it('compares both bounds of a range', () => {
      const gold = [fig(0, 17, 12000, 10000, 12000)];
      assert.equal(scoreFigures(gold, [{ start: 0, end: 17, value: 12000, low: 10000, high: 12000 }]).correct, 1);
      assert.equal(scoreFigures(gold, [{ start: 0, end: 17, value: 12000, low: null, high: null }]).correct, 0);
      assert.equal(scoreFigures(gold, [{ start: 0, end: 6, value: 10000, low: null, high: null }]).correct, 0);
    });
    it('tolerates float noise only', () => {
      assert.ok(valueMatches(1.5e6, 1500000.0000001));
      assert.ok(valueMatches(0.1 + 0.2, 0.3));
      assert.ok(!valueMatches(1.5e6, 1.5e5));
      assert.ok(!valueMatches(2, null));
    });
    it('gives each gold at most one prediction, preferring the larger overlap', () => {
      const m = greedyMatch(2, 2, (g, p) => [[3, 1], [5, null]][g][p]);
      assert.deepEqual(m, [{ gold: 0, pred: 1 }, { gold: 1, pred: 0 }]);
    });
  });

  describe('attributions', () => {
    const gold: GoldAttribution[] = [
      { cueStart: 100, cueEnd: 125, sourceStart: 105, sourceEnd: 117, actor: 'Ukraine', kind: 'according-to' },
      { cueStart: 200, cueEnd: 205, sourceStart: 206, sourceEnd: 211, actor: 'John Kirby', kind: 'said' },
      { cueStart: 300, cueEnd: 308, sourceStart: null, sourceEnd: null, actor: null, kind: 'reported' },
    ];
    it('needs cue overlap and the right actor', () => {
      const pred = [
        { start: 100, end: 125, actor: 'Ukraine', source: 'ukrainischen Angaben' },
        { start: 198, end: 211, actor: 'Russia', source: 'Moskau' }, // right cue, wrong actor
        { start: 290, end: 320, actor: 'Reuters', source: 'Reuters' }, // null gold actor: any name
      ];
      const r = scoreAttributions(gold, pred);
      assert.deepEqual(r.counts, { tp: 2, fp: 1, fn: 1 });
      assert.deepEqual(r.missed, [1]);
      const cues = scoreAttributionCues(gold, pred);
      assert.deepEqual(cues.counts, { tp: 3, fp: 0, fn: 0 });
      assert.equal(cues.correct, 2);
    });
    it('accepts the actor through the source phrase', () => {
      const pred = [{ start: 195, end: 206, actor: null, source: 'Sprecher Kirby' }];
      assert.equal(scoreAttributions(gold, pred).counts.tp, 1);
    });
    it('does not count a span that only touches the cue', () => {
      const pred = [{ start: 125, end: 140, actor: 'Ukraine', source: 'Ukraine' }];
      assert.equal(scoreAttributions(gold, pred).counts.tp, 0);
    });
  });

  describe('quotes', () => {
    const gold: GoldQuote[] = [
      { innerStart: 0, innerEnd: 100, speaker: 'Wladimir Putin' },
      { innerStart: 200, innerEnd: 220, speaker: null },
    ];
    it('needs half of the shorter span and scores speakers on hits', () => {
      const pred = [
        { innerStart: 60, innerEnd: 140, speaker: 'Putin' }, // overlap 40 of shorter 80: no hit
        { innerStart: 0, innerEnd: 60, speaker: 'Putin' }, // overlap 60 of 60: hit, right speaker
        { innerStart: 205, innerEnd: 260, speaker: 'Selenskyj' }, // overlap 15 of 20: hit, speaker should be null
      ];
      const r = scoreQuotes(gold, pred);
      assert.deepEqual(r.counts, { tp: 2, fp: 1, fn: 0 });
      assert.deepEqual(r.spurious, [0]);
      assert.equal(r.correct, 1);
    });
    it('treats a missing speaker as right only when gold has none', () => {
      assert.ok(speakerCorrect(null, null));
      assert.ok(!speakerCorrect('Wladimir Putin', null));
      assert.ok(!speakerCorrect(null, 'Putin'));
    });
  });

  it('leaves P/R undefined rather than inventing them', () => {
    assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: null, recall: null, f1: null });
    assert.deepEqual(prf({ tp: 0, fp: 3, fn: 2 }), { precision: 0, recall: 0, f1: 0 });
  });
});

describe('eval gold files', () => {
  const root = findRepoRoot(__dirname);
  const reader = new SourceReader(sharedDir(root));
  for (const split of SPLITS) {
    describe(split, () => {
      const g = loadGold(root, split);
      it('are well-formed, offsets inside the text, numerals inside their figures', () => {
        assert.ok(g.articles.length >= 5);
        const seen = new Set<string>();
        for (const a of g.articles) {
          assert.ok(!seen.has(a.source), `${a.source} twice`);
          seen.add(a.source);
          assert.match(a.source, /^(seed:[\w.-]+\.txt|corpus:\d+)$/);
          assert.match(a.sha256, /^[0-9a-f]{64}$/);
          for (const f of a.figures) {
            assert.ok(0 <= f.start && f.start <= f.numStart && f.numStart < f.numEnd && f.numEnd <= f.end && f.end <= a.length, `${a.source} figure ${f.start}`);
            assert.ok(Number.isFinite(f.value));
            assert.equal(f.qualifier === 'range', f.low !== null && f.high !== null, `${a.source} range ${f.start}`);
            if (f.low !== null && f.high !== null) assert.ok(f.low < f.high && f.value === f.high);
          }
          for (const x of a.attributions) {
            assert.ok(0 <= x.cueStart && x.cueStart < x.cueEnd && x.cueEnd <= a.length);
            if (x.sourceStart !== null) assert.ok(x.sourceEnd !== null && x.sourceStart < x.sourceEnd && x.sourceEnd <= a.length);
          }
          for (const q of a.quotes) assert.ok(0 <= q.innerStart && q.innerStart < q.innerEnd && q.innerEnd <= a.length);
        }
      });
      it('hold no article text (only short labels)', () => {
        const long: string[] = [];
        const walk = (v: unknown): void => {
          if (typeof v === 'string' && v.length > 60 && !/^[0-9a-f]{64}$/.test(v)) long.push(v);
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
        };
        walk(g);
        assert.deepEqual(long, []);
      });
      it('match the texts in ../shared (sha256), when present', function () {
        if (!reader.available()) {
          console.log(`      (skipped: ${reader.shared} not found)`);
          this.skip();
        }
        for (const a of g.articles) {
          const text = reader.read(a.source);
          assert.ok(text !== null, `${a.source} missing`);
          assert.equal(sha256(text), a.sha256, `${a.source} changed`);
          assert.equal(text.length, a.length);
        }
      });
    });
  }
});
