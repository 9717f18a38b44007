/**
 * Property tests of the reading core: for random and mutated German and
 * English text, analysis never throws, and every span it returns is in range,
 * ordered and equal to its slice. (Linear time is measured by the stress
 * script, `npm run stress`, not asserted here.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeArticle } from '../../src/core/analyze';
import { parseLexicon } from '../../src/core/lexicon';
import { splitSentences } from '../../src/core/sentences';
import { checkAnalysis } from '../support/check';

const root = path.resolve(__dirname, '../../..');
const samples = fs
  .readdirSync(path.join(root, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => fs.readFileSync(path.join(root, 'samples', f), 'utf8'));

// Pieces of news text that exercise every recogniser, in our own words.
const FRAGMENTS = [
  'Laut Polizei wurden mindestens zwölf Menschen verletzt.',
  'Nach ukrainischen Angaben kamen etwa 14.000 Soldaten.',
  '„Wir bleiben“, sagte Kirby am Mittwoch.',
  'Darunter seien 3.000 Reservisten.',
  'According to officials, about 1.5 million people fled.',
  'The minister said 40% of the budget was spent.',
  'Zwischen 20 und 40 Prozent, so die Studie.',
  'Südkoreanischen Angaben zufolge 1,5 Mio. Euro.',
  '»Nein«, erklärte sie. (dpa/red)',
  'Am 3. Oktober 2024 um 6 Uhr stand es 2:1.',
  'Von: APA/Reuters',
  'Kommentare anzeigen',
  '---\ntitle: x\n---\n',
  'zwei Drittel', 'anderthalb', 'F-35', '2.000,352', '1 234 567', '„', '“', '"', '»', '«', '…', '. ', '\n', '\r\n', '\r',
  '\u00a0', '\u202f', '\ufeff', '😀', 'e\u0301', '\u0000', '\t', '‚', '‘', '’', '(', ')', ':', ';', '-', '–',
];

const newsLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.constant(' ')), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** A sample article with random edits: deletions, insertions and swaps at random places. */
const mutatedSample = fc
  .tuple(
    fc.integer({ min: 0, max: samples.length - 1 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }))), {
      maxLength: 12,
    }),
  )
  .map(([i, edits]) => {
    let t = samples[i];
    for (const [pos, del, ins] of edits) {
      const p = pos % (t.length + 1);
      t = t.slice(0, p) + ins + t.slice(p + del);
    }
    return t;
  });

describe('reading core properties', function () {
  this.timeout(120000);

  it('analyses arbitrary strings without throwing, spans consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (t) => {
        const text = t.replace(/^\ufeff/, '');
        checkAnalysis(text, analyzeArticle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('analyses news-like fragment soup in German and English', () => {
    fc.assert(
      fc.property(newsLike, fc.constantFrom<'de' | 'en' | undefined>('de', 'en', undefined), (t, language) => {
        const text = t.replace(/^\ufeff/, '');
        checkAnalysis(text, analyzeArticle(text, { language, path: 'x.txt' }));
      }),
      { numRuns: 400 },
    );
  });

  it('analyses randomly edited sample articles', () => {
    fc.assert(
      fc.property(mutatedSample, (t) => {
        const text = t.replace(/^\ufeff/, '');
        checkAnalysis(text, analyzeArticle(text, { path: 'sample.txt' }));
      }),
      { numRuns: 150 },
    );
  });

  it('gives stable claim ids for unchanged text', () => {
    for (const s of samples) {
      const a = analyzeArticle(s, { path: 'a.txt' }).claims.map((c) => c.id);
      const b = analyzeArticle(s, { path: 'a.txt' }).claims.map((c) => c.id);
      assert.deepEqual(a, b);
    }
    // Editing one paragraph keeps the ids of the claims elsewhere.
    const s = samples[0];
    const cut = s.lastIndexOf('\n\n');
    const before = new Set(analyzeArticle(s, { path: 'a.txt' }).claims.filter((c) => c.end < cut).map((c) => c.id));
    const edited = s.slice(0, cut) + '\n\nEin neuer Absatz, sagte die Sprecherin, mit 17 Booten.';
    const after = new Set(analyzeArticle(edited, { path: 'a.txt' }).claims.map((c) => c.id));
    for (const id of before) assert.ok(after.has(id), `claim ${id} kept its id`);
  });

  it('splits CR, LF and CRLF text into the same sentences', () => {
    for (const s of samples) {
      const lf = s.replace(/\r\n?/g, '\n');
      const crlf = lf.replace(/\n/g, '\r\n');
      const cr = lf.replace(/\n/g, '\r');
      const norm = (t: string) => splitSentences(t, 'de').map((x) => t.slice(x.start, x.end).replace(/\r\n?/g, '\n'));
      assert.deepEqual(norm(crlf), norm(lf));
      assert.deepEqual(norm(cr), norm(lf));
    }
  });

  it('never throws on arbitrary lexicon YAML and always returns a usable lexicon', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (y) => {
        const { lexicon, diagnostics } = parseLexicon(y);
        assert.ok(lexicon && typeof lexicon.actors === 'object' && Array.isArray(lexicon.ignore));
        for (const d of diagnostics) assert.ok(typeof d.line === 'number' && d.line >= 0);
      }),
      { numRuns: 300 },
    );
  });
});
