import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../src/core/analyze';
import { hash53 } from '../../src/core/text';
import { CorpusIndex } from '../../src/core/xref/index';
import { csvField, exportFromAnalysis, toCsv, toJson, toMarkdown } from '../../src/extension/exporting';
import { actorSlot, badgeText, countRefs, describeFigure, escapeMarkdown, formatDate, formatNumber, isNamedActor, shorten } from '../../src/extension/format';
import { claimIndexAt, claimOf, lineColumn, spanAt, targetAt, unsourcedFigures } from '../../src/extension/lookup';
import { panelArticle, timeline } from '../../src/extension/panelModel';
import { parseFromPanel } from '../../src/webview/protocol';

const DE = [
  'Mehr Pendler auf der Schiene',
  'Von: Erika Beispiel',
  '',
  'Die Zahl der Pendler im Regionalverkehr ist im vergangenen Jahr deutlich gestiegen. Nach Angaben des Verkehrsverbunds nutzten rund 48.000 Menschen täglich die Züge, etwa 6.000 mehr als im Vorjahr.',
  '„Wir stoßen an unsere Grenzen“, sagte Verbandssprecher Tobias Kern. Die Wartezeiten hätten sich verlängert.',
  'Insgesamt fahren 120 Züge pro Tag auf der Strecke.',
].join('\n');

describe('extension helpers: format', () => {
  it('formats numbers the way German and English readers write them', () => {
    assert.equal(formatNumber(14000, 'de'), '14.000');
    assert.equal(formatNumber(14000, 'en'), '14,000');
    assert.equal(formatNumber(1500, 'de'), '1.500');
    assert.equal(formatNumber(999, 'de'), '999');
    assert.equal(formatNumber(1.5, 'de'), '1,5');
    assert.equal(formatNumber(2500000, 'en'), '2,500,000');
  });

  it('describes figures with qualifier glyphs and ranges', () => {
    assert.equal(describeFigure({ value: 14000, low: null, high: null, qualifier: 'approx', unit: 'Soldaten' }, 'de'), '≈ 14.000 Soldaten');
    assert.equal(describeFigure({ value: 12000, low: 10000, high: 12000, qualifier: 'range', unit: 'Soldaten' }, 'de'), '10.000–12.000 Soldaten');
    assert.equal(describeFigure({ value: 3000, low: null, high: null, qualifier: 'at-least', unit: null }, 'en'), '≥ 3,000');
  });

  it('builds the badge text from cross-references', () => {
    const c = countRefs([
      { relation: 'same-figure', path: 'a' },
      { relation: 'different-figure', path: 'b' },
      { relation: 'different-figure', path: 'b' },
    ]);
    assert.deepEqual(c, { total: 3, conflicts: 2, articles: 2 });
    assert.equal(badgeText(c), '⇄ 3 · ≠ 2');
    assert.equal(badgeText(countRefs([{ relation: 'same-statement', path: 'x' }])), '⇄ 1');
    assert.equal(badgeText(countRefs([])), '');
  });

  it('gives an actor the same colour slot however it is spelt in case and accents', () => {
    const a = actorSlot('Südkorea');
    assert.ok(a >= 1 && a <= 8);
    assert.equal(actorSlot('SÜDKOREA'), a);
    assert.equal(actorSlot('Sudkorea'), a);
    const slots = new Set(['Ukraine', 'Russland', 'USA', 'Südkorea', 'Nordkorea', 'KCNA', 'John Kirby', 'NATO', 'Reuters', 'Selenskyj'].map((x) => actorSlot(x)));
    assert.ok(slots.size >= 4, `palette should spread actors, got ${slots.size} slots`);
  });

  it('escapes markdown so article text cannot form links or commands', () => {
    const s = escapeMarkdown('[klick](command:workbench.action.x) <b>*fett*</b>');
    assert.ok(!/(^|[^\\])\[/.test(s));
    assert.ok(!/(^|[^\\])</.test(s));
    assert.ok(s.includes('\\(command:'));
  });

  it('shortens on a word boundary and formats partial dates', () => {
    assert.equal(shorten('eins zwei drei vier fünf sechs', 16), 'eins zwei drei…');
    assert.equal(formatDate('2024-10-23'), '23 Oct 2024');
    assert.equal(formatDate('2024-11'), 'Nov 2024');
    assert.equal(formatDate(null), '');
    assert.equal(isNamedActor('unknown'), false);
    assert.equal(isNamedActor('Ukraine'), true);
  });
});

describe('extension helpers: lookup on a real analysis', () => {
  const a = analyzeArticle(DE, { path: 'pendler.txt' });

  it('finds the figure, attribution and claim under an offset', () => {
    const at = DE.indexOf('48.000');
    const t = targetAt(a, at + 2);
    assert.ok(t && t.kind === 'number', `expected a figure at 48.000, got ${JSON.stringify(t)}`);
    assert.equal(a.numbers[t.index].value, 48000);
    const ci = claimIndexAt(a, at);
    assert.ok(ci >= 0);
    assert.ok(a.claims[ci].text.includes('48.000'));
    assert.equal(claimOf(a, 'number', t.index), ci);
    assert.equal(targetAt(a, DE.indexOf('Regionalverkehr')), null);
  });

  it('spanAt is a binary search that handles the edges', () => {
    const spans = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 31 }];
    assert.equal(spanAt(spans, 0), 0);
    assert.equal(spanAt(spans, 7), -1);
    assert.equal(spanAt(spans, 20), 1);
    assert.equal(spanAt(spans, 100), -1);
    assert.equal(spanAt([], 3), -1);
  });

  it('reports the figure without a named source, not the attributed ones', () => {
    const un = unsourcedFigures(a).map((i) => a.numbers[i].value);
    assert.ok(un.includes(120), `120 Züge has no source: ${JSON.stringify(un)}`);
    assert.ok(!un.includes(48000), '48.000 is attributed to the Verkehrsverbund');
  });

  it('converts offsets to line and column', () => {
    assert.deepEqual(lineColumn('ab\ncd\nef', 4), { line: 1, column: 1 });
    assert.deepEqual(lineColumn('ab', 0), { line: 0, column: 0 });
  });
});

describe('extension helpers: export', () => {
  it('quotes CSV fields per RFC 4180 and neutralises formulas', () => {
    assert.equal(csvField('schlicht'), 'schlicht');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('er sagte "ja"'), '"er sagte ""ja"""');
    assert.equal(csvField('zwei\nZeilen'), '"zwei\nZeilen"');
    assert.equal(csvField('=SUMME(A1)'), "'=SUMME(A1)");
    assert.equal(csvField('-5'), '-5');
    assert.equal(csvField(null), '');
    assert.equal(csvField(14000), '14000');
  });

  it('exports an analysis as JSON, CSV (one row per figure) and Markdown', () => {
    const a = analyzeArticle(DE, { path: 'pendler.txt' });
    const art = exportFromAnalysis('pendler.txt', a, () => []);
    const json = JSON.parse(toJson([art]));
    assert.equal(json.schema, 'claim-lens/export@1');
    assert.equal(json.articles[0].claims.length, a.claims.length);
    const csv = toCsv([art]);
    const lines = csv.trimEnd().split('\r\n');
    const claimsWithFigures = a.claims.filter((c) => c.numbers.length);
    const figureRows = claimsWithFigures.reduce((n, c) => n + c.numbers.length, 0);
    assert.equal(lines.length - 1, figureRows + (a.claims.length - claimsWithFigures.length));
    assert.ok(lines[0].startsWith('article,title,outlet,date,claim_id'));
    assert.ok(csv.includes('48000'));
    const md = toMarkdown([art]);
    assert.ok(md.includes('| Claim | Figures | Sources | Cross-references |'));
    assert.ok(!/\|[^|\n]*\n[^|]/.test(md.split('|---|---|---|---|')[1].trim().split('\n').join('\n').replace(/\n(?!\|)/g, '')), 'table rows stay on one line');
  });
});

describe('extension helpers: panel model over the samples', () => {
  const dir = path.resolve(__dirname, '../../../samples');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.txt$/.test(f)) : [];
  before(function () {
    if (files.length < 3) this.skip();
  });

  it('builds claims with cross-reference counts and a dated timeline of a contested figure', () => {
    const idx = new CorpusIndex();
    const analyses = new Map<string, ReturnType<typeof analyzeArticle>>();
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const a = analyzeArticle(text, { path: f });
      analyses.set(f, a);
      idx.upsert(a, hash53(text), text);
    }
    let withConflict = 0;
    for (const [f, a] of analyses) {
      const pa = panelArticle(f, f, a, (id) => idx.crossReference(f, id));
      assert.equal(pa.claims.length, a.claims.length);
      for (let i = 0; i < a.claims.length; i++) {
        const refs = idx.crossReference(f, a.claims[i].id);
        assert.equal(pa.claims[i].refs, refs.length);
        if (!refs.some((r) => r.relation === 'different-figure')) continue;
        withConflict++;
        const tl = timeline(f, a, i, refs);
        assert.ok(tl.points.length >= 2);
        assert.equal(tl.points.filter((p) => p.relation === 'this').length, 1);
        const dates = tl.points.map((p) => p.date ?? '9999');
        assert.deepEqual(dates, [...dates].sort(), 'timeline sorted by date');
        assert.ok(new Set(tl.points.map((p) => p.value)).size >= 2, 'a conflict shows at least two values');
      }
    }
    assert.ok(withConflict > 0, 'the samples report contested figures');
  });
});

describe('webview protocol: messages from the panel are validated', () => {
  it('accepts the known messages and rejects anything else', () => {
    assert.deepEqual(parseFromPanel({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromPanel({ type: 'open', uri: 'file:///a.txt', start: 1, end: 4 }), { type: 'open', uri: 'file:///a.txt', start: 1, end: 4 });
    assert.equal(parseFromPanel({ type: 'open', uri: 'file:///a.txt', start: -1, end: 4 }), null);
    assert.equal(parseFromPanel({ type: 'command', command: 'workbench.action.terminal.new' }), null);
    assert.deepEqual(parseFromPanel({ type: 'command', command: 'reindex' }), { type: 'command', command: 'reindex' });
    assert.equal(parseFromPanel('ready'), null);
    assert.equal(parseFromPanel(null), null);
  });
});
