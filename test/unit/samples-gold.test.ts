/**
 * Keeps test/fixtures/samples-gold.json in sync with samples/: every anchor
 * (exact text + 0-based occurrence) must exist in its sample file, lie outside
 * the front matter, and be internally consistent (numeral inside the figure,
 * cue and source inside the attribution, quote text framed by quote marks).
 * See test/fixtures/README.md for the annotation guidelines.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { AttributionKind, Qualifier } from '../../src/core/types';

const repoRoot = path.resolve(__dirname, '../../..');
const samplesDir = path.join(repoRoot, 'samples');
const goldFile = path.join(repoRoot, 'test', 'fixtures', 'samples-gold.json');
const readmeFile = path.join(repoRoot, 'test', 'fixtures', 'README.md');

interface Anchored {
  text: string;
  occurrence: number;
}
interface GoldFigure extends Anchored {
  numeral: string;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string | null;
}
interface GoldAttribution extends Anchored {
  cue: string;
  source: string | null;
  actor: string | null;
  kind: AttributionKind;
}
interface GoldQuote extends Anchored {
  speaker: string | null;
}
interface GoldArticle {
  file: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  language: 'de' | 'en';
  byline: string | null;
  url: string | null;
  boilerplate: string[];
  figures: GoldFigure[];
  attributions: GoldAttribution[];
  quotes: GoldQuote[];
}
interface SamplesGold {
  schema: string;
  actors: string[];
  articles: GoldArticle[];
}

const QUALIFIERS = new Set<string>(['exact', 'approx', 'at-least', 'more-than', 'at-most', 'less-than', 'range']);
const KINDS = new Set<string>(['according-to', 'said', 'direct-quote', 'reported']);
/** Opening mark → accepted closing marks. */
const QUOTE_PAIRS: Record<string, string> = { '„': '“', '"': '"', '“': '”', '»': '«', '«': '»' };

/** Start offsets of every (overlapping) occurrence of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function frontMatterEnd(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const close = text.indexOf('\n---\n', 3);
  return close < 0 ? 0 : close + 5;
}

const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as SamplesGold;

describe('samples gold (test/fixtures/samples-gold.json)', () => {
  it('has the expected schema and covers every sample article exactly once', () => {
    assert.equal(gold.schema, 'claim-lens/samples-gold@1');
    const onDisk = fs
      .readdirSync(samplesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const inGold = gold.articles.map((a) => a.file).sort();
    assert.deepEqual(inGold, onDisk);
    assert.ok(onDisk.length >= 8, 'at least 8 sample articles');
    const langs = gold.articles.map((a) => a.language);
    assert.ok(langs.filter((l) => l === 'de').length >= 5, 'at least 5 German samples');
    assert.ok(langs.filter((l) => l === 'en').length >= 2, 'at least 2 English samples');
  });

  it('lists every canonical actor in the README', () => {
    const readme = fs.readFileSync(readmeFile, 'utf8');
    for (const actor of gold.actors) assert.ok(readme.includes(actor), `README does not list actor ${actor}`);
  });

  for (const art of gold.articles) {
    describe(art.file, () => {
      const text = fs.readFileSync(path.join(samplesDir, art.file), 'utf8').replace(/^\uFEFF/, '');
      const fmEnd = frontMatterEnd(text);

      /** Resolves an anchor to its offset; fails unless it exists once at that occurrence, after the front matter. */
      const locate = (kind: string, a: Anchored): number => {
        assert.ok(a.text.length > 0, `${kind}: empty anchor`);
        assert.ok(Number.isInteger(a.occurrence) && a.occurrence >= 0, `${kind} ${JSON.stringify(a.text)}: bad occurrence`);
        const at = occurrences(text, a.text);
        assert.ok(
          a.occurrence < at.length,
          `${kind} ${JSON.stringify(a.text)} #${a.occurrence}: found ${at.length} occurrence(s) in ${art.file}`,
        );
        const start = at[a.occurrence];
        assert.ok(start >= fmEnd, `${kind} ${JSON.stringify(a.text)} #${a.occurrence} lies in the front matter`);
        return start;
      };

      const noDuplicates = (kind: string, items: Anchored[]) => {
        const seen = new Set<string>();
        for (const it of items) {
          const key = `${it.text}\u0000${it.occurrence}`;
          assert.ok(!seen.has(key), `${kind} ${JSON.stringify(it.text)} #${it.occurrence} annotated twice`);
          seen.add(key);
        }
      };

      it('has consistent metadata', () => {
        assert.ok(art.language === 'de' || art.language === 'en');
        if (art.date !== null) assert.match(art.date, /^\d{4}(-\d{2}(-\d{2})?)?$/);
        if (art.title !== null) {
          // The headline is in the body (front matter titles are repeated as a headline in our samples).
          assert.ok(text.slice(fmEnd).split('\n').some((l) => l.trim() === art.title), `title not a body line: ${art.title}`);
        }
        const lines = new Set(text.split('\n'));
        for (const b of art.boilerplate) assert.ok(lines.has(b), `boilerplate line not found: ${JSON.stringify(b)}`);
      });

      it('anchors every figure, with a consistent value', () => {
        noDuplicates('figure', art.figures);
        const spans: Array<[number, number]> = [];
        for (const f of art.figures) {
          const start = locate('figure', f);
          spans.push([start, start + f.text.length]);
          assert.ok(f.text.includes(f.numeral), `numeral ${f.numeral} not in ${f.text}`);
          assert.ok(QUALIFIERS.has(f.qualifier), `bad qualifier ${f.qualifier}`);
          assert.ok(Number.isFinite(f.value), `bad value in ${f.text}`);
          if (f.qualifier === 'range') {
            assert.ok(f.low !== null && f.high !== null && f.low < f.high, `range needs low < high: ${f.text}`);
            assert.equal(f.value, f.high, `range value is the upper bound: ${f.text}`);
          } else {
            assert.equal(f.low, null, `low only for ranges: ${f.text}`);
            assert.equal(f.high, null, `high only for ranges: ${f.text}`);
          }
          if (f.unit !== null) assert.ok(f.text.includes(f.unit), `unit ${f.unit} is not written in ${f.text}`);
          // Plain digit numerals must spell the value (German or English grouping).
          if (/^\d{1,3}([.,]\d{3})*$/.test(f.numeral)) assert.equal(Number(f.numeral.replace(/[.,]/g, '')), f.value, f.text);
        }
        spans.sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) {
          assert.ok(spans[i][0] >= spans[i - 1][1], `figures overlap: ${text.slice(spans[i - 1][0], spans[i][1])}`);
        }
      });

      it('anchors every attribution, with cue and source inside', () => {
        noDuplicates('attribution', art.attributions);
        for (const a of art.attributions) {
          locate('attribution', a);
          assert.ok(a.text.includes(a.cue), `cue ${a.cue} not in ${a.text}`);
          if (a.source !== null) assert.ok(a.text.includes(a.source), `source ${a.source} not in ${a.text}`);
          assert.ok(KINDS.has(a.kind), `bad kind ${a.kind}`);
          if (a.actor !== null) assert.ok(gold.actors.includes(a.actor), `actor ${a.actor} not in the actor list`);
        }
      });

      it('anchors every quote between matching quote marks', () => {
        noDuplicates('quote', art.quotes);
        for (const q of art.quotes) {
          const start = locate('quote', q);
          const open = text[start - 1];
          const close = text[start + q.text.length];
          assert.ok(open in QUOTE_PAIRS, `no opening quote mark before ${JSON.stringify(q.text)}`);
          assert.equal(close, QUOTE_PAIRS[open], `quote ${JSON.stringify(q.text)} does not end at its closing mark`);
          if (q.speaker !== null) assert.ok(gold.actors.includes(q.speaker), `speaker ${q.speaker} not in the actor list`);
        }
      });
    });
  }
});
