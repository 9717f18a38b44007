import * as assert from 'node:assert/strict';
import { detectLanguage, looksLikeArticle, parseArticle } from '../../src/core/article';

const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('parseArticle', () => {
  it('reads YAML front matter and excludes it from the body', () => {
    const t = '---\ntitle: "Gipfel in Kasan"\noutlet: Donaupost\ndate: 2024-10-24\nurl: https://example.org/a\nlang: de\n---\nKasan – Der Gipfel endete am Donnerstag.';
    const a = parseArticle(t);
    assert.deepEqual(a.meta, { title: 'Gipfel in Kasan', outlet: 'Donaupost', date: '2024-10-24', url: 'https://example.org/a', byline: null, lang: 'de' });
    assert.equal(a.language, 'de');
    assert.ok(a.frontMatter);
    assert.ok(slice(t, a.frontMatter!).endsWith('---\n'));
    assert.deepEqual(a.diagnostics, []);
  });

  it('reports broken front matter with its line and keeps going', () => {
    const t = '---\ntitle: Gipfel\ndate: [2024\n---\nDer Gipfel endete am Donnerstag mit einer Erklärung.';
    const a = parseArticle(t);
    assert.equal(a.meta.title, null);
    assert.ok(a.diagnostics.some((d) => d.severity === 'error' && /YAML/.test(d.message) && d.line !== undefined && d.line >= 1));
    assert.ok(a.frontMatter, 'the block is still recognised and excluded');
  });

  it('reports an unclosed front matter block as a warning, not fatal', () => {
    const a = parseArticle('---\ntitle: x\nDer Text beginnt hier ohne Ende des Blocks.');
    assert.equal(a.frontMatter, null);
    assert.ok(a.diagnostics.some((d) => d.severity === 'warning'));
  });

  it('infers byline, date and title from the text', () => {
    const t = 'Von: APA/Reuters/dpa\nGipfel ohne Ergebnis\nWien – Die Verhandlungen sind gescheitert, sagte ein Sprecher.\nKommentare anzeigen';
    const a = parseArticle(t);
    assert.equal(a.meta.byline, 'APA/Reuters/dpa');
    assert.equal(a.meta.title, 'Gipfel ohne Ergebnis');
    assert.equal(slice(t, a.titleSpan!), 'Gipfel ohne Ergebnis');
    assert.deepEqual(a.boilerplate.map((s) => slice(t, s)), ['Kommentare anzeigen']);
  });

  it('reads date lines in several spellings', () => {
    assert.equal(parseArticle('28. April, 2025\n\nPolitik\n\nPutin dankt den Truppen\n\nText folgt hier.').meta.date, '2025-04-28');
    assert.equal(parseArticle('23. Oktober 2024\nEin Titel\nText.').meta.date, '2024-10-23');
    const inline = parseArticle(' date 2024-10 In Russland trainieren derzeit Soldaten, sagte er.');
    assert.equal(inline.meta.date, '2024-10');
    assert.equal(inline.meta.title, null, 'a date glued to the first paragraph is no headline');
  });

  it('reads a source line and an agency tail', () => {
    const a = parseArticle('Titel hier\nText, sagte er.\nQuelle: ntv.de, gut/dpa/AFP\nNewsletter\nIch möchte gerne Nachrichten per E-Mail erhalten.\nNicht mehr anzeigen');
    assert.equal(a.meta.outlet, 'ntv.de');
    assert.equal(a.meta.byline, 'gut/dpa/AFP');
    assert.equal(a.boilerplate.length, 3);
    const b = parseArticle('Titel\nDer Rat tagt in Kürze, teilte die Nato mit. (afp/red)');
    assert.equal(b.meta.byline, 'afp/red');
  });

  it('recognises audio notices, timestamps, image names and section words as furniture', () => {
    const t = 'Politik\n\n"Ist unsere Sache" Putin spricht\n\n00:00\nDiese Audioversion wurde künstlich generiert. Mehr Infos\nPutinGipfel.JPG\n\nNach dem Gipfel sprach Putin lange.\n\nMehr zum Thema';
    const a = parseArticle(t);
    assert.deepEqual(a.boilerplate.map((s) => slice(t, s)), ['00:00', 'Diese Audioversion wurde künstlich generiert. Mehr Infos', 'PutinGipfel.JPG', 'Mehr zum Thema']);
    assert.equal(a.meta.title, '"Ist unsere Sache" Putin spricht');
  });

  it('reads the outlet from a breadcrumb, a masthead or a copyright line', () => {
    const a = parseArticle('Alpenblick › Politik › Ausland\n12. März 2025\n\nGipfel vertagt\n\nDer Gipfel wurde vertagt, sagte ein Sprecher.');
    assert.equal(a.meta.outlet, 'Alpenblick');
    assert.equal(a.meta.title, 'Gipfel vertagt');
    const b = parseArticle('HARBOUR GAZETTE\nWorld\n\nTalks collapse in Geneva\n\nThe talks collapsed on Monday, officials said.');
    assert.equal(b.meta.outlet, 'Harbour Gazette');
    assert.equal(b.meta.title, 'Talks collapse in Geneva');
    const c = parseArticle('Gipfel vertagt\n\nDer Gipfel wurde vertagt, sagte ein Sprecher.\n\n© 2025 Alpenblick Zeitung. Alle Rechte vorbehalten.');
    assert.equal(c.meta.outlet, 'Alpenblick Zeitung');
  });

  it('maps the outlet to the lexicon name by alias or URL', () => {
    const lexicon = { actors: {}, cues: { de: [], en: [] }, outlets: { 'Harbour Gazette': { aliases: ['HG'], url: 'harbourgazette.example' } }, ignore: [] };
    assert.equal(parseArticle('HARBOUR GAZETTE\n\nTalks collapse\n\nThe talks collapsed, officials said.', lexicon).meta.outlet, 'Harbour Gazette');
    assert.equal(parseArticle('---\nurl: https://www.harbourgazette.example/world/1\n---\nThe talks collapsed, officials said.', lexicon).meta.outlet, 'Harbour Gazette');
    assert.equal(parseArticle('---\noutlet: HG\n---\nThe talks collapsed, officials said.', lexicon).meta.outlet, 'Harbour Gazette');
  });

  it('treats the teaser links after "Mehr zum Thema" as furniture, up to the next paragraph', () => {
    const t = 'Titel\n\nErster Absatz, sagte er.\n\nMehr zum Thema\nKrieg: Neue Angriffe im Osten\nGipfel in Genf ohne Ergebnis\n\nDer nächste Absatz beginnt hier und endet mit einem Punkt.';
    const a = parseArticle(t);
    assert.deepEqual(a.boilerplate.map((s) => slice(t, s)), ['Mehr zum Thema', 'Krieg: Neue Angriffe im Osten', 'Gipfel in Genf ohne Ergebnis']);
  });

  it('takes an English byline and a dateline agency', () => {
    const a = parseArticle('Troops arrive in Kursk\nBy Jane Doe\nSEOUL (Reuters) - South Korea said on Friday that more troops had left.');
    assert.equal(a.meta.byline, 'Jane Doe');
    assert.equal(a.language, 'en');
    const b = parseArticle('Kiew (dpa) – Die Armee meldet neue Angriffe in der Region, sagte ein Sprecher.');
    assert.equal(b.meta.byline, 'dpa');
  });
});

describe('parseArticle: text the editor could not decode', () => {
  it('warns once, at the first replacement character, with the count', () => {
    const text = 'Wahl in Wien\n\nDie Gr\uFFFDnen verloren 3,2 Prozent, die \uFFFDVP gewann.';
    const d = parseArticle(text).diagnostics.filter((x) => x.message.includes('could not be decoded'));
    assert.equal(d.length, 1);
    assert.equal(d[0].start, text.indexOf('\uFFFD'));
    assert.equal(d[0].severity, 'warning');
    assert.match(d[0].message, /^2 characters/);
  });

  it('says nothing about clean text', () => {
    assert.equal(parseArticle('Wahl in Wien\n\nDie Grünen verloren 3,2 Prozent.').diagnostics.length, 0);
  });
});

describe('detectLanguage and looksLikeArticle', () => {
  it('tells German from English', () => {
    assert.equal(detectLanguage('Die Regierung hat am Mittwoch mitgeteilt, dass die Soldaten nicht zurückkehren.'), 'de');
    assert.equal(detectLanguage('The government said on Wednesday that the soldiers would not return to their base.'), 'en');
  });
  it('accepts news prose and rejects code, tables and short notes', () => {
    const prose = 'Die Regierung hat am Mittwoch mitgeteilt, dass die Soldaten nicht zurückkehren. '.repeat(8) + 'Das sagte ein Sprecher der Armee in Kiew. Weitere Angaben gab es nicht.';
    assert.ok(looksLikeArticle(prose));
    assert.ok(!looksLikeArticle('function f(x) { return x + 1; }\n'.repeat(40)));
    assert.ok(!looksLikeArticle('Einkaufsliste: Milch, Brot'));
    assert.ok(!looksLikeArticle('id;name;wert\n1;a;2\n'.repeat(100)));
    assert.ok(looksLikeArticle('---\ntitle: x\noutlet: y\n---\nkurz'));
  });
});
